// The writers' guide, templates and scaffold (docs/content-guide.md, docs/templat/, npm run baru)
// stay in step with the collection registry and the schemas.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { COLLECTIONS, COLLECTION_NAMES } from '../../src/collections/index.ts';
import { checkContentDir, formatProblem } from '../../src/lib/validate.ts';
import { fieldDocs, fieldTable, inlineYaml, valueAt } from '../../scripts/lib/schema-doc.ts';
import { GUIDE, readGuide, updateGuide } from '../../scripts/lib/content-guide.ts';
import { extensionOf, isDraft, readTemplate, skeleton, templatePath } from '../../scripts/lib/templates.ts';
import { ROOT } from '../support/dist.ts';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'rambu-guide-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A copy of the real content/ with extra files; returns the checker's problems. */
async function problemsWith(files: Record<string, string>) {
  const dir = mkdtempSync(path.join(tmp, 'content-'));
  cpSync(path.join(ROOT, 'content'), dir, { recursive: true });
  for (const [f, text] of Object.entries(files)) {
    // A collection may have no entries yet (its folder is then absent).
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    writeFileSync(path.join(dir, f), text);
  }
  return (await checkContentDir(dir, dir)).map(formatProblem);
}

describe('content guide', () => {
  it(`${GUIDE}: the generated sections match the schemas and templates (else: npm run docs:konten)`, () => {
    const text = readGuide();
    expect(updateGuide(text) === text, `${GUIDE} is stale: run npm run docs:konten`).toBe(true);
  });

  it('has a field table for every collection of the registry, listing every field', () => {
    const text = readGuide();
    for (const c of COLLECTION_NAMES)
      for (const f of fieldDocs(COLLECTIONS[c].schema)) expect(text, `${c}.${f.path}`).toContain(`\`${f.path}\``);
  });

  it('every field in src/collections/*.ts has a .describe() text', () => {
    const missing = COLLECTION_NAMES.flatMap((c) =>
      fieldDocs(COLLECTIONS[c].schema)
        .filter((f) => !f.description)
        .map((f) => `${c}.${f.path}`),
    );
    expect(missing).toEqual([]);
  });

  it('a table row shows whether a field is required, its values, its description and the example', () => {
    const table = fieldTable(COLLECTIONS.deklarasi.schema, { tingkat: 'kota', sumber: [{ url: 'https://x.id/a' }] });
    expect(table).toMatch(
      /^\| `tingkat` \| wajib \| `nasional`, `provinsi`.* \| Tingkat penyelenggara acara\. \| `kota` \|$/m,
    );
    expect(table).toMatch(/^\| `presisi_tanggal` \| opsional \(bawaan: `hari`\) \|/m);
    expect(table).toMatch(/^\| ↳ `sumber\[\]\.url` \| wajib di setiap butir \|.*\| `https:\/\/x\.id\/a` \|$/m);
    expect(table).toMatch(/^\| `jenis_kegiatan` \| wajib \(minimal 1\) \| daftar, dari: `deklarasi`/m);
    expect(valueAt({ a: [{ b: 1 }] }, 'a[].b')).toBe(1);
    expect(inlineYaml(['a', 'b'])).toBe('[ a, b ]');
  });
});

describe('templates (docs/templat/)', () => {
  it('every collection of the registry has one, and together they pass the checker beside the real content', async () => {
    const files: Record<string, string> = {};
    for (const c of COLLECTION_NAMES) {
      const t = readTemplate(c);
      expect(t.file).toBe(templatePath(c));
      const id = c === 'deklarasi' ? String(t.data.id) : 'templat-contoh';
      files[`${c}/${id}${extensionOf(c)}`] = t.text;
      expect(isDraft(t.text), t.file).toBe(false);
    }
    expect(await problemsWith(files)).toEqual([]);
  });
});

describe('npm run baru', () => {
  const today = new Date().toISOString().slice(0, 10);

  it('writes a skeleton that passes the checker for every collection, marked as a draft', async () => {
    const files: Record<string, string> = {};
    for (const c of COLLECTION_NAMES) {
      const id = c === 'deklarasi' ? '2024-09-09-kota-kupang-contoh-baru' : 'contoh-baru';
      const text = skeleton(c, id, today);
      expect(isDraft(text), c).toBe(true);
      files[`${c}/${id}${extensionOf(c)}`] = text;
    }
    expect(await problemsWith(files)).toEqual([]);
    const d = files['deklarasi/2024-09-09-kota-kupang-contoh-baru.yaml']!;
    expect(d).toMatch(/^id: 2024-09-09-kota-kupang-contoh-baru$/m);
    expect(d).toMatch(/^tanggal: 2024-09-09$/m);
    expect(d).toMatch(/^hari: Senin$/m);
    expect(d).toMatch(new RegExp(`^diverifikasi: ${today}$`, 'm'));
  });

  it('refuses an invalid or reserved id', () => {
    expect(() => skeleton('glosarium', 'Bukan Id', today)).toThrow(/bukan id yang sah/);
    expect(() => skeleton('deklarasi', 'peta', today)).toThrow(/dipakai sebagai alamat halaman lain/);
  });

  it('writes into content/<koleksi>/, never over an existing file, and rejects an unknown collection', () => {
    const dir = mkdtempSync(path.join(tmp, 'baru-'));
    const run = (...args: string[]) =>
      spawnSync(path.join(ROOT, 'node_modules/.bin/node'), ['scripts/baru.ts', ...args], {
        cwd: ROOT,
        env: { ...process.env, CONTENT_DIR: dir },
        encoding: 'utf8',
      });
    const first = run('glosarium', 'istilah-baru');
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('Isian wajib:');
    expect(first.stdout).toContain('istilah: ');
    const file = path.join(dir, 'glosarium/istilah-baru.yaml');
    const written = readFileSync(file, 'utf8');
    const again = run('glosarium', 'istilah-baru');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('sudah ada');
    expect(readFileSync(file, 'utf8')).toBe(written);
    const unknown = run('tidak-ada', 'x');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain(COLLECTION_NAMES.join(', '));
  });
});
