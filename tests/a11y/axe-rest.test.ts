// The other half of the light-mode axe audit (see axe.test.ts): pages at odd positions.
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
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

describe('accessibility (axe-core, WCAG 2.2 AA), second half', () => {
  it('every other built page has no violation (light mode; the rest in axe.test.ts)', async () => {
    const pages = pagesToAudit(1);
    expect(pages.length).toBeGreaterThan(20);
    const { violations, external } = await auditAll(browser, server.url, pages);
    expect(violations).toEqual([]);
    expect(external).toEqual([]);
  }, 900_000);
});
