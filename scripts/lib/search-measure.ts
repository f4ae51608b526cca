// Opens /cari/ in a fresh context, types one query and reports what the server sent for search.
// Shared by tests/e2e/budgets.test.ts and `npm run bench:search`.
import type { Browser } from 'playwright-core';
import { isolatedContext } from './browser.ts';
import type { StaticServer } from './server.ts';

export interface QueryMeasure {
  q: string;
  ms: number;
  bytes: number;
  pageBytes: number;
  by: Record<string, number>;
  filterChunks: number;
}

const kind = (u: string) =>
  u.includes('/_astro/')
    ? 'ui'
    : u.includes('/data/pasal.json')
      ? 'provisions'
      : u.includes('wasm')
        ? 'wasm'
        : u.includes('/index/')
          ? 'index'
          : u.includes('/fragment/')
            ? 'fragments'
            : u.includes('pf_meta')
              ? 'meta'
              : u.includes('/filter/')
                ? 'filters'
                : u.endsWith('.js')
                  ? 'js'
                  : 'other';

export async function measureFirstQuery(browser: Browser, server: StaticServer, q: string): Promise<QueryMeasure> {
  const { context } = await isolatedContext(browser);
  const page = await context.newPage();
  server.log.length = 0;
  await page.goto(`${server.url}cari/`);
  await page.waitForSelector('#search-form[data-ready]');
  const ms = await page.evaluate(async (q) => {
    const input = document.querySelector<HTMLInputElement>('#q')!;
    const status = document.querySelector('#search-status')!;
    const t0 = performance.now();
    input.value = q;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise<void>((resolve) => {
      const obs = new MutationObserver(() => {
        if (/hasil|pasal cocok/.test(status.textContent ?? '')) {
          obs.disconnect();
          resolve();
        }
      });
      obs.observe(status, { childList: true, characterData: true, subtree: true });
    });
    return performance.now() - t0;
  }, q);
  await page.waitForLoadState('networkidle');
  await context.close();
  // Search assets: Pagefind's files, the provision index (citation queries) and the page's own
  // script when Astro emits it as a file (small scripts are inlined into the HTML: pageBytes).
  const pf = server.log.filter(
    (r) => r.url.includes('/pagefind/') || r.url.includes('/_astro/') || r.url.includes('/data/pasal.json'),
  );
  const by: Record<string, number> = {};
  for (const r of pf) by[kind(r.url)] = (by[kind(r.url)] ?? 0) + r.bytes;
  return {
    q,
    ms,
    bytes: pf.reduce((s, r) => s + r.bytes, 0),
    pageBytes: server.log.find((r) => r.url.endsWith('/cari/'))?.bytes ?? 0,
    by,
    filterChunks: pf.filter((r) => kind(r.url) === 'filters').length,
  };
}
