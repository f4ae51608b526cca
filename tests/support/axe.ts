// axe-core in Chromium against the built site; shared by the two halves of the a11y suite
// (split so vitest runs them on both cores).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { isolatedContext } from '../../scripts/lib/browser.ts';
import { DIST, htmlPages } from './dist.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const TABS = 3;

/** Every built HTML page; `share` k of 2 takes every other page, so the two shares cover all. */
export function pagesToAudit(share?: 0 | 1): string[] {
  const all = htmlPages(DIST);
  return share === undefined ? all : all.filter((_, i) => i % 2 === share);
}

/** Violations on one page, one line each ("path: rule (impact): targets"). */
async function audit(page: Page, baseUrl: string, path: string): Promise<string[]> {
  await page.goto(baseUrl + path.replace(/^\//, ''), { waitUntil: 'load' });
  const violations = await page.evaluate(async (tags) => {
    // @ts-expect-error injected global
    const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return r.violations.map(
      (v: { id: string; impact?: string | null; nodes: { target: string[] }[] }) =>
        `${v.id} (${v.impact}): ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
  }, TAGS);
  return violations.map((v: string) => `${path}: ${v}`);
}

/** Audits pages in one tab; also returns any request that left 127.0.0.1. */
export async function auditAll(
  browser: Browser,
  baseUrl: string,
  paths: string[],
  colorScheme: 'light' | 'dark' = 'light',
): Promise<{ violations: string[]; external: string[] }> {
  // axe is injected as an inline script, which the site's Content-Security-Policy (rightly) blocks.
  const { context, external } = await isolatedContext(browser, { colorScheme, bypassCSP: true });
  // As an init script axe is in every page before it loads: measured about a third faster per
  // page than adding a script tag after each load.
  await context.addInitScript({ content: axeSource });
  // Several tabs: one tab alone leaves the two cores idle half the time (navigation and IPC waits).
  const violations: string[] = [];
  let next = 0;
  const worker = async () => {
    const tab = await context.newPage();
    for (let i = next++; i < paths.length; i = next++) violations.push(...(await audit(tab, baseUrl, paths[i]!)));
    await tab.close();
  };
  await Promise.all(Array.from({ length: TABS }, worker));
  await context.close();
  return { violations, external };
}
