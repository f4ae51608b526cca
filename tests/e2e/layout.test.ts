// Layout in Chromium (issue 12). Phones: at 320, 360 and 390 px no built page scrolls sideways
// and every visible focusable control lies fully inside the viewport (every page of dist/, in
// parallel tabs; each page loads once and is measured at the three widths); a one-line header,
// one search box on the home page, a compact sanction matrix, the map as a list. Desktop: wide
// pages align with the header, the timeline and map colours match their legends.
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { isolatedContext } from '../../scripts/lib/browser.ts';
import type { StaticServer } from '../../scripts/lib/server.ts';
import { servedSite } from '../support/site.ts';
import { DIST, htmlPages } from '../support/dist.ts';
import { loadContent } from '../support/content.ts';

const WIDTHS = [320, 360, 390];
const TABS = 6;

let server: StaticServer;
let browser: Browser;
let rules: number;
servedSite(DIST, {}, async (s, b) => {
  server = s;
  browser = b;
  rules = (await loadContent()).larangan.length;
});

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
async function open(path: string, opts: Parameters<Browser['newContext']>[0] = PHONE) {
  const { context, external } = await isolatedContext(browser, opts);
  const page = await context.newPage();
  await page.goto(server.url + path.replace(/^\//, ''));
  return { page, context, external };
}

/** Problems of the page at the current viewport width, one line each. */
function problemsAt(page: Page, width: number): Promise<string[]> {
  return page.evaluate((width) => {
    const out: string[] = [];
    const sw = document.documentElement.scrollWidth;
    if (sw > width) out.push(`page is ${sw} px wide`);
    const focusable = document.querySelectorAll<HTMLElement>(
      'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])',
    );
    for (const el of focusable) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
      if (el.closest('.visually-hidden, .skip-link')) continue;
      if (r.left < -0.5 || r.right > width + 0.5) {
        const name = (el.textContent || el.getAttribute('aria-label') || el.id || el.tagName).trim().slice(0, 30);
        out.push(`${el.tagName.toLowerCase()} "${name}" spans ${Math.round(r.left)}–${Math.round(r.right)} px`);
      }
    }
    return out;
  }, width);
}

describe('phones', () => {
  it('no page scrolls sideways and every control is fully visible at 320, 360 and 390 px', async () => {
    const pages = htmlPages(DIST);
    const { context, external } = await isolatedContext(browser, {
      viewport: { width: WIDTHS[0]!, height: 720 },
      isMobile: true,
      hasTouch: true,
    });
    const failures: string[] = [];
    let next = 0;
    const worker = async () => {
      const tab = await context.newPage();
      for (let i = next++; i < pages.length; i = next++) {
        const p = pages[i]!;
        await tab.setViewportSize({ width: WIDTHS[0]!, height: 720 });
        await tab.goto(server.url + p.slice(1), { waitUntil: 'load' });
        for (const w of WIDTHS) {
          await tab.setViewportSize({ width: w, height: 720 });
          const problems = await problemsAt(tab, w);
          if (problems.length) failures.push(`${p} @${w}: ${problems.slice(0, 3).join('; ')}`);
        }
      }
      await tab.close();
    };
    await Promise.all(Array.from({ length: TABS }, worker));
    await context.close();
    expect(pages.length).toBeGreaterThan(100);
    expect(failures).toEqual([]);
    expect(external).toEqual([]);
  }, 240_000);

  it('the header is one line: brand, "Cari" and "Menu"; the menu opens the navigation', async () => {
    for (const width of WIDTHS) {
      const { page, context } = await open('/larangan/', { ...PHONE, viewport: { width, height: 700 } });
      const header = await page.locator('.site-header').boundingBox();
      expect(header!.height, `${width} px`).toBeLessThanOrEqual(72);
      const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
      expect(await nav.isVisible()).toBe(false);
      await page.getByRole('button', { name: 'Menu' }).click();
      expect(await nav.isVisible()).toBe(true);
      await page.getByRole('link', { name: 'Sanksi', exact: true }).click();
      await page.waitForURL(/\/sanksi\/$/);
      await context.close();
    }
  });

  it('the home page shows one search box, on a phone and on a desktop', async () => {
    for (const opts of [PHONE, { viewport: { width: 1366, height: 900 } }]) {
      const { page, context } = await open('/', opts);
      const boxes = await page
        .locator('input[type="search"]')
        .evaluateAll((xs) => xs.filter((x) => (x as HTMLElement).offsetParent !== null));
      expect(boxes.length).toBe(1);
      await context.close();
    }
  });

  it('the sanction matrix is compact on a phone: each level described once, rows as cards', async () => {
    const { page, context } = await open('/sanksi/');
    // It was 25,600 px (about 880 px per rule) with the level text repeated in every row.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height / rules).toBeLessThan(600);
    const row = await page.locator('table.sanksi-table tbody tr').first().boundingBox();
    expect(row!.width).toBeLessThanOrEqual(390);
    await context.close();
  });

  it('the coverage map gives way to the list on a phone', async () => {
    const { page, context } = await open('/deklarasi/peta/');
    expect(await page.locator('svg.cartogram').isVisible()).toBe(false);
    expect(await page.locator('table.coverage tbody tr').count()).toBe(38);
    await context.close();
  });
});

describe('desktop layout', () => {
  const DESKTOP = { viewport: { width: 1366, height: 900 } };

  it('wide pages line up with the header and the breadcrumb', async () => {
    for (const p of ['/deklarasi/peta/', '/sanksi/', '/deklarasi/', '/larangan/']) {
      const { page, context } = await open(p, DESKTOP);
      const left = (sel: string) =>
        page
          .locator(sel)
          .first()
          .evaluate((e) => Math.round(e.getBoundingClientRect().left));
      const brand = await left('.brand');
      expect(await left('main h1'), p).toBe(brand);
      expect(await left('.breadcrumb ol'), p).toBe(brand);
      await context.close();
    }
  });

  it('timeline bars use their wave colour and a neutral one outside the waves; the legend says which', async () => {
    const { page, context } = await open('/deklarasi/linimasa/', DESKTOP);
    const rows = await page.$$eval('table.timeline tbody tr', (trs) =>
      trs.map((tr) => ({
        month: tr.querySelector('th')!.textContent!.trim(),
        fill: getComputedStyle(tr.querySelector('.bar rect')!).fill,
      })),
    );
    const swatch = async (cls: string) =>
      page.$eval(`.legend .swatch.${cls}`, (e) => getComputedStyle(e).backgroundColor);
    const colour = {
      'wave-pemilu': await swatch('wave-pemilu'),
      'wave-pilkada': await swatch('wave-pilkada'),
      'wave-none': await swatch('wave-none'),
    };
    expect(new Set(Object.values(colour)).size).toBe(3);
    const ids = await page.$$eval('table.timeline tbody tr', (trs) => trs.map((tr) => tr.className));
    rows.forEach((r, i) => expect(r.fill, r.month).toBe(colour[ids[i] as keyof typeof colour]));
    expect(ids).toContain('wave-none');
    await context.close();
  });

  it('map tiles with no records are striped, and the legend shows every colour', async () => {
    const { page, context } = await open('/deklarasi/peta/', DESKTOP);
    // Every province may have records by now; the zero pattern must still be defined and shown in the legend.
    expect(await page.$('pattern#kosong')).toBeTruthy();
    const zero = await page.$$eval('svg.cartogram a', (as) =>
      as
        .filter((a) => a.querySelector('.num')!.textContent === '0')
        .map((a) => getComputedStyle(a.querySelector('rect')!).fill),
    );
    for (const f of zero) expect(f).toMatch(/^url\(.*#kosong/);
    const legend = await page.$$eval('.map-legend li', (ls) => ls.map((l) => l.textContent!.trim()));
    expect(legend[0]).toBe('belum ada catatan');
    expect(legend.length).toBeGreaterThanOrEqual(3);
    await context.close();
  });

  it('/favicon.ico is served', async () => {
    const res = await fetch(`${server.origin}/favicon.ico`);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
  });
});
