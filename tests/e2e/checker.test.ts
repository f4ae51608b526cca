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
    // A PPPK has no CLTN, so the CLTN question is not asked of them.
    expect(await page.locator('#tanya-cltn').count()).toBe(0);
    expect(external).toEqual([]);
    await context.close();
  });

  it('asks a PNS whether they are on CLTN, and each choice says what the "tanpa CLTN" rule means for them', async () => {
    const { context } = await isolatedContext(browser, {
      javaScriptEnabled: false,
      viewport: { width: 360, height: 740 },
    });
    const page = await context.newPage();
    const s = c.skenario.find((x) => x.id === 'daftar-penjaringan-bakal-calon-bupati-di-partai')!;
    await page.goto(`${server.url}${routes.checkerAnswers('pns', 'partai-politik-dan-pencalonan-diri').slice(1)}`);
    const question = page.getByRole('region', { name: 'Sedang menjalani CLTN?' });
    await question.getByRole('link', { name: /Tidak, atau baru mengajukan/ }).click();
    expect(new URL(page.url()).pathname).toBe(
      routes.checkerNarrowed('pns', 'partai-politik-dan-pencalonan-diri', 'tanpa-cltn'),
    );
    expect(await page.locator(`section#${s.id} .for-you`).textContent()).toMatch(/Tidak boleh selama Anda belum CLTN/);
    await page
      .getByRole('region', { name: 'Sedang menjalani CLTN?' })
      .getByRole('link', { name: /Ya, sedang CLTN/ })
      .click();
    expect(new URL(page.url()).pathname).toBe(
      routes.checkerNarrowed('pns', 'partai-politik-dan-pencalonan-diri', 'sedang-cltn'),
    );
    const onLeave = await page.locator(`section#${s.id} .for-you`).textContent();
    expect(onLeave).toMatch(/tidak mengenai Anda/);
    expect(onLeave).not.toMatch(/Tidak boleh selama/);
    expect(await page.locator('a[aria-current="page"]', { hasText: 'Ya, sedang CLTN' }).count()).toBe(1);
    await context.close();
  });
});
