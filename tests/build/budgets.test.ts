// Page weight budgets on the built site (issue #5: fast on a cheap phone on a slow connection).
// The same measure runs at 1,000–10,000 records in `npm run bench` (docs/benchmarks.md).
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { DIST, fileOf, htmlPages, requireBuild } from '../support/dist.ts';
import { loadContent } from '../support/content.ts';
import { pageWeights, type PageWeight } from '../support/weight.ts';
import { routes } from '../../src/lib/routes.ts';

let content: Awaited<ReturnType<typeof loadContent>>;
let weights: PageWeight[];
beforeAll(async () => {
  requireBuild(DIST);
  content = await loadContent();
  weights = pageWeights(DIST);
});

describe('page budgets', () => {
  it('measures every page', () => {
    expect(weights.map((w) => w.path)).toEqual(htmlPages(DIST));
    expect(weights.length).toBeGreaterThan(content.deklarasi.length);
  });

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
  it('only search, quiz and the offline opt-in page ship JavaScript', () => {
    const withJs = weights.filter((w) => w.scripts > 0).map((w) => w.path);
    expect(withJs.filter((p) => !/^\/(cari|kuis|luring)\/$/.test(p))).toEqual([]);
    expect(withJs).toContain('/cari/');
  });

  it('no web fonts: no @font-face and no font files in the build', () => {
    for (const p of htmlPages(DIST)) expect(readFileSync(fileOf(DIST, p), 'utf8'), p).not.toMatch(/@font-face/);
    const files = readdirSync(DIST, { recursive: true, encoding: 'utf8' });
    expect(files.filter((f) => /\.(woff2?|ttf|otf|eot)$/i.test(f))).toEqual([]);
  });
});
