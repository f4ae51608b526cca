// The same site built with BASE_PATH=/netralitas/ works when served under that sub-path.
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { isolatedContext } from '../../scripts/lib/browser.ts';
import type { StaticServer } from '../../scripts/lib/server.ts';
import { servedSite } from '../support/site.ts';
import { DIST_SUBPATH, SUBPATH } from '../support/dist.ts';

let server: StaticServer;
let browser: Browser;
servedSite(DIST_SUBPATH, { base: SUBPATH }, async (s, b) => {
  server = s;
  browser = b;
});

describe('site under a sub-path', () => {
  it('navigates by links, loads assets and searches, all under the base', async () => {
    const { context, external } = await isolatedContext(browser);
    const page = await context.newPage();
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(server.url);
    expect(await page.title()).toContain('Rambu Netralitas ASN');
    const hrefs = await page.$$eval('a[href^="/"]', (as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(5);
    expect(hrefs.filter((h) => !h.startsWith(SUBPATH))).toEqual([]);
    await Promise.all([
      page.waitForURL(/\/netralitas\/deklarasi\/$/),
      page.click('nav[aria-label="Navigasi utama"] >> text=Deklarasi'),
    ]);
    await Promise.all([
      page.waitForURL(/\/netralitas\/deklarasi\/[^/]+\/$/),
      page.click('table.deklarasi-table tbody tr a >> nth=0'),
    ]);
    await page.goto(`${server.url}cari/?q=kupang`);
    await page.waitForFunction(() => /hasil/.test(document.querySelector('#search-status')?.textContent ?? ''), null, {
      timeout: 20_000,
    });
    const results = await page.$$eval('#search-results a', (as) =>
      as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((p) => p.startsWith(SUBPATH))).toBe(true);
    await page.goto(server.origin + results[0]);
    expect(await page.locator('h1').count()).toBe(1);
    expect(failed).toEqual([]);
    expect(external).toEqual([]);
    expect(server.log.some((r) => r.url.startsWith(`${SUBPATH}pagefind/`))).toBe(true);
    await context.close();
  });
});
