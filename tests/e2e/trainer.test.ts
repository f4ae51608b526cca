// Trainer toolkit in Chromium: quiz by keyboard, handouts printed to PDF, offline pack.
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { isolatedContext } from '../../scripts/lib/browser.ts';
import type { StaticServer } from '../../scripts/lib/server.ts';
import { servedSite } from '../support/site.ts';
import { afterAll, beforeAll } from 'vitest';
import { DIST, DIST_SUBPATH, SUBPATH, SUBPATH_SITE, requireBuild } from '../support/dist.ts';
import { serveDist } from '../../scripts/lib/server.ts';
import { loadContent } from '../support/content.ts';
import { pdfFile, pdfPages } from '../support/pdf.ts';
import { routes } from '../../src/lib/routes.ts';

let server: StaticServer;
let browser: Browser;
let c: Awaited<ReturnType<typeof loadContent>>;
servedSite(DIST, {}, async (s, b) => {
  server = s;
  browser = b;
  c = await loadContent();
});

// The sub-path build is made with SITE_URL: its printed sheets carry absolute URLs and QR codes.
let sub: StaticServer;
beforeAll(async () => {
  requireBuild(DIST_SUBPATH);
  sub = await serveDist(DIST_SUBPATH, { base: SUBPATH });
});
afterAll(() => sub?.close());

describe('quiz', () => {
  it('shows one question at a time; arrows move, space reveals the answer then the basis, guesses are scored', async () => {
    const { context, external } = await isolatedContext(browser, { viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto(`${server.url}kuis/`);
    await page.waitForSelector('body[data-quiz-ready]');
    const order = (await page.$$eval('.quiz-item', (xs) => xs.map((x) => x.id.replace(/^soal-/, '')))).map((id) =>
      c.skenario.find((s) => s.id === id)!,
    );
    expect(order).toHaveLength(c.skenario.length);
    const visible = () =>
      page.$$eval('.quiz-item', (xs) => xs.filter((x) => !(x as HTMLElement).hidden).map((x) => x.id));
    expect(await visible()).toEqual([`soal-${order[0]!.id}`]);
    await page.keyboard.press('ArrowRight');
    expect(await visible()).toEqual([`soal-${order[1]!.id}`]);
    await page.keyboard.press('ArrowLeft');
    const first = page.locator(`#soal-${order[0]!.id}`);
    expect(await first.locator('.verdict').isVisible()).toBe(false);
    await page.locator('body').press('Space');
    expect(await first.locator('.verdict').isVisible()).toBe(true);
    expect(await first.locator('.basis').isVisible()).toBe(false);
    await page.locator('body').press('Space');
    expect(await first.locator('.basis').isVisible()).toBe(true);
    // Self-study: a right and a wrong guess.
    await page.keyboard.press('PageDown');
    const second = order[1]!;
    await page.click(`#soal-${second.id} button[data-guess="${second.data.putusan}"]`);
    await page.keyboard.press('PageDown');
    const third = order[2]!;
    const wrong = ['boleh', 'tidak-boleh', 'tergantung'].find((v) => v !== third.data.putusan)!;
    await page.click(`#soal-${third.id} button[data-guess="${wrong}"]`);
    expect(await page.textContent('.quiz-score')).toBe('Skor: 1 dari 2');
    // The projector view uses large type.
    const size = await page.$eval(`#soal-${third.id} h2`, (h) => parseFloat(getComputedStyle(h).fontSize));
    expect(size).toBeGreaterThanOrEqual(28);
    expect(external).toEqual([]);
    await context.close();
  });

  it('filters the deck by topic and keeps it in the URL', async () => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    const topic = c.skenario.at(-1)!.data.topik;
    await page.goto(`${server.url}kuis/?topik=${topic}`);
    await page.waitForSelector('body[data-quiz-ready]');
    const n = c.skenario.filter((s) => s.data.topik === topic).length;
    expect(new URL(page.url()).searchParams.get('topik')).toBe(topic);
    expect(await page.textContent('.quiz-progress')).toBe(`Soal 1 dari ${n}`);
    await context.close();
  });
});

describe('printable handouts', () => {
  const sheets = () => [
    routes.printSheet('boleh-dan-tidak'),
    routes.printSheet('sanksi'),
    routes.printSheet('lapor'),
    routes.statistikCetak(),
    ...c.ikrar.map((k) => routes.ikrarPrint(k.id)),
  ];
  const print = (page: import('playwright-core').Page) =>
    page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });

  it('each prints to A4 PDF on its stated number of pages: "Langkah melapor" on one, pledges on two', async () => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    const wrong: string[] = [];
    for (const base of [server.url, sub.url]) {
      for (const p of sheets()) {
        await page.goto(base + p.slice(1));
        // The sheet states its own length (shown on /cetak/); the PDF must match it.
        const expected = Number(await page.getAttribute('h1', 'data-halaman'));
        expect(expected, p).toBeGreaterThan(0);
        await page.emulateMedia({ media: 'print' });
        const n = pdfPages(await print(page));
        if (n !== expected) wrong.push(`${base}${p}: ${n} pages, expected ${expected}`);
        await page.emulateMedia({ media: 'screen' });
      }
    }
    expect(wrong).toEqual([]);
    expect(
      Number(await page.goto(server.url + 'cetak/lapor/').then(() => page.getAttribute('h1', 'data-halaman'))),
    ).toBe(1);
    await context.close();
  }, 120_000);

  it('prints every word in at least 9 pt, and never splits a list item across columns or pages', async () => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    const small: string[] = [];
    for (const p of sheets()) {
      await page.goto(sub.url + p.slice(1));
      await page.emulateMedia({ media: 'print' });
      const found = await page.evaluate(() => {
        const out: string[] = [];
        for (const el of document.querySelectorAll<HTMLElement>('body *')) {
          const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim());
          if (!own || !el.getClientRects().length) continue;
          const px = parseFloat(getComputedStyle(el).fontSize);
          if (px < 12) out.push(`${el.tagName.toLowerCase()} ${px}px "${el.textContent!.trim().slice(0, 30)}"`);
        }
        const lists = [...document.querySelectorAll('main li')].filter(
          (li) => getComputedStyle(li).breakInside !== 'avoid',
        );
        return { out, lists: lists.length };
      });
      for (const o of found.out) small.push(`${p}: ${o}`);
      expect(found.lists, p).toBe(0);
      await page.emulateMedia({ media: 'screen' });
    }
    expect(small).toEqual([]);
    await context.close();
  }, 60_000);

  it('every printed page carries the absolute URL of its sheet and a QR code that scans to it', async () => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    const missing: string[] = [];
    for (const p of sheets()) {
      const url = new URL(SUBPATH + p.slice(1), SUBPATH_SITE).href;
      await page.goto(sub.url + p.slice(1));
      await page.emulateMedia({ media: 'print' });
      const pdf = pdfFile(await print(page));
      const pages = Number(await page.getAttribute('h1', 'data-halaman'));
      for (let n = 1; n <= pages; n++) {
        if (!pdf.text(n).replace(/\s+/g, '').includes(url)) missing.push(`${p} page ${n}: no URL`);
        const qr = pdf.qr(n);
        if (qr !== url) missing.push(`${p} page ${n}: QR ${qr}`);
      }
      pdf.done();
      await page.emulateMedia({ media: 'screen' });
    }
    expect(missing).toEqual([]);
    await context.close();
  }, 120_000);

  it('without SITE_URL a sheet prints its path and no QR code (a code to a bare path would lead nowhere)', async () => {
    const res = await fetch(`${server.url}cetak/kaki/cetak-lapor.css`);
    const css = await res.text();
    expect(css).toContain('content: "/cetak/lapor/\\A ');
    expect(css).not.toMatch(/url\(/);
  });

  it('a printed sheet hides navigation', async () => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.url}cetak/sanksi/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('nav[aria-label="Navigasi utama"]')).toBe(false);
    await context.close();
  });
});

describe('offline pack', () => {
  it('after saving on /luring/, pages, the quiz and search work with the network cut; record pages say they are not saved', async () => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.url}luring/`);
    await page.click('#offline-save');
    await page.waitForSelector('#offline[data-state="ready"]', { timeout: 90_000 });
    await context.setOffline(true);
    for (const p of [
      '',
      'larangan/',
      `larangan/${c.larangan[0]!.id}/`,
      'kuis/',
      'deklarasi/',
      `ikrar/${c.ikrar[0]!.id}/cetak/`,
    ]) {
      const res = await page.goto(server.url + p);
      expect(res?.status(), p).toBe(200);
      expect(await page.locator('h1').count(), p).toBe(1);
    }
    // Record pages are not in the pack: offline they get a page that says so, not an error.
    await page.goto(`${server.url}deklarasi/${c.deklarasi[0]!.id}/`);
    expect(await page.locator('h1').textContent()).toMatch(/belum tersimpan/);
    await page.goto(`${server.url}cari/?q=kupang`);
    await page.waitForFunction(() => /hasil/.test(document.querySelector('#search-status')?.textContent ?? ''), null, {
      timeout: 20_000,
    });
    expect(await page.locator('#search-results li').count()).toBeGreaterThan(0);
    await context.setOffline(false);
    await context.close();
  }, 150_000);
});
