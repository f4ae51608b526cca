// Projector (issue 12): at 1280×720 every quiz question, fully revealed, and every slide fit the
// screen without scrolling; the quiz answers Space and Enter after a click, gives right/wrong
// feedback, numbers questions once, ends with a score screen and never scrolls on load.
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { isolatedContext } from '../../scripts/lib/browser.ts';
import type { StaticServer } from '../../scripts/lib/server.ts';
import { servedSite } from '../support/site.ts';
import { DIST, htmlPages } from '../support/dist.ts';
import { loadContent } from '../support/content.ts';

const SCREEN = { width: 1280, height: 720 };
// Readable from the back of a room: the question as first shown, and the verdict once the answer
// and its basis share the screen (a long legal basis shrinks the rest of the answer to fit).
const MIN_QUESTION_PX = 28;
const MIN_VERDICT_PX = 28;

let server: StaticServer;
let browser: Browser;
let c: Awaited<ReturnType<typeof loadContent>>;
servedSite(DIST, {}, async (s, b) => {
  server = s;
  browser = b;
  c = await loadContent();
});

async function quiz(query = '') {
  const { context, external } = await isolatedContext(browser, { viewport: SCREEN });
  const page = await context.newPage();
  await page.goto(`${server.url}kuis/${query}`);
  await page.waitForSelector('body[data-quiz-ready]');
  return { page, context, external };
}
const shown = (page: Page) => page.locator('.quiz-item:not([hidden])');

describe('quiz on a projector', () => {
  it('every question, answer and basis revealed, fits 1280×720; the verdict is larger than the explanation', async () => {
    const { page, context, external } = await quiz();
    await page.click('[data-action="start"]');
    const n = await page.locator('.quiz-item').count();
    expect(n).toBe(c.skenario.length);
    const misfits: string[] = [];
    for (let i = 0; i < n; i++) {
      if (i > 0) await page.keyboard.press('PageDown');
      // The question as the room first sees it, before any reveal.
      const asked = await page.evaluate(() =>
        parseFloat(getComputedStyle(document.querySelector('.quiz-item:not([hidden]) h2')!).fontSize),
      );
      await page.keyboard.press('Space');
      await page.keyboard.press('Space');
      const m = await page.evaluate(() => {
        const it = document.querySelector<HTMLElement>('.quiz-item:not([hidden])')!;
        const px = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
        const bottom = Math.max(
          ...[...document.querySelectorAll('.quiz-item:not([hidden]) *, .quiz-nav button')].map(
            (e) => e.getBoundingClientRect().bottom,
          ),
        );
        return {
          id: it.id,
          scroll: document.documentElement.scrollHeight,
          bottom,
          basis: getComputedStyle(it.querySelector('.basis')!).display !== 'none',
          verdict: px(it.querySelector('.verdict-label strong')!),
          text: px(it.querySelector('.verdict > p:not(.verdict-label)')!),
          meta: it.querySelector('.quiz-meta')!.textContent,
        };
      });
      if (m.scroll > SCREEN.height || m.bottom > SCREEN.height) misfits.push(`${m.id}: ${m.scroll}/${m.bottom} px`);
      expect(m.basis, m.id).toBe(true);
      expect(asked, m.id).toBeGreaterThanOrEqual(MIN_QUESTION_PX);
      // Once answer and basis share the screen, the type may shrink to fit, but the verdict stays the
      // largest thing in the answer and readable from the back of the room.
      expect(m.verdict, m.id).toBeGreaterThan(m.text * 1.5);
      expect(m.verdict, m.id).toBeGreaterThanOrEqual(MIN_VERDICT_PX);
      expect(m.meta, m.id).toMatch(new RegExp(`^Soal ${i + 1} dari ${n} · `));
    }
    expect(misfits).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  }, 120_000);

  it('does not scroll on load, also when opened at a question, and the first Tab is the skip link', async () => {
    const id = c.skenario[3]!.id;
    for (const q of ['', `?soal=${id}`, `#soal-${id}`]) {
      const { page, context } = await quiz(q);
      expect(await page.evaluate(() => scrollY), q).toBe(0);
      expect(await page.locator('.site-header').isVisible()).toBe(true);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.className), q).toBe('skip-link');
      await context.close();
    }
  });

  it('Space and Enter reveal right after clicking "Mulai" or a button, not press it again', async () => {
    const { page, context } = await quiz();
    await page.click('[data-action="start"]');
    const first = shown(page);
    await page.keyboard.press('Space');
    expect(await first.locator('.verdict').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await first.locator('.basis').isVisible()).toBe(true);
    await page.click('[data-action="next"]');
    await page.keyboard.press('Enter');
    expect(await shown(page).locator('.verdict').isVisible()).toBe(true);
    expect(await page.locator('.quiz-meta:visible').textContent()).toMatch(/^Soal 2 dari /);
    await context.close();
  });

  it('says right or wrong after a guess, and ends with the score, the missed questions and a restart', async () => {
    const topic = 'fasilitas-dinas';
    const { page, context } = await quiz(`?topik=${topic}`);
    const order = await page.$$eval(`.quiz-item[data-topik="${topic}"]`, (xs) => xs.map((x) => x.id.slice(5)));
    const deck = order.map((id) => c.skenario.find((s) => s.id === id)!);
    await page.click('[data-action="start"]');
    const wrongOf = (v: string) => ['boleh', 'tidak-boleh', 'tergantung'].find((x) => x !== v)!;
    for (const [i, s] of deck.entries()) {
      const guess = i === 0 ? wrongOf(s.data.putusan) : s.data.putusan;
      await page.click(`#soal-${s.id} button[data-guess="${guess}"]`);
      const fb = await page.textContent(`#soal-${s.id} .quiz-feedback`);
      expect(fb).toMatch(i === 0 ? /^✗ Belum tepat\. Jawabannya: / : /^✓ Benar!/);
      await page.keyboard.press('ArrowRight');
    }
    const end = page.locator('.quiz-end');
    expect(await end.isVisible()).toBe(true);
    expect(await end.locator('.quiz-end-score').textContent()).toBe(
      `Skor: ${deck.length - 1} dari ${deck.length} jawaban benar (${deck.length} soal).`,
    );
    const missed = await end.locator('.quiz-missed a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(missed).toEqual([`/boleh-atau-tidak/${topic}/${deck[0]!.id}/`]);
    expect(await page.locator('[data-action="next"]').isDisabled()).toBe(true);
    await page.click('[data-action="restart"]');
    expect(await page.locator('.quiz-meta:visible').textContent()).toMatch(/^Soal 1 dari /);
    expect(await page.locator('.quiz-score').textContent()).toBe('');
    expect(await shown(page).locator('.verdict').isVisible()).toBe(false);
    await context.close();
  });

  it('has a fullscreen mode; without JavaScript the page is the plain list', async () => {
    const { page, context } = await quiz();
    await page.click('.quiz-controls [data-action="fullscreen"]');
    await page.waitForFunction(() => document.fullscreenElement !== null);
    expect(await page.evaluate(() => document.body.classList.contains('quiz-live'))).toBe(true);
    await context.close();
    const off = await isolatedContext(browser, { viewport: SCREEN, javaScriptEnabled: false });
    const plain = await off.context.newPage();
    await plain.goto(`${server.url}kuis/`);
    expect(await plain.locator('[data-action="fullscreen"]:visible').count()).toBe(0);
    expect(await plain.locator('.quiz-item:visible').count()).toBe(c.skenario.length);
    await off.context.close();
  });
});

describe('slides on a projector', () => {
  it('every slide of every deck fits 1280×720 inside safe margins, with a counter and an exit', async () => {
    const decks = htmlPages(DIST).filter((p) => /^\/presentasi\/.+\/$/.test(p));
    expect(decks.length).toBeGreaterThan(8);
    const { context, external } = await isolatedContext(browser, { viewport: SCREEN });
    const page = await context.newPage();
    const misfits: string[] = [];
    for (const d of decks) {
      await page.goto(server.url + d.slice(1));
      const slides = await page.$$eval(
        'section.slide',
        (ss, screen) =>
          ss.map((s, i) => {
            const r = s.getBoundingClientRect();
            const inner = [...s.querySelectorAll('*')].map((e) => e.getBoundingClientRect());
            const safe = { x: screen.width * 0.05 - 1, y: screen.height * 0.05 - 1 };
            const outside = inner.filter(
              (b) =>
                b.width > 0 &&
                (b.left - r.left < safe.x ||
                  r.right - b.right < safe.x ||
                  (b.top - r.top < safe.y && !(b.height < 30 && b.top - r.top >= 0)) ||
                  r.bottom - b.bottom < 0),
            ).length;
            return {
              i,
              height: Math.round(r.height),
              outside,
              foot: s.querySelector('.slide-foot')?.textContent?.replace(/\s+/g, ' ').trim(),
            };
          }),
        SCREEN,
      );
      for (const s of slides) {
        if (s.height > SCREEN.height || s.outside)
          misfits.push(`${d} #${s.i + 1}: ${s.height} px, ${s.outside} outside`);
        expect(s.foot, `${d} #${s.i + 1}`).toBe(`${s.i + 1} / ${slides.length} · Keluar`);
      }
      expect(await page.locator('section.slide-title h1').count(), d).toBe(1);
      expect(await page.locator('section.slide-closing h3').allTextContents(), d).toEqual([
        'Yang tetap boleh',
        'Cara melapor',
      ]);
    }
    expect(misfits).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  }, 120_000);
});
