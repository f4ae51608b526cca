// Violation statistics in Chromium: the printed A4 sheet of key figures and finding the cycle
// pages through search.
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { isolatedContext } from '../../scripts/lib/browser.ts';
import type { StaticServer } from '../../scripts/lib/server.ts';
import { servedSite } from '../support/site.ts';
import { DIST } from '../support/dist.ts';
import { routes } from '../../src/lib/routes.ts';

let server: StaticServer;
let browser: Browser;
servedSite(DIST, {}, async (s, b) => {
  server = s;
  browser = b;
});

const pdfPages = (buf: Buffer) => (buf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;

describe('statistics in the browser', () => {
  it('the key-figures sheet prints to A4 on its stated number of pages, without navigation', async () => {
    const { context, external } = await isolatedContext(browser);
    const page = await context.newPage();
    await page.goto(server.url + routes.statistikCetak().slice(1));
    const expected = Number(await page.getAttribute('h1', 'data-halaman'));
    expect(expected).toBe(1);
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('nav[aria-label="Navigasi utama"]')).toBe(false);
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    expect(pdfPages(pdf)).toBe(expected);
    expect(external).toEqual([]);
    await context.close();
  }, 60_000);

  it('"berapa ASN disanksi pilkada 2020" finds the Pilkada 2020 figures', async () => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.url}cari/?q=${encodeURIComponent('berapa ASN disanksi pilkada 2020')}`);
    await page.waitForFunction(
      () => /hasil|Tidak ada/.test(document.querySelector('#search-status')?.textContent ?? ''),
      null,
      { timeout: 20_000 },
    );
    const found = await page.$$eval('#search-results a', (as) =>
      as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    // Results list their sub-results too; the cycle page is among the first three pages found.
    expect([...new Set(found)].slice(0, 3)).toContain(routes.statistik('pilkada-2020'));
    await context.close();
  }, 60_000);
});
