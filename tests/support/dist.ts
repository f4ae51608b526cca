// Helpers to read the built site in tests.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const DIST = path.join(ROOT, 'dist');
export const DIST_SUBPATH = path.join(ROOT, 'dist-subpath');
export const DIST_FIXTURES = path.join(ROOT, 'dist-fixtures');
export const SUBPATH = '/netralitas/';

export function requireBuild(dir: string) {
  if (!existsSync(path.join(dir, 'index.html')))
    throw new Error(`${dir} is missing: run \`npm test\` (it builds first) or \`npm run build\``);
}

/** All HTML files under dir, as site paths ("/deklarasi/x/"). */
export function htmlPages(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'pagefind') walk(p);
      } else if (e.name.endsWith('.html'))
        out.push(
          '/' +
            path
              .relative(dir, p)
              .replace(/index\.html$/, '')
              .replace(/\\/g, '/'),
        );
    }
  };
  walk(dir);
  return out.sort();
}

/** The file behind a site path: "/x/" → dir/x/index.html, "/404.html" → dir/404.html. */
export const fileOf = (dir: string, sitePath: string) =>
  sitePath.endsWith('/') ? path.join(dir, sitePath, 'index.html') : path.join(dir, sitePath);

/** Whether a directory page ("/x/") was built. */
export const pageExists = (dir: string, sitePath: string) => existsSync(path.join(dir, sitePath, 'index.html'));

const cache = new Map<string, HTMLElement>();
export function page(dir: string, sitePath: string): HTMLElement {
  const key = dir + sitePath;
  let doc = cache.get(key);
  if (!doc) {
    doc = parse(readFileSync(fileOf(dir, sitePath), 'utf8'));
    cache.set(key, doc);
  }
  return doc;
}

export const readDist = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8');

/** The links inside <main> of a built page. */
export const mainLinks = (dir: string, sitePath: string) =>
  page(dir, sitePath)
    .querySelectorAll('main a')
    .map((a) => a.getAttribute('href')!);
