// Search payload and latency, measured on the wire by the test server (gzip, as a host would).
// Issue #5: the first query under 100 KB at 1,000 records (this site has fewer, so the same
// limit holds here) and results within 300 ms. The 1,000/10,000-record figures come from
// `npm run bench:search` (docs/benchmarks.md); this test keeps the design from regressing.
import { describe, expect, it } from 'vitest';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { measureFirstQuery } from '../../scripts/lib/search-measure.ts';
import type { StaticServer } from '../../scripts/lib/server.ts';
import { servedSite } from '../support/site.ts';
import { DIST } from '../support/dist.ts';

let server: StaticServer;
let browser: Browser;
servedSite(DIST, { gzip: true }, async (s, b) => {
  server = s;
  browser = b;
});

describe('search budgets', () => {
  it('the first query transfers under 100 KB of search assets, no facet filter chunks, and shows results within 300 ms (median)', async () => {
    const runs = [];
    // Three one-word queries and a citation (answered from the provision index).
    for (const q of ['kupang', 'spanduk', 'ikrar', 'pasal 5 huruf n'])
      runs.push(await measureFirstQuery(browser, server, q));
    console.log(runs.map((r) => `${r.q}: ${r.bytes} B + page ${r.pageBytes} B, ${r.ms.toFixed(0)} ms`).join('\n'));
    for (const r of runs) expect(r.bytes, r.q).toBeLessThan(100_000);
    for (const r of runs) expect(r.pageBytes, r.q).toBeLessThan(10_000);
    // Facet values are never loaded for a plain query. A short query may load one small filter
    // file: the list of pages that have names, among which the page a query names is looked for
    // (src/scripts/search.ts, promoteNamed).
    for (const r of runs) expect(r.filterChunks, r.q).toBeLessThanOrEqual(1);
    for (const r of runs) expect(r.by.filters ?? 0, r.q).toBeLessThan(2_000);
    const median = runs.map((r) => r.ms).sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
    expect(median).toBeLessThan(300);
  });

  it('index chunks are small (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE took effect): every chunk under 12 KB', () => {
    // Pagefind's default chunks are 20–26 KB here; src/integrations/pagefind.ts asks for 2,000 positions (~2–3 KB).
    const dir = path.join(DIST, 'pagefind/index');
    const sizes = readdirSync(dir).map((f) => ({ f, bytes: statSync(path.join(dir, f)).size }));
    expect(sizes.length).toBeGreaterThan(10);
    expect(sizes.filter((s) => s.bytes > 12_000)).toEqual([]);
  });
});
