// Real searches in Chromium against the built site, served on 127.0.0.1.
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { isolatedContext } from '../../scripts/lib/browser.ts';
import type { StaticServer } from '../../scripts/lib/server.ts';
import { servedSite } from '../support/site.ts';
import { DIST } from '../support/dist.ts';
import { loadContent } from '../support/content.ts';
import { routes } from '../../src/lib/routes.ts';
import { ELECTION_LABEL } from '../../src/collections/pemilihan.ts';

let server: StaticServer;
let browser: Browser;
let external: string[] = [];
let content: Awaited<ReturnType<typeof loadContent>>;

servedSite(DIST, {}, async (s, b) => {
  server = s;
  browser = b;
  content = await loadContent();
});

async function open(path: string): Promise<Page> {
  const ctx = await isolatedContext(browser);
  external = ctx.external;
  const page = await ctx.context.newPage();
  await page.goto(server.url + path.replace(/^\//, ''));
  return page;
}

async function results(page: Page): Promise<string[]> {
  await page.waitForFunction(
    () => /hasil|Tidak ada|pasal cocok/.test(document.querySelector('#search-status')?.textContent ?? ''),
    null,
    { timeout: 20_000 },
  );
  return page.$$eval('#search-results a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

async function allResults(page: Page): Promise<string[]> {
  await results(page);
  while (await page.isVisible('#search-more')) {
    const before = await page.locator('#search-results li').count();
    await page.click('#search-more');
    await page.waitForFunction((n) => document.querySelectorAll('#search-results li').length > n, before);
  }
  return page.$$eval('#search-results a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe('search', () => {
  it('finds every Kota Kupang record by place name', async () => {
    const page = await open('/cari/?q=kupang');
    const found = await allResults(page);
    const kupang = content.deklarasi.filter((r) => r.data.wilayah === '53.71').map((r) => routes.deklarasi(r.id));
    expect(kupang.length).toBeGreaterThanOrEqual(3);
    for (const p of kupang) expect(found).toContain(p);
    expect(external).toEqual([]);
  });

  it('finds the Tual pledge', async () => {
    const page = await open('/cari/?q=ikrar+tual');
    expect(await results(page)).toContain('/ikrar/kota-tual-2023/');
  });

  it("finds a record by an official's name", async () => {
    const page = await open('/cari/?q=Linus+Lusi');
    const found = await results(page);
    expect(found).toContain('/deklarasi/2024-10-17-kota-kupang-apel-korpri-deklarasi/');
  });

  it('typing in the box searches as you type and keeps the query in the URL', async () => {
    const page = await open('/cari/');
    await page.waitForFunction(() => (document.querySelector('#search-status')?.textContent ?? '').length > 0);
    await page.fill('#q', 'kendari');
    const found = await results(page);
    expect(found).toContain('/deklarasi/2024-11-04-kota-kendari-komisi-i-dprd-kunker/');
    expect(new URL(page.url()).searchParams.get('q')).toBe('kendari');
  });

  it('a filter narrows the results and is reflected in the URL', async () => {
    const page = await open('/cari/?q=kupang');
    const before = await allResults(page);
    // Filter values load when the reader opens the filters, which come after the results.
    await page.click('#search-filters summary');
    await page.waitForSelector('select[name="jenis"] option[value="Deklarasi"]', { state: 'attached' });
    const kinds = await page.$$eval('select[name="jenis"] option', (os) =>
      os.map((o) => (o as HTMLOptionElement).value),
    );
    expect(kinds).toContain('Deklarasi');
    await page.selectOption('select[name="jenis"]', 'Deklarasi');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('jenis') === 'Deklarasi');
    const after = await allResults(page);
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((p) => p.startsWith('/deklarasi/'))).toBe(true);
    expect(after.length).toBeLessThanOrEqual(before.length);
    // Reloading the shared URL restores the filter.
    await page.reload();
    await page.waitForSelector('#search-form[data-ready]');
    expect(await page.inputValue('select[name="jenis"]')).toBe('Deklarasi');
  });

  it('filters without a query browse by province', async () => {
    const page = await open('/cari/?provinsi=Nusa+Tenggara+Timur');
    const found = await allResults(page);
    const ntt = content.deklarasi.filter((r) => r.data.wilayah?.startsWith('53')).map((r) => routes.deklarasi(r.id));
    expect(found).toEqual(expect.arrayContaining(ntt));
    expect(found.every((p) => p.startsWith('/deklarasi/'))).toBe(true);
  });

  it('declarations browsed by filter alone come newest first (indexing order; no Pagefind sort)', async () => {
    const page = await open('/cari/?jenis=Deklarasi');
    const found = await allResults(page);
    const dateOf = new Map(content.deklarasi.map((r) => [routes.deklarasi(r.id), r.data.tanggal]));
    expect([...found].sort()).toEqual([...dateOf.keys()].sort());
    const dates = found.map((p) => dateOf.get(p)!);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(await page.textContent('#search-status')).toMatch(/terbaru dahulu/);
  });

  // Everyday words → the rule an ASN is asking about (first result, or top 3 where several rules fit).
  const EVERYDAY: [string, number, RegExp][] = [
    ['like', 1, /^\/larangan\/(a4|b6)-like/],
    ['foto bersama calon', 1, /^\/larangan\/(a5|b7)-unggah-foto/],
    ['spanduk', 1, /^\/larangan\/(a1|b1)-spanduk/],
    ['istri calon', 3, /^\/larangan\/(a7-ikut-kampanye-pasangan|se18-)/],
    ['mobil dinas', 1, /^\/larangan\/pp94-fasilitas-negara-mobil-dinas\/$/],
    ['partai', 3, /^\/larangan\/b5-anggota-pengurus-partai\/$/],
    ['media sosial', 1, /^\/larangan\/(a2|b2|a4|b6)-/],
  ];
  for (const [q, top, expected] of EVERYDAY) {
    it(`"${q}" finds the right rule in the top ${top}`, async () => {
      const page = await open(`/cari/?q=${encodeURIComponent(q)}`);
      const found = (await results(page)).slice(0, top);
      expect(
        found.some((p) => expected.test(p)),
        `${q}: ${found.join(', ')}`,
      ).toBe(true);
    });
  }

  it('a pasal citation lands on the provision, from the provision index alone (no full-text download)', async () => {
    server.log.length = 0;
    const page = await open('/cari/?q=pasal+5+huruf+n');
    await results(page);
    const hrefs = await page.$$eval('#search-results > li > a', (as) =>
      as.map((a) => (a as HTMLAnchorElement).getAttribute('href')),
    );
    type P = { label: string; anchor: string };
    const expected = content.regulasi.flatMap((r) =>
      (r.data.pasal as P[])
        .filter(
          (p) => p.label.toLowerCase() === 'pasal 5 huruf n' || p.label.toLowerCase().startsWith('pasal 5 huruf n '),
        )
        .map((p) => routes.regulasi(r.id, p.anchor)),
    );
    expect(expected).toContain('/regulasi/pp-94-2021/#pasal-5-huruf-n');
    expect(hrefs.sort()).toEqual(expected.sort());
    expect(await page.textContent('#search-results > li:first-child')).toMatch(/PP 94\/2021/);
    expect(server.log.filter((r) => /\/pagefind\/(index|fragment)\//.test(r.url))).toEqual([]);
    // The same words in the whole site, on request.
    await page.click('#search-fulltext');
    await page.waitForFunction(() => /\d+ hasil/.test(document.querySelector('#search-status')?.textContent ?? ''));
    const all = await page.$$eval('#search-results > li > a', (as) =>
      as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    expect(all).toContain('/regulasi/pp-94-2021/');
  });

  it('a citation that matches no provision falls back to the full-text search', async () => {
    const page = await open('/cari/?q=pasal+999');
    await page.waitForFunction(() => /hasil/.test(document.querySelector('#search-status')?.textContent ?? ''), null, {
      timeout: 20_000,
    });
    expect(await page.textContent('#search-status')).not.toMatch(/pasal cocok/);
    expect(await page.isVisible('#search-fulltext')).toBe(false);
  });

  it('Indonesian stemming: "melanggar" finds pages that say "pelanggaran"', async () => {
    const page = await open('/cari/?q=melanggar');
    expect(await allResults(page)).toContain('/regulasi/skb-netralitas-2022/');
  });

  it('every record of every collection is in the search index (counts per kind equal the collections)', async () => {
    const page = await open('/cari/');
    const counts = (await page.evaluate(`(async () => {
      const pf = await import('${server.url}pagefind/pagefind.js');
      const out = {};
      for (const kind of ['Deklarasi', 'Regulasi', 'Larangan', 'Ikrar', 'Glosarium', 'Panduan']) {
        const r = await pf.search(null, { filters: { jenis: kind } });
        out[kind] = r.results.length;
      }
      return out;
    })()`)) as Record<string, number>;
    expect(counts).toEqual({
      Deklarasi: content.deklarasi.length,
      Regulasi: content.regulasi.length,
      Larangan: content.larangan.length,
      Ikrar: content.ikrar.length,
      Glosarium: content.glosarium.length,
      // The guides, and the pages on who is covered (one per kind of person, and their index).
      Panduan: content.panduan.length + content.subjek.length + 1,
    });
  });

  it('the search box in the header leads to results', async () => {
    const page = await open('/larangan/'); // the home page has only its own search box
    await page.fill('#q-header', 'kupang');
    await Promise.all([page.waitForURL(/\/cari\/\?q=kupang/), page.press('#q-header', 'Enter')]);
    expect((await results(page)).length).toBeGreaterThan(0);
    expect(external).toEqual([]);
  });

  it('facet counts follow the active query and filters (each facet counted with the others only)', async () => {
    const page = await open('/cari/?jenis=Deklarasi&provinsi=Jawa+Timur&pemilihan=Pilkada+2024');
    await allResults(page);
    const jatim = content.deklarasi.filter((r) => r.data.wilayah?.startsWith('35'));
    const both = jatim.filter((r) => r.data.pemilihan.includes('pilkada-2024'));
    const pilkada = content.deklarasi.filter((r) => r.data.pemilihan.includes('pilkada-2024'));
    expect(both.length).toBeGreaterThan(0);
    expect(await page.textContent('#search-status')).toContain(`${both.length} hasil`);
    const label = (name: string, value: string) =>
      page.$eval(
        `#search-filters select[name="${name}"] option[value="${value}"]`,
        (o) => (o as HTMLOptionElement).textContent,
      );
    await page.waitForFunction(
      (n) =>
        document.querySelector('#search-filters select[name="pemilihan"] option[value="Pilkada 2024"]')?.textContent ===
        `Pilkada 2024 (${n})`,
      both.length,
    );
    // Jawa Timur counted with Pilkada 2024 set; Pilkada 2024 counted with Jawa Timur set.
    expect(await label('provinsi', 'Jawa Timur')).toBe(`Jawa Timur (${both.length})`);
    expect(await label('pemilihan', ELECTION_LABEL['pilkada-2024'])).toBe(`Pilkada 2024 (${both.length})`);
    // Another province keeps the count it would give with the election filter alone.
    const other = pilkada.filter((r) => r.data.wilayah?.startsWith('53')).length;
    expect(await label('provinsi', 'Nusa Tenggara Timur')).toBe(`Nusa Tenggara Timur (${other})`);
  });

  it('on a phone the results come before the filters, which wait behind a "Saring" disclosure', async () => {
    const { context } = await isolatedContext(browser, { viewport: { width: 390, height: 844 }, isMobile: true });
    const page = await context.newPage();
    await page.goto(`${server.url}cari/?q=kampanye`);
    await results(page);
    const first = await page.locator('#search-results > li').first().boundingBox();
    const filters = await page.locator('#search-filters').boundingBox();
    expect(first!.y).toBeLessThan(844);
    expect(first!.y).toBeLessThan(filters!.y);
    expect(await page.$eval('#search-filters', (d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await page.isVisible('#search-filters select[name="provinsi"]')).toBe(false);
    await context.close();
  });

  it('a whole question: question words dropped, words searched one by one with synonyms, and the page says so', async () => {
    server.log.length = 0;
    const page = await open('/cari/?q=' + encodeURIComponent('saya pppk boleh like postingan calon bupati?'));
    const found = await results(page);
    expect(found.length).toBeGreaterThan(0);
    const info = (await page.textContent('#search-info')) ?? '';
    expect(info).toMatch(/Dicari kata per kata: pppk · like · postingan · calon bupati/);
    expect(info).toMatch(/like: [^\n]*menyukai/);
    expect(info).toMatch(/postingan: [^\n]*unggahan/);
    expect(info).toMatch(/Diabaikan: saya, boleh/);
    expect(server.log.some((r) => r.url.endsWith('/data/sinonim.json'))).toBe(true);
    // The first result shows its verdict and sanction.
    expect(await page.textContent('#search-results > li:first-child .result-facts')).toMatch(
      /(Tidak boleh|Boleh|Tergantung).*Sanksi/,
    );
  });

  it('a plain word fetches no synonym list, and a typo is corrected and said', async () => {
    server.log.length = 0;
    let page = await open('/cari/?q=kupang');
    await results(page);
    expect(server.log.filter((r) => /\/data\/(sinonim|kosakata)\.json/.test(r.url))).toEqual([]);
    page = await open('/cari/?q=kampamye');
    expect(await results(page)).toContain(routes.glosarium('kampanye'));
    expect(await page.textContent('#search-info')).toMatch(/kampamye → kampanye/);
  });

  it('nothing found: the empty state links to every checker topic', async () => {
    const page = await open('/cari/?q=zzqx');
    await results(page);
    expect(await page.textContent('#search-status')).toMatch(/Tidak ada hasil/);
    const links = await page.$$eval('#search-empty a', (as) =>
      as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    for (const t of new Set(content.skenario.map((s) => s.data.topik))) expect(links).toContain(routes.checkerTopic(t));
    expect(await page.isVisible('#search-empty')).toBe(true);
  });
});
