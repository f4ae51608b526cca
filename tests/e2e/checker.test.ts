// The person-first checker in Chromium with JavaScript off, on a 320 px phone: a PPPK walks from
// the start page through the two questions to their answers, by keyboard and by tapping.
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { isolatedContext } from '../../scripts/lib/browser.ts';
import type { StaticServer } from '../../scripts/lib/server.ts';
import { servedSite } from '../support/site.ts';
import { DIST } from '../support/dist.ts';
import { loadContent } from '../support/content.ts';
import { routes } from '../../src/lib/routes.ts';
import { SANCTION_LABEL } from '../../src/collections/sanksi.ts';

let server: StaticServer;
let browser: Browser;
let c: Awaited<ReturnType<typeof loadContent>>;
servedSite(DIST, {}, async (s, b) => {
  server = s;
  browser = b;
  c = await loadContent();
});

describe('checker without JavaScript', () => {
  it('walks status → situation → answers with this person’s sanction and the CLTN alternative', async () => {
    const { context, external } = await isolatedContext(browser, {
      javaScriptEnabled: false,
      viewport: { width: 320, height: 640 },
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    await page.goto(`${server.url}boleh-atau-tidak/`);
    // Step 1: the status question, answered by choosing "PPPK".
    const step1 = page.getByRole('region', { name: /Langkah 1 dari 2/ });
    await step1.getByRole('link', { name: /^PPPK\s*Pegawai pemerintah dengan perjanjian kerja$/ }).click();
    expect(new URL(page.url()).pathname).toBe(routes.checkerStatus('pppk'));
    // Step 2: the situation question; the target is large enough to tap.
    const step2 = page.getByRole('region', { name: /Langkah 2 dari 2/ });
    const choice = step2.getByRole('link', { name: /Partai politik dan pencalonan diri/ });
    const box = (await choice.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    await choice.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/partai-politik-dan-pencalonan-diri\/$/);
    expect(new URL(page.url()).pathname).toBe(routes.checkerAnswers('pppk', 'partai-politik-dan-pencalonan-diri'));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    // The answers: a scenario that needs CLTN shows the PPPK sanction and what a PPPK can do instead.
    const s = c.skenario.find((x) => x.id === 'daftar-penjaringan-bakal-calon-bupati-di-partai')!;
    await page.getByRole('link', { name: s.data.pertanyaan }).first().click();
    const answer = page.locator(`section#${s.id}`);
    expect(await answer.getByRole('heading', { level: 2 }).textContent()).toBe(s.data.pertanyaan);
    expect(await answer.locator('.person-sanction strong').textContent()).toBe(SANCTION_LABEL['disiplin-pppk']);
    expect(await answer.locator('.cltn-meaning').textContent()).toMatch(/cuti di luar tanggungan negara/);
    expect(await answer.locator('dd.no-cltn .alternative').textContent()).toContain(s.data.tanpa_cltn!);
    expect(external).toEqual([]);
    await context.close();
  });
});
