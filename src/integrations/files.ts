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

/** HTML pages as site paths ("/deklarasi/x/", "/404.html"), without Pagefind's own folder. */
export async function htmlFiles(root: string): Promise<string[]> {
  return (await siteFiles(root))
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))
    .map((f) => `/${f.replace(/(^|\/)index\.html$/, '$1')}`);
}
