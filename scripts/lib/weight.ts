// Page weight as a reader's browser would fetch it (gzip level 9, as the test server sends it).
// Shared by tests/build/budgets.test.ts (the real site) and scripts/bench.ts (10,000 records).
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { fileOf, htmlPages } from './pages.ts';

const gz = (buf: Buffer | string) => gzipSync(buf, { level: 9 }).length;

export interface PageWeight {
  path: string;
  html: number;
  firstLoad: number;
  scripts: number;
}

/** HTML plus every stylesheet, script, icon and image it references, each compressed. */
export function pageWeights(dist: string, base = '/'): PageWeight[] {
  const assetCache = new Map<string, number>();
  const asset = (ref: string) => {
    const local = ref.startsWith(base) ? `/${ref.slice(base.length)}` : ref;
    if (!assetCache.has(local)) {
      const f = fileOf(dist, local);
      assetCache.set(local, existsSync(f) ? gz(readFileSync(f)) : 0);
    }
    return assetCache.get(local)!;
  };
  return htmlPages(dist).map((p) => {
    const text = readFileSync(fileOf(dist, p), 'utf8');
    const doc = parse(text);
    const html = gz(text);
    let firstLoad = html;
    for (const el of doc.querySelectorAll('script[src], link[rel="stylesheet"], link[rel="icon"], img[src]')) {
      const ref = el.getAttribute('src') ?? el.getAttribute('href')!;
      if (ref.startsWith('/')) firstLoad += asset(ref);
    }
    // JSON-LD blocks are data, not JavaScript.
    return {
      path: p,
      html,
      firstLoad,
      scripts: doc.querySelectorAll('script:not([type="application/ld+json"])').length,
    };
  });
}
