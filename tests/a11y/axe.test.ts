// axe-core (WCAG 2.0/2.1/2.2 A and AA rules) on every built HTML page in light mode;
// one page of each kind again in dark mode for contrast.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { isolatedContext } from '../support/browser.ts';
import type { StaticServer } from '../support/server.ts';
import { servedSite } from '../support/site.ts';
import { DIST, htmlPages } from '../support/dist.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let server: StaticServer;
let browser: Browser;
servedSite(DIST, {}, async (s, b) => {
  server = s;
  browser = b;
});

const sitemapPages = (): string[] => htmlPages(DIST);

async function audit(page: Page, path: string) {
  await page.goto(server.url + path.replace(/^\//, ''), { waitUntil: 'load' });
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async (tags) => {
    // @ts-expect-error injected global
    const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return r.violations.map((v: any) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n: any) => n.target.join(' ')).join(' | ')}`);
  }, TAGS);
  return violations.map((v: string) => `${path}: ${v}`);
}

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  it('every built page has no violation (light mode)', async () => {
    const pages = sitemapPages();
    expect(pages.length).toBeGreaterThan(20);
    const { context, external } = await isolatedContext(browser, { colorScheme: 'light' });
    const tab = await context.newPage();
    const all: string[] = [];
    for (const p of pages) all.push(...(await audit(tab, p)));
    expect(all).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  }, 900_000);

  it('one page of each kind has no violation in dark mode', async () => {
    const pages = sitemapPages();
    const kinds = new Map<string, string>();
    for (const p of pages) kinds.set(p.split('/').slice(0, 2).join('/') + (p.split('/').length > 3 ? '/x' : ''), p);
    const { context } = await isolatedContext(browser, { colorScheme: 'dark' });
    const tab = await context.newPage();
    const all: string[] = [];
    for (const p of kinds.values()) all.push(...(await audit(tab, p)));
    expect(all).toEqual([]);
    await context.close();
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
