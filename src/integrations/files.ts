// Files of a built site, shared by the search indexer and the offline pack.
import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** Every file under `root`, relative and "/"-separated ("deklarasi/x/index.html"). */
export async function siteFiles(root: string, dir = root, out: string[] = []): Promise<string[]> {
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) await siteFiles(root, p, out);
    else out.push(path.relative(root, p).split(path.sep).join('/'));
  }
  return out;
}

/** A file's site path: "deklarasi/x/index.html" → "/deklarasi/x/" (links use directory URLs). */
export const toSitePath = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

/** The file behind a site path: "/deklarasi/x/" → "deklarasi/x/index.html". */
export const toFile = (sitePath: string) =>
  `${sitePath.replace(/^\//, '')}${sitePath.endsWith('/') ? 'index.html' : ''}`;

/** HTML pages as site paths ("/deklarasi/x/", "/404.html"), without Pagefind's own folder. */
export async function htmlFiles(root: string): Promise<string[]> {
  return (await siteFiles(root)).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/')).map(toSitePath);
}
