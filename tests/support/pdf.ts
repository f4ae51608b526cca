// Reading printed PDFs back with poppler (pdftotext, pdftoppm; .ci/run installs poppler-utils):
// the text of one page, and the pixels of a region of it for decoding a QR code.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import jsQR from 'jsqr';

export const pdfPages = (buf: Buffer) => (buf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;

function requirePoppler() {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
  } catch {
    throw new Error('pdftotext/pdftoppm not found: install poppler-utils (see .ci/run)');
  }
}

/** A printed PDF on disk for poppler; `done()` removes it. */
export function pdfFile(buf: Buffer) {
  requirePoppler();
  const dir = mkdtempSync(path.join(tmpdir(), 'rambu-pdf-'));
  const file = path.join(dir, 'sheet.pdf');
  writeFileSync(file, buf);
  return {
    /** Text of page n (1-based). */
    text: (n: number) =>
      execFileSync('pdftotext', ['-f', `${n}`, '-l', `${n}`, '-layout', file, '-'], { encoding: 'utf8' }),
    /** The QR code in the bottom-left corner of page n, decoded (or null). */
    qr(n: number): string | null {
      const dpi = 200;
      const mm = (x: number) => Math.round((x / 25.4) * dpi);
      const out = path.join(dir, `p${n}`);
      // A4 is 297 mm tall: the bottom 32 mm, the left 45 mm.
      execFileSync('pdftoppm', [
        '-f',
        `${n}`,
        '-l',
        `${n}`,
        '-r',
        `${dpi}`,
        '-singlefile',
        '-x',
        '0',
        '-y',
        `${mm(297 - 32)}`,
        '-W',
        `${mm(45)}`,
        '-H',
        `${mm(32)}`,
        file,
        out,
      ]);
      const { width, height, rgba } = readPpm(readFileSync(`${out}.ppm`));
      return jsQR(rgba, width, height)?.data ?? null;
    },
    done: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Binary PPM (P6, maxval 255) to RGBA. */
function readPpm(buf: Buffer) {
  const header = buf.toString('latin1', 0, 64).match(/^P6\s+(\d+)\s+(\d+)\s+255\s/)!;
  const [width, height] = [Number(header[1]), Number(header[2])];
  const px = buf.subarray(header[0].length);
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    rgba[i * 4] = px[i * 3]!;
    rgba[i * 4 + 1] = px[i * 3 + 1]!;
    rgba[i * 4 + 2] = px[i * 3 + 2]!;
    rgba[i * 4 + 3] = 255;
  }
  return { width, height, rgba };
}
