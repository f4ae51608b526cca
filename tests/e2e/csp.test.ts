// Content-Security-Policy: one page of every kind in Chromium, served with the headers of
// public/_headers (as Netlify or Cloudflare Pages would) on top of the <meta> policy every page
// carries. Any CSP violation, console error or page error fails the test, so an inline script or
// style, a style attribute or a request the policy does not allow cannot slip in.
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { isolatedContext } from '../../scripts/lib/browser.ts';
import type { StaticServer } from '../../scripts/lib/server.ts';
import { servedSite } from '../support/site.ts';
import { DIST } from '../support/dist.ts';
import { loadContent } from '../support/content.ts';
import { routes } from '../../src/lib/routes.ts';
import { metaPolicy, parseHeaders, sitePolicy } from '../../src/lib/headers.ts';
import { readDist } from '../support/dist.ts';

let server: StaticServer;
let browser: Browser;
let c: Awaited<ReturnType<typeof loadContent>>;
servedSite(DIST, { headers: true }, async (s, b) => {
  server = s;
  browser = b;
  c = await loadContent();
});

interface Problems {
  violations: string[];
  errors: string[];
}

/** Opens `path`, runs `act`, and returns every CSP violation and console/page error seen. */
async function visit(path: string, act: (page: Page) => Promise<void> = async () => {}): Promise<Problems> {
  const { context, external } = await isolatedContext(browser);
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  const res = await page.goto(server.url + path.replace(/^\//, ''), { waitUntil: 'load' });
  expect(res?.status(), path).toBe(200);
  expect(res?.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
  await act(page);
  await page.waitForLoadState('networkidle');
  const violations = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
  await context.close();
  return { violations, errors: [...errors, ...external.map((u) => `external request: ${u}`)] };
}

describe('Content-Security-Policy', () => {
  it('every page carries the header policy as a <meta>, less frame-ancestors', () => {
    const policy = sitePolicy(parseHeaders(readDist(DIST, '_headers')));
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(readDist(DIST, 'index.html'));
    expect(meta?.[1]?.replace(/&#39;/g, "'")).toBe(metaPolicy(policy));
    expect(meta?.[1]).not.toContain('frame-ancestors');
  });

  const kinds: [string, () => string, ((page: Page) => Promise<void>)?][] = [
    ['home', () => routes.home()],
    ['regulation', () => routes.regulasi(c.regulasi[0]!.id)],
    ['prohibited act', () => routes.larangan(c.larangan[0]!.id)],
    ['scenario answer', () => routes.skenario(c.skenario[0]!.data.topik, c.skenario[0]!.id)],
    ['checker status step', () => routes.checkerStatus('pppk')],
    ['checker answers for a person', () => routes.checkerAnswers('pppk', 'partai-politik-dan-pencalonan-diri')],
    ['declarations table', () => routes.deklarasiIndex()],
    ['declaration record', () => routes.deklarasi(c.deklarasi[0]!.id)],
    ['province', () => routes.provinsi('53')],
    ['region', () => routes.wilayah('53.71')],
    ['map', () => '/deklarasi/peta/'],
    ['timeline', () => '/deklarasi/linimasa/'],
    ['pledge', () => routes.ikrar(c.ikrar[0]!.id)],
    [
      'pledge print sheet',
      () => routes.ikrarPrint(c.ikrar[0]!.id),
      async (page) => {
        await page.emulateMedia({ media: 'print' });
      },
    ],
    ['glossary', () => routes.glosarium(c.glosarium[0]!.id)],
    ['guide', () => routes.panduan('untuk-asn')],
    [
      'search with results',
      () => `${routes.search()}?q=spanduk`,
      async (page) => {
        await page.waitForFunction(() => document.querySelectorAll('#search-results li').length > 0, null, {
          timeout: 20_000,
        });
      },
    ],
    [
      'quiz, after a click',
      () => '/kuis/',
      async (page) => {
        await page.waitForSelector('body[data-quiz-ready]');
        await page.click('button[data-action="next"]');
        await page.click('button[data-action="reveal"]');
      },
    ],
    ['slides', () => '/presentasi/media-sosial/'],
    ['offline page', () => '/luring/'],
    ['open data', () => routes.data()],
    ['sanction matrix', () => routes.sanksi()],
  ];

  for (const [kind, path, act] of kinds)
    it(`${kind}: no violation, no console error`, async () => {
      const p = path();
      expect(await visit(p, act), p).toEqual({ violations: [], errors: [] });
    });

  it('the offline pack installs under the policy', async () => {
    const problems = await visit('/luring/', async (page) => {
      await page.click('#offline-save');
      await page.waitForSelector('#offline[data-state="ready"]', { timeout: 90_000 });
    });
    expect(problems).toEqual({ violations: [], errors: [] });
  }, 150_000);
});
