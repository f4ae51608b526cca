// Violation statistics in the built site: every figure published once and citable, counts that
// agree between content, CSV, JSON, feed and pages, charts with text alternatives and tables,
// no inline styles, and the journalist's two-click path from the home page.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse as parseCsv } from 'csv-parse/sync';
import { DIST, fileOf, htmlPages, mainLinks, page, pageExists, readDist, requireBuild } from '../support/dist.ts';
import { loadContent } from '../support/content.ts';
import { routes } from '../../src/lib/routes.ts';
import { sorted } from '../../src/collections/index.ts';
import { STAT_COLUMNS } from '../../src/lib/statistik-export.ts';
import {
  byProvince,
  compareAgencies,
  cycleLabel,
  cyclesWithFigures,
  figurePage,
  figurePath,
  figuresByLarangan,
  latestCycle,
  provinceRelease,
  type Fig,
} from '../../src/lib/statistik.ts';

let content: Awaited<ReturnType<typeof loadContent>>;
let figs: Fig[];
let cyclePages: string[];
beforeAll(async () => {
  requireBuild(DIST);
  content = await loadContent();
  figs = sorted('statistik', content.statistik); // the site's order
  cyclePages = htmlPages(DIST).filter(
    (p) => /^\/statistik\/[^/]+\/(provinsi\/[^/]+\/)?$/.test(p) && p !== '/statistik/cetak/',
  );
});

/** Every figure rendered on the cycle pages: page → ids, in page order. */
const rendered = () =>
  cyclePages.flatMap((p) =>
    page(DIST, p)
      .querySelectorAll('main [data-angka]')
      .map((el) => ({ page: p, id: el.getAttribute('id')! })),
  );

describe('statistics pages', () => {
  it('one cycle page per election with figures, and one page per province with figures in each', () => {
    const expected = cyclesWithFigures(figs).flatMap((c) => [
      routes.statistik(c),
      ...[...byProvince(figs.filter((f) => f.data.pemilihan === c)).keys()].map((k) => routes.statistikProvinsi(c, k)),
    ]);
    expect(cyclePages.sort()).toEqual(expected.sort());
  });

  it('figures in content = CSV rows = JSON items = feed entries = figures rendered on the cycle pages', () => {
    const ids = figs.map((f) => f.id).sort();
    const csv = parseCsv(readDist(DIST, 'data/statistik.csv'), { columns: true }) as Record<string, string>[];
    const json = JSON.parse(readDist(DIST, 'data/statistik.json'));
    const feed = new XMLParser({ ignoreAttributes: false, isArray: (n) => ['entry', 'link'].includes(n) }).parse(
      readDist(DIST, 'statistik/feed.xml'),
    ).feed;
    const shown = rendered();
    expect(figs.length).toBeGreaterThan(0);
    expect(csv.map((r) => r.id).sort()).toEqual(ids);
    expect(json.jumlah).toBe(figs.length);
    expect(json.data.map((r: { id: string }) => r.id).sort()).toEqual(ids);
    expect(shown.map((s) => s.id).sort()).toEqual(ids);
    const statEntries = feed.entry.filter((e: { link: Record<string, string>[] }) =>
      e.link[0]!['@_href'].startsWith('/statistik/'),
    );
    expect(statEntries).toHaveLength(figs.length);
  });

  it('each figure is on the page its address names, with its value, quote, sources and verification date', () => {
    const where = new Map(rendered().map((s) => [s.id, s.page]));
    for (const f of figs) {
      expect(where.get(f.id), f.id).toBe(figurePage(f));
      const el = page(DIST, figurePage(f)).querySelector(`[id="${f.id}"]`)!;
      const hrefs = el.querySelectorAll('a').map((a) => a.getAttribute('href'));
      for (const s of f.data.sumber) expect(hrefs, f.id).toContain(s.url);
      expect(el.text, f.id).toContain(`Sumber (${f.data.sumber.length})`);
      expect(el.text, f.id).toMatch(/Diverifikasi \d{1,2} \w+ \d{4}/);
      expect(el.querySelector('q')?.text, f.id).toBe(f.data.kutipan);
      if (f.data.catatan) expect(el.text, f.id).toContain(f.data.catatan);
      if (f.data.nilai !== undefined)
        expect(el.querySelector('.fig-value')?.text, f.id).toContain(f.data.nilai.toLocaleString('id-ID'));
    }
    const csv = parseCsv(readDist(DIST, 'data/statistik.csv'), { columns: true }) as Record<string, string>[];
    for (const r of csv) expect(r.url).toBe(figurePath(figs.find((f) => f.id === r.id)!));
  });

  it('the overview shows, per cycle and agency, the latest figure of each measure with its date and sources', () => {
    const doc = page(DIST, routes.statistikIndex());
    for (const c of cyclesWithFigures(figs)) {
      const section = doc.querySelector(`section[id="${c}"]`)!;
      expect(section, c).toBeTruthy();
      const hrefs = section.querySelectorAll('a').map((a) => a.getAttribute('href'));
      expect(hrefs).toContain(routes.statistik(c));
      for (const row of compareAgencies(figs.filter((f) => f.data.pemilihan === c)).rows)
        for (const cell of row.cells)
          for (const f of cell?.figures ?? []) {
            expect(hrefs, f.id).toContain(figurePath(f));
            expect(section.text).toContain(`${f.data.sumber.length} sumber`);
          }
    }
    // How to read the measures: every definition.
    expect(doc.querySelectorAll('#cara-membaca dt').length).toBeGreaterThanOrEqual(9);
  });

  it('a journalist reaches the Pilkada 2020 sanctions, with agency, date and source, in two clicks from home', () => {
    expect(mainLinks(DIST, '/')).toContain(routes.statistikIndex());
    const pilkada = figs.filter((f) => f.data.pemilihan === 'pilkada-2020');
    const sanctioned = compareAgencies(pilkada).rows.find((r) => r.metrik === 'dijatuhi-sanksi');
    expect(sanctioned, 'Pilkada 2020 has sanction figures').toBeTruthy();
    const overview = mainLinks(DIST, routes.statistikIndex());
    for (const f of sanctioned!.cells.flatMap((c) => c?.figures ?? [])) {
      expect(overview).toContain(figurePath(f));
      const el = page(DIST, figurePage(f)).querySelector(`[id="${f.id}"]`)!;
      expect(el.querySelectorAll('.fig-src a').length).toBeGreaterThan(f.data.sumber.length - 1);
    }
    // "Which province had the most reports?": answered on the overview from one release.
    const release = provinceRelease(pilkada)!;
    expect(overview).toContain(figurePath(release.items[0]!));
  });

  it('the province map has a tile for each of the 38 provinces and the values of one release', () => {
    for (const c of cyclesWithFigures(figs)) {
      const release = provinceRelease(figs.filter((f) => f.data.pemilihan === c));
      const doc = page(DIST, routes.statistik(c));
      const svg = doc.querySelector('svg.cartogram');
      if (!release) {
        expect(svg, c).toBeNull();
        continue;
      }
      expect(svg!.querySelectorAll('rect.tile')).toHaveLength(38);
      const titles = svg!.querySelectorAll('title').map((t) => t.text);
      for (const f of release.items)
        expect(
          titles.some((t) => t.includes(String(f.data.nilai))),
          f.id,
        ).toBe(true);
    }
  });

  it('province and region pages show their figures next to their declarations', () => {
    for (const [code, xs] of byProvince(figs)) {
      const doc = page(DIST, routes.provinsi(code));
      const links = doc.querySelectorAll('.place-figures a').map((a) => a.getAttribute('href'));
      for (const c of cyclesWithFigures(xs)) expect(links, code).toContain(routes.statistikProvinsi(c, code));
    }
    const regencies = new Set(figs.flatMap((f) => (f.data.wilayah?.length === 5 ? [f.data.wilayah] : [])));
    let checked = 0;
    for (const code of regencies)
      if (pageExists(DIST, routes.wilayah(code))) {
        expect(page(DIST, routes.wilayah(code)).querySelector('.place-figures'), code).toBeTruthy();
        checked++;
      }
    expect(checked).toBeGreaterThan(0);
  });

  it('each prohibited act shows how often it appears in the published breakdowns, with links', () => {
    const counts = figuresByLarangan(figs);
    for (const l of content.larangan) {
      const section = page(DIST, routes.larangan(l.id)).querySelector('section[aria-labelledby="statistik-h"]')!;
      const xs = counts.get(l.id) ?? [];
      const links = section.querySelectorAll('li a').map((a) => a.getAttribute('href'));
      expect(links, l.id).toEqual(xs.map((f) => figurePath(f)));
      if (xs.length) expect(section.text).toContain(`Muncul dalam ${xs.length} angka`);
    }
  });
});

describe('charts', () => {
  const statPages = () => htmlPages(DIST).filter((p) => p.startsWith('/statistik/'));

  it('every chart is an image with a title and a description, beside a table', () => {
    let charts = 0;
    for (const p of statPages()) {
      const doc = page(DIST, p);
      for (const svg of doc.querySelectorAll('svg.bar-chart')) {
        charts++;
        expect(svg.getAttribute('role'), p).toBe('img');
        const [t, d] = svg.getAttribute('aria-labelledby')!.split(' ');
        expect(svg.querySelector(`title[id="${t}"]`)?.text.length, p).toBeGreaterThan(0);
        expect(svg.querySelector(`desc[id="${d}"]`)?.text.length, p).toBeGreaterThan(20);
        if (p !== routes.statistikCetak()) expect(svg.closest('.chart-pair')?.querySelector('table'), p).toBeTruthy();
      }
      for (const svg of doc.querySelectorAll('svg.cartogram')) {
        const title = svg.getAttribute('aria-labelledby')!;
        expect(svg.querySelector(`title[id="${title}"]`), p).toBeTruthy();
        expect(svg.closest('.chart-pair')?.querySelector('table'), p).toBeTruthy();
      }
    }
    expect(charts).toBeGreaterThan(cyclesWithFigures(figs).length);
  });

  it('statistics pages use no inline style attributes, no <style> in the body and no script', () => {
    for (const p of statPages()) {
      const html = readFileSync(fileOf(DIST, p), 'utf8');
      const body = html.slice(html.indexOf('<body'));
      expect(body, p).not.toMatch(/\sstyle="/);
      expect(body, p).not.toMatch(/<style/);
      expect(page(DIST, p).querySelectorAll('script'), p).toHaveLength(0);
    }
  });
});

describe('statistics data', () => {
  it('CSV columns are documented on /data/ and in datapackage.json, and the schema requires the core fields', () => {
    const header = Object.keys(
      (parseCsv(readDist(DIST, 'data/statistik.csv'), { columns: true, to: 1 }) as Record<string, string>[])[0]!,
    );
    expect(header).toEqual(STAT_COLUMNS.map((c) => c.name));
    const pkg = JSON.parse(readDist(DIST, 'data/datapackage.json'));
    const res = pkg.resources.find((r: { name: string }) => r.name === 'statistik-csv');
    expect(res.schema.fields.map((f: { name: string }) => f.name)).toEqual(header);
    expect(pkg.resources.find((r: { name: string }) => r.name === 'statistik-json').schema).toBe(
      'statistik.schema.json',
    );
    const documented = page(DIST, routes.data()).querySelectorAll('#kolom-statistik + p + .table-wrap code');
    expect(documented.map((c) => c.text)).toEqual(header);
    const schema = JSON.parse(readDist(DIST, 'data/statistik.schema.json'));
    const rec = schema.$defs.angka;
    for (const f of ['id', 'pemilihan', 'lembaga', 'metrik', 'satuan', 'per_tanggal', 'cakupan', 'sumber', 'url'])
      expect(rec.required, f).toContain(f);
    const json = JSON.parse(readDist(DIST, 'data/statistik.json'));
    for (const r of json.data) for (const f of rec.required) expect(r[f], `${r.id}.${f}`).not.toBeUndefined();
  });

  it('percentages are published as given, never turned into counts', () => {
    const json = JSON.parse(readDist(DIST, 'data/statistik.json'));
    const byId = new Map(figs.map((f) => [f.id, f]));
    for (const r of json.data) {
      const f = byId.get(r.id)!;
      expect(r.nilai, r.id).toBe(f.data.nilai);
      expect(r.persen, r.id).toBe(f.data.persen);
    }
  });

  it('the statistics feed is well-formed Atom with its own id', () => {
    const raw = readDist(DIST, 'statistik/feed.xml');
    expect(XMLValidator.validate(raw)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false, isArray: (n) => ['entry', 'link'].includes(n) }).parse(
      raw,
    ).feed;
    const other = new XMLParser().parse(readDist(DIST, 'deklarasi/feed.xml')).feed;
    expect(String(feed.id)).not.toBe(String(other.id));
    expect(feed.link.find((l: Record<string, string>) => l['@_rel'] === 'self')?.['@_href']).toBe(
      routes.statistikFeed(),
    );
  });

  it('the printable sheet shows the latest cycle with national figures and states one page', () => {
    const doc = page(DIST, routes.statistikCetak());
    const cycle = latestCycle(figs)!;
    expect(doc.querySelector('h1')?.getAttribute('data-halaman')).toBe('1');
    const footer = doc.querySelector('link[data-print-footer]')!.getAttribute('href')!;
    expect(readDist(DIST, footer.slice(1))).toMatch(/diverifikasi \d{1,2} \w+ \d{4}/);
    expect(readDist(DIST, footer.slice(1))).toContain(routes.statistikCetak());
    expect(doc.querySelector('h1')!.text).toContain(cycleLabel(cycle));
    expect(doc.querySelector('main')!.text).toContain(routes.statistik(cycle));
  });
});
