// Helpers to read the built site in tests.
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { fileOf, htmlPages } from '../../scripts/lib/pages.ts';

export { fileOf, htmlPages };

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const DIST = path.join(ROOT, 'dist');
export const DIST_SUBPATH = path.join(ROOT, 'dist-subpath');
export const DIST_FIXTURES = path.join(ROOT, 'dist-fixtures');
export const SUBPATH = '/netralitas/';
/** The SITE_URL the sub-path build is made with (package.json `build:subpath`): its links are absolute. */
export const SUBPATH_SITE = /SITE_URL=(\S+)/.exec(
  JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts['build:subpath'],
)![1]!;

export function requireBuild(dir: string) {
  if (!existsSync(path.join(dir, 'index.html')))
    throw new Error(`${dir} is missing: run \`npm test\` (it builds first) or \`npm run build\``);
}

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
