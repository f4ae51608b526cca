// Page weight budgets on the built site (issue #5: fast on a cheap phone on a slow connection).
// The same measure runs at 1,000–10,000 records in `npm run bench` (docs/benchmarks.md).
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { DIST, fileOf, htmlPages, requireBuild } from '../support/dist.ts';
import { loadContent } from '../support/content.ts';
import { pageWeights, type PageWeight } from '../../scripts/lib/weight.ts';
import { routes } from '../../src/lib/routes.ts';

let content: Awaited<ReturnType<typeof loadContent>>;
let weights: PageWeight[];
beforeAll(async () => {
  requireBuild(DIST);
  content = await loadContent();
  weights = pageWeights(DIST);
});

describe('page budgets', () => {
  it('first load of every page (HTML + CSS + JS + fonts + images) is under 50 KB compressed', () => {
    expect(weights.filter((w) => w.firstLoad > 50_000).map((w) => `${w.path}: ${w.firstLoad} B`)).toEqual([]);
  });

  it("a record page's HTML is under 20 KB compressed", () => {
    const byPath = new Map(weights.map((w) => [w.path, w]));
    const records = content.deklarasi.map((r) => byPath.get(routes.deklarasi(r.id)));
    expect(records.every(Boolean)).toBe(true);
    expect(records.filter((w) => w!.html > 20_000).map((w) => `${w!.path}: ${w!.html} B`)).toEqual([]);
  });

  // Search and quiz, as the budget allows, plus /luring/: registering the service worker that
  // saves the offline pack cannot be done without a script (it is that page's only function).
  // Record pages add one tiny module for the cite box (access date, "Salin kutipan"); the
  // citation itself is in the HTML. No page has an inline script (a strict CSP is planned); JSON-LD
  // blocks (type application/ld+json, src/lib/structured-data.ts) are data the browser never runs.
  it('only search, quiz, the offline opt-in page and the record cite box ship JavaScript, all as files', () => {
    const records = new Set(content.deklarasi.map((r) => routes.deklarasi(r.id)));
    const withJs = weights.filter((w) => w.scripts > 0).map((w) => w.path);
    expect(withJs.filter((p) => !/^\/(cari|kuis|luring)\/$/.test(p) && !records.has(p))).toEqual([]);
    expect(withJs).toContain('/cari/');
    for (const p of withJs) {
      const doc = parse(readFileSync(fileOf(DIST, p), 'utf8'));
      expect(doc.querySelectorAll('script:not([src]):not([type="application/ld+json"])').length, p).toBe(0);
    }
    for (const p of records) {
      const scripts = parse(readFileSync(fileOf(DIST, p), 'utf8')).querySelectorAll(
        'script:not([type="application/ld+json"])',
      );
      expect(
        scripts.map((x) => x.getAttribute('type')),
        p,
      ).toEqual(['module']);
      const file = path.join(DIST, scripts[0]!.getAttribute('src')!);
      expect(gzipSync(readFileSync(file)).length, p).toBeLessThan(1_000);
    }
  });

  it('no web fonts: no @font-face and no font files in the build', () => {
    const files = readdirSync(DIST, { recursive: true, encoding: 'utf8' });
    // Stylesheets are files in /_astro/ (no inline CSS: the Content-Security-Policy forbids it).
    for (const p of [...htmlPages(DIST).map((x) => fileOf(DIST, x)), ...files.filter((f) => f.endsWith('.css'))])
      expect(readFileSync(path.resolve(DIST, p), 'utf8'), p).not.toMatch(/@font-face/);
    expect(files.filter((f) => /\.(woff2?|ttf|otf|eot)$/i.test(f))).toEqual([]);
  });
});
