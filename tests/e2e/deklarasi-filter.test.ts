// The /deklarasi/ filter form is plain HTML: submitting it opens the search page with Pagefind
// filters, which must return exactly the matching records of the whole collection.
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { isolatedContext } from '../../scripts/lib/browser.ts';
import type { StaticServer } from '../../scripts/lib/server.ts';
import { servedSite } from '../support/site.ts';
import { DIST } from '../support/dist.ts';
import { loadContent } from '../support/content.ts';
import { EVENT_LABEL } from '../../src/collections/deklarasi.ts';

let server: StaticServer;
let browser: Browser;
let content: Awaited<ReturnType<typeof loadContent>>;
servedSite(DIST, {}, async (s, b) => {
  server = s;
  browser = b;
  content = await loadContent();
});

/** Submits the /deklarasi/ form and returns the record ids of every result on /cari/. */
async function submitAndCollect(page: Page): Promise<string[]> {
  await Promise.all([page.waitForURL(/\/cari\/\?/), page.click('#deklarasi-filter button[type="submit"]')]);
  await page.waitForFunction(() => /hasil/.test(document.querySelector('#search-status')?.textContent ?? ''), null, {
    timeout: 20_000,
  });
  while (await page.isVisible('#search-more')) {
    const n = await page.locator('#search-results > li').count();
    await page.click('#search-more');
    await page.waitForFunction((k) => document.querySelectorAll('#search-results > li').length > k, n);
  }
  const hrefs = await page.$$eval('#search-results > li > a', (as) =>
    as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
  return hrefs.map((h) => /\/deklarasi\/([^/]+)\/$/.exec(h)?.[1] ?? `not a record: ${h}`);
}

describe('/deklarasi/ filters', () => {
  it("a province filter lists exactly that province's records (all pages of the table), with the filter kept in the URL", async () => {
    const { context, external } = await isolatedContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.url}deklarasi/`);
    const label = (await page.locator('select[name="provinsi"] option').allTextContents()).find((t) =>
      /Nusa Tenggara Timur/i.test(t),
    )!;
    await page.selectOption('#deklarasi-filter select[name="provinsi"]', { label });
    const ids = await submitAndCollect(page);
    const expected = content.deklarasi
      .filter((r) => r.data.wilayah?.startsWith('53'))
      .map((r) => r.id)
      .sort();
    expect(expected.length).toBeGreaterThan(1);
    expect(ids.sort()).toEqual(expected);
    const url = new URL(page.url());
    expect(url.searchParams.get('jenis')).toBe('Deklarasi');
    expect(url.searchParams.get('provinsi')).toBe(label);
    expect(await page.inputValue('#search-filters select[name="provinsi"]')).toBe(label);
    expect(external).toEqual([]);
    await context.close();
  });

  it('filters combine (year + event type)', async () => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.url}deklarasi/`);
    await page.selectOption('#deklarasi-filter select[name="tahun"]', '2023');
    await page.selectOption('#deklarasi-filter select[name="kegiatan"]', { label: EVENT_LABEL.ikrar! });
    const ids = await submitAndCollect(page);
    const expected = content.deklarasi
      .filter((r) => r.data.tanggal.startsWith('2023') && r.data.jenis_kegiatan.includes('ikrar'))
      .map((r) => r.id)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(ids.sort()).toEqual(expected);
    await context.close();
  });

  it('without JavaScript /deklarasi/ shows the form and the full first page of the table', async () => {
    const { context } = await isolatedContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}deklarasi/`);
    expect(await page.isVisible('#deklarasi-filter')).toBe(true);
    expect(await page.locator('table.deklarasi-table tbody tr').count()).toBe(Math.min(100, content.deklarasi.length));
    await context.close();
  });
});
