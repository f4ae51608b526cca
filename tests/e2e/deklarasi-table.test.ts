// The /deklarasi/ table filters and sorts all records in the browser, and the URL carries the state.
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { isolatedContext } from '../support/browser.ts';
import type { StaticServer } from '../support/server.ts';
import { servedSite } from '../support/site.ts';
import { DIST } from '../support/dist.ts';
import { loadContent } from '../support/content.ts';

let server: StaticServer;
let browser: Browser;
let content: Awaited<ReturnType<typeof loadContent>>;
servedSite(DIST, {}, async (s, b) => {
  server = s;
  browser = b;
  content = await loadContent();
});

async function open(qs = ''): Promise<{ page: Page; external: string[] }> {
  const { context, external } = await isolatedContext(browser);
  const page = await context.newPage();
  await page.goto(`${server.url}deklarasi/${qs}`);
  await page.waitForSelector('#deklarasi-filter[data-ready]');
  return { page, external };
}
const ids = (page: Page) => page.$$eval('table.deklarasi-table tbody tr', (trs) => trs.map((tr) => tr.getAttribute('data-id')!));
const more = async (page: Page) => {
  while (await page.isVisible('text=Tampilkan lebih banyak')) await page.click('text=Tampilkan lebih banyak');
};

describe('/deklarasi/ table', () => {
  it('choosing a province shows exactly that province\'s records across all pages, and updates the URL', async () => {
    const { page, external } = await open();
    await page.selectOption('select[name="provinsi"]', '53');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('provinsi') === '53');
    await page.waitForFunction(() => /catatan ditemukan/.test(document.querySelector('#filter-status')?.textContent ?? ''));
    await more(page);
    const expected = content.deklarasi.filter((r) => r.data.wilayah.startsWith('53')).map((r) => r.id).sort();
    expect((await ids(page)).sort()).toEqual(expected);
    expect(external).toEqual([]);
  });

  it('a shared URL restores the filters and combines them (year + event type)', async () => {
    const { page } = await open('?tahun=2023&kegiatan=ikrar');
    expect(await page.inputValue('select[name="tahun"]')).toBe('2023');
    await more(page);
    const expected = content.deklarasi.filter((r) => r.data.tanggal.startsWith('2023') && r.data.jenis_kegiatan.includes('ikrar')).map((r) => r.id).sort();
    expect(expected.length).toBeGreaterThan(0);
    expect((await ids(page)).sort()).toEqual(expected);
  });

  it('sorts oldest first when asked, and clearing restores the server-rendered page', async () => {
    const { page } = await open('?urut=tanggal-asc');
    await more(page);
    const dates = await page.$$eval('table.deklarasi-table tbody tr', (trs) => trs.map((tr) => tr.getAttribute('data-tanggal')!));
    expect(dates).toEqual([...dates].sort());
    expect(dates.length).toBe(content.deklarasi.length);
    await page.click('button[type="reset"]');
    await page.waitForFunction(() => location.search === '');
    expect((await ids(page)).length).toBe(Math.min(100, content.deklarasi.length));
  });

  it('without JavaScript the full paginated table is there and the filter form stays hidden', async () => {
    const { context } = await isolatedContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}deklarasi/`);
    expect(await page.isVisible('#deklarasi-filter')).toBe(false);
    expect(await page.locator('table.deklarasi-table tbody tr').count()).toBe(Math.min(100, content.deklarasi.length));
  });
});
