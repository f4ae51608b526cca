// No internal link or #anchor is broken, in the root build and in the sub-path build.
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { DIST, DIST_SUBPATH, SUBPATH, fileOf, htmlPages, page, requireBuild } from '../support/dist.ts';

function brokenLinks(dir: string, base: string) {
  requireBuild(dir);
  const broken: string[] = [];
  for (const p of htmlPages(dir)) {
    const doc = page(dir, p);
    for (const a of doc.querySelectorAll('a[href], link[href]')) {
      const href = a.getAttribute('href')!;
      if (/^(mailto:|https?:|data:)/.test(href)) continue;
      const url = new URL(href, `http://x${base.replace(/\/$/, '')}${p}`);
      if (!url.pathname.startsWith(base)) {
        broken.push(`${p}: ${href} (outside base ${base})`);
        continue;
      }
      const rel = decodeURIComponent(url.pathname.slice(base.length - 1));
      const file = fileOf(dir, rel);
      if (!existsSync(file)) {
        broken.push(`${p}: ${href}`);
        continue;
      }
      if (url.hash && file.endsWith('.html')) {
        const target = page(dir, rel);
        if (!target.getElementById(decodeURIComponent(url.hash.slice(1))))
          broken.push(`${p}: ${href} (no #${url.hash.slice(1)})`);
      }
    }
  }
  return broken;
}

describe('internal links', () => {
  it('are all valid in the root build', () => {
    expect(brokenLinks(DIST, '/')).toEqual([]);
  });
  it('are all valid, and stay under the base, in the sub-path build', () => {
    expect(brokenLinks(DIST_SUBPATH, SUBPATH)).toEqual([]);
  });
});
