// The cite box on a record page: the access date and "Salin kutipan" come with a tiny module;
// without JavaScript the citation is all there, with a blank for the date.
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { isolatedContext } from '../../scripts/lib/browser.ts';
import type { StaticServer } from '../../scripts/lib/server.ts';
import { servedSite } from '../support/site.ts';
import { DIST } from '../support/dist.ts';
import { loadContent } from '../support/content.ts';
import { routes } from '../../src/lib/routes.ts';

let server: StaticServer;
let browser: Browser;
let id: string;
servedSite(DIST, {}, async (s, b) => {
  server = s;
  browser = b;
  id = (await loadContent()).deklarasi[0]!.id;
});

const today = () =>
  new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());

describe('cite box', () => {
  it('fills in the access date and copies the whole citation', async () => {
    const { context, external } = await isolatedContext(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    const page = await context.newPage();
    await page.goto(server.url + routes.deklarasi(id).slice(1));
    const button = page.getByRole('button', { name: 'Salin kutipan' });
    await button.waitFor();
    const text = (await page.textContent('.cite-box pre'))!;
    expect(text).toContain(`ID ${id}.`);
    expect(text).toContain(`Diakses ${today()}.`);
    await button.click();
    await page.waitForFunction(() => document.querySelector('.cite-box [role="status"]')?.textContent);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text.trim());
    expect(external).toEqual([]);
    await context.close();
  });

  it('without JavaScript shows the citation with a blank for the date and no dead button', async () => {
    const { context } = await isolatedContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(server.url + routes.deklarasi(id).slice(1));
    expect(await page.textContent('.cite-box pre')).toContain('Diakses [tanggal Anda membuka halaman ini].');
    expect(await page.isVisible('.cite-box button')).toBe(false);
    await context.close();
  });
});
