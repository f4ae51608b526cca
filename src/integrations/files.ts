// Files of a built site, shared by the search indexer and the offline pack.
import { readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * Every file under `root`, relative and "/"-separated ("deklarasi/x/index.html"), in no set order.
 * One synchronous recursive read: at 10,000 records (~12,000 folders) it takes 0.26 s, an awaited
 * readdir per folder 0.9 s, and nothing else runs meanwhile.
 */
export async function siteFiles(root: string): Promise<string[]> {
  return readdirSync(root, { recursive: true, withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? [] : [path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/')],
  );
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
