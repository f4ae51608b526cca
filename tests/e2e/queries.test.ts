// The query set (tests/e2e/queries.ts) in Chromium against the built site: every query's
// expected pages must be among its first three results. One page is reused: each query is typed
// into the search box, as a reader would, so the index is loaded once.
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { isolatedContext } from '../../scripts/lib/browser.ts';
import { servedSite } from '../support/site.ts';
import { DIST } from '../support/dist.ts';
import { QUERIES, type Query } from './queries.ts';

let page: Page;
let external: string[] = [];
servedSite(DIST, {}, async (server, browser) => {
  const ctx = await isolatedContext(browser);
  external = ctx.external;
  page = await ctx.context.newPage();
  await page.goto(`${server.url}cari/`);
  await page.waitForSelector('#search-form[data-ready]');
});

/** Types a query and returns the site paths (with #anchor) of the first three results. */
async function top3(q: string): Promise<string[]> {
  await page.fill('#q', q);
  await page.waitForFunction(
    (q) => {
      const s = document.querySelector('#search-status')?.textContent ?? '';
      return s.includes(`“${q}”`) && /hasil|pasal cocok/.test(s);
    },
    q,
    { timeout: 15_000 },
  );
  return page.$$eval('#search-results > li > a', (as) =>
    as.slice(0, 3).map((a) => {
      const u = new URL((a as HTMLAnchorElement).href);
      return u.pathname + u.hash;
    }),
  );
}

const misses: string[] = [];
const missing = (query: Query, found: string[]) => {
  const all = (query.all ?? []).filter((p) => !found.includes(p));
  const any = query.any && !query.any.some((p) => found.includes(p)) ? [`one of ${query.any.join(' | ')}`] : [];
  return [...all, ...any];
};

describe('query set: expected pages in the top three', () => {
  it('has at least 80 queries from the three user groups, each with expected pages', () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(80);
    for (const who of ['asn', 'pelatih', 'jurnalis']) expect(QUERIES.some((q) => q.who === who)).toBe(true);
    for (const q of QUERIES) expect((q.all?.length ?? 0) + (q.any?.length ?? 0), q.q).toBeGreaterThan(0);
    expect(new Set(QUERIES.map((q) => q.q)).size).toBe(QUERIES.length);
  });

  for (const query of QUERIES) {
    it(`${query.who} · ${query.shape} · "${query.q}"`, async () => {
      const found = await top3(query.q);
      const miss = missing(query, found);
      if (miss.length) misses.push(`"${query.q}": missing ${miss.join(', ')}; top 3: ${found.join(', ')}`);
      expect(miss, `top 3: ${found.join(', ')}`).toEqual([]);
    });
  }

  it('made no request outside 127.0.0.1', () => {
    expect(external).toEqual([]);
  });

  afterAll(() => {
    const passed = QUERIES.length - misses.length;
    console.log(`query set: ${passed}/${QUERIES.length} passed${misses.length ? `\n${misses.join('\n')}` : ''}`);
  });
});
