// Offline pack for trainers: after the build and the search index (scripts/postbuild.ts), list the
// files of the site to save and write a service worker whose cache name carries a hash of them,
// so a new build replaces the old cache. Registration is opt-in on /luring/ (no script elsewhere).
// The pack leaves out what grows with the declarations database (one page per record, the
// province/region/table pages, the full exports): at 10,000 records those are ~270 MB. Search
// stays complete (the index is ~1.3 KB per record); a record page opened offline shows
// /luring/belum-tersimpan/.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { siteFiles, toSitePath } from './files.ts';

const DECLARATION_PAGES_KEPT = new Set([
  'deklarasi/index.html',
  'deklarasi/linimasa/index.html',
  'deklarasi/peta/index.html',
  'deklarasi/perubahan/index.html',
]);

const OFFLINE_DATA = new Set(['data/index.html', 'data/pasal.json', 'data/sinonim.json', 'data/kosakata.json']);

/** Whether a file (path relative to the site root, "/"-separated) goes into the offline pack. */
export function inOfflinePack(file: string): boolean {
  if (file === 'sw.js' || file === 'offline-manifest.json' || file === '_headers') return false;
  if (file.startsWith('deklarasi/')) return DECLARATION_PAGES_KEPT.has(file);
  // The provision index answers citation searches offline too, and the synonym list and vocabulary
  // make offline search understand everyday words and typos; they grow with the content, not the records.
  if (file.startsWith('data/')) return OFFLINE_DATA.has(file);
  // Preview images and the files for search engines are for sharing and crawling, not for reading.
  if (file.startsWith('og/') || /^(robots\.txt|sitemap[^/]*\.xml)$/.test(file)) return false;
  return true;
}

/** Writes offline-manifest.json and sw.js into a finished site (after the search index). */
export async function writeOfflinePack(
  root: string,
  base: string,
): Promise<{ files: number; bytes: number; version: string }> {
  const files = (await siteFiles(root)).filter(inOfflinePack).sort();
  const hash = createHash('sha1');
  let bytes = 0;
  // Synchronous reads: ~12,000 small files at 10,000 records (mostly Pagefind fragments), where one
  // awaited readFile each cost 2.9 s and readFileSync 0.5 s (docs/benchmarks.md).
  for (const f of files) {
    const buf = readFileSync(path.join(root, f));
    bytes += buf.length;
    hash.update(f).update(buf);
  }
  const version = hash.digest('hex').slice(0, 12);
  const urls = files.map((f) => base + toSitePath(f).slice(1));
  await writeFile(path.join(root, 'offline-manifest.json'), JSON.stringify({ version, bytes, urls }));
  const template = await readFile(fileURLToPath(new URL('../offline/sw.js', import.meta.url)), 'utf8');
  await writeFile(path.join(root, 'sw.js'), template.replace('__VERSION__', version).replace('__BASE__', base));
  return { files: urls.length, bytes, version };
}
