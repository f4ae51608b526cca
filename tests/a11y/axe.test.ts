// axe-core (WCAG 2.0/2.1/2.2 A and AA rules) on every built HTML page in light mode (this file
// takes every other page, axe-rest.test.ts the others); one page of each kind again in dark mode.
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { isolatedContext } from '../../scripts/lib/browser.ts';
import type { StaticServer } from '../../scripts/lib/server.ts';
import { servedSite } from '../support/site.ts';
import { DIST } from '../support/dist.ts';
import { auditAll, pagesToAudit } from '../support/axe.ts';

let server: StaticServer;
let browser: Browser;
servedSite(DIST, {}, async (s, b) => {
  server = s;
  browser = b;
});

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  it('every other built page has no violation (light mode; the rest in axe-rest.test.ts)', async () => {
    const pages = pagesToAudit(0);
    expect(pages.length).toBeGreaterThan(20);
    const { violations, external } = await auditAll(browser, server.url, pages);
    expect(violations).toEqual([]);
    expect(external).toEqual([]);
  }, 900_000);

  it('one page of each kind has no violation in dark mode', async () => {
    const pages = pagesToAudit();
    const kinds = new Map<string, string>();
    for (const p of pages) kinds.set(p.split('/').slice(0, 2).join('/') + (p.split('/').length > 3 ? '/x' : ''), p);
    const { violations } = await auditAll(browser, server.url, [...kinds.values()], 'dark');
    expect(violations).toEqual([]);
  }, 300_000);

  it('the skip link is the first focusable element and moves focus to the main content', async () => {
    const { context } = await isolatedContext(browser);
    const tab = await context.newPage();
    await tab.goto(server.url + 'larangan/');
    await tab.keyboard.press('Tab');
    expect(await tab.evaluate(() => document.activeElement?.textContent)).toContain('Langsung ke konten utama');
    expect(await tab.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
    await tab.keyboard.press('Enter');
    expect(await tab.evaluate(() => document.activeElement?.id)).toBe('konten');
    await context.close();
  });
});
