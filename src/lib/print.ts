// Printed sheets: what every printed page carries at its foot (issue 12): the sheet's URL,
// absolute when SITE_URL is set, with a QR code to it, its verification date and a disclaimer.
// The text goes into an @page margin box of a small per-sheet stylesheet (a file, so a strict
// CSP needs no inline style), so it repeats on every sheet of paper and never covers content.
import { formatDateShort } from './dates.ts';

/** The file name stem of a sheet's footer files: "/ikrar/x/cetak/" → "ikrar-x-cetak". */
export const printSlug = (path: string) => path.replace(/^\/+|\/+$/g, '').replace(/\//g, '-');

/** Text of the footer: the URL on its own line, then the source, date and disclaimer. */
export function printFooterText(url: string, verified?: string): string {
  const second = [
    'Rambu Netralitas ASN',
    verified && `diverifikasi ${formatDateShort(verified)}`,
    'bukan edisi resmi peraturan',
  ]
    .filter(Boolean)
    .join(' · ');
  return `${url}\n${second}`;
}

/** A CSS string literal (the content of a margin box). */
const cssString = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\A ')}"`;

/**
 * The per-sheet print stylesheet; `qrFile` is the QR image beside it, when there is one. The
 * three bottom boxes get fixed widths (QR, text, page number) so the text never runs into the
 * page number.
 */
export function printFooterCss(text: string, qrFile?: string): string {
  return `@media print {
  @page {
    /* !important: over the global @page rule, which comes later in the page. */
    margin-top: 10mm !important;
    margin-bottom: ${qrFile ? '22mm' : '16mm'} !important;
    @bottom-left {
      content: ${qrFile ? `url("${qrFile}")` : 'none'};
      width: 20mm;
      vertical-align: top;
      line-height: 0;
      padding-top: 1.5mm;
    }
    @bottom-center {
      content: ${cssString(text)};
      width: 128mm;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      text-align: left;
      vertical-align: middle;
      font-size: 9pt;
      line-height: 1.3;
      font-family: system-ui, sans-serif;
    }
    @bottom-right {
      width: 28mm;
      vertical-align: middle;
    }
  }
}
`;
}

/**
 * Signature rows that fit on the first A4 sheet of a pledge under its text: about 20, fewer when
 * the text is long. Estimated from the text (≈100 characters a line of 9.5 pt, 4.3 mm a line,
 * 8.9 mm a row, 222 mm for text and table); tests/e2e/trainer.test.ts checks the printed pages.
 */
export function signatureRows(paragraphs: string[], max = 20): number {
  const textMm = paragraphs.reduce((mm, p) => mm + Math.ceil(p.length / 100) * 4.3 + 1.5, 0);
  return Math.max(10, Math.min(max, Math.floor((222 - textMm) / 8.9)));
}
