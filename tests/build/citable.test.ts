// Citable output (issue 12): absolute URLs when SITE_URL is set (the sub-path build sets it), data
// files with a licence, a generation date and the "not a census" caveat, and a spreadsheet-safe CSV.
import { beforeAll, describe, expect, it } from 'vitest';
import { statSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { DIST, DIST_SUBPATH, SUBPATH, SUBPATH_SITE, htmlPages, page, readDist, requireBuild } from '../support/dist.ts';
import { loadContent } from '../support/content.ts';
import { routes } from '../../src/lib/routes.ts';
import { CODE_COLUMNS } from '../../src/lib/export.ts';

let content: Awaited<ReturnType<typeof loadContent>>;
beforeAll(async () => {
  requireBuild(DIST);
  requireBuild(DIST_SUBPATH);
  content = await loadContent();
});

const ABS = new URL(SUBPATH, SUBPATH_SITE).href; // https://…/netralitas/
const abs = (sitePath: string) => ABS + sitePath.replace(/^\//, '');
const csv = (dir: string, file: string) =>
  parseCsv(readDist(dir, file), { columns: true, bom: true }) as Record<string, string>[];

describe('absolute URLs with SITE_URL (sub-path build)', () => {
  it('the cite box of every record gives its absolute permalink', () => {
    for (const r of content.deklarasi) {
      const box = page(DIST_SUBPATH, routes.deklarasi(r.id)).querySelector('.cite-box')!;
      expect(box.querySelector('a')!.text, r.id).toBe(abs(routes.deklarasi(r.id)));
      expect(box.querySelector('pre')!.text, r.id).toContain(` ${abs(routes.deklarasi(r.id))} Diakses `);
    }
  });

  it('the CSV url column, the province CSVs and the JSON export hold absolute URLs', () => {
    for (const row of csv(DIST_SUBPATH, 'data/deklarasi.csv')) expect(row.url).toBe(abs(routes.deklarasi(row.id!)));
    const prov = content.deklarasi.find((r) => r.data.wilayah)!.data.wilayah!.slice(0, 2);
    for (const row of csv(DIST_SUBPATH, `data/provinsi/${prov}.csv`))
      expect(row.url).toBe(abs(routes.deklarasi(row.id!)));
    const json = JSON.parse(readDist(DIST_SUBPATH, 'data/deklarasi.json'));
    for (const r of json.data) expect(r.url).toBe(abs(routes.deklarasi(r.id)));
    expect(json.skema).toBe(abs('/data/deklarasi.schema.json'));
    expect(JSON.parse(readDist(DIST_SUBPATH, 'data/datapackage.json')).homepage).toBe(abs(routes.data()));
  });

  it('the Atom feed links every entry, itself and the table absolutely', () => {
    const feed = new XMLParser({ ignoreAttributes: false, isArray: (n) => ['entry', 'link'].includes(n) }).parse(
      readDist(DIST_SUBPATH, 'deklarasi/feed.xml'),
    ).feed;
    expect(feed['@_xml:base']).toBe(ABS);
    for (const l of feed.link) expect(l['@_href']).toMatch(new RegExp(`^${ABS}`));
    for (const e of feed.entry) expect(e.link[0]['@_href']).toMatch(new RegExp(`^${ABS}deklarasi/`));
  });

  it('without SITE_URL the same places hold base-aware paths', () => {
    const r = content.deklarasi[0]!;
    expect(page(DIST, routes.deklarasi(r.id)).querySelector('.cite-box a')!.text).toBe(routes.deklarasi(r.id));
    expect(csv(DIST, 'data/deklarasi.csv')[0]!.url).toMatch(/^\/deklarasi\//);
    expect(JSON.parse(readDist(DIST, 'data/deklarasi.json')).data[0].url).toMatch(/^\/deklarasi\//);
  });
});

describe('licence, generation date and the limits of the data', () => {
  const builtOn = (file: string) => statSync(path.join(DIST, file)).mtime.toISOString().slice(0, 10);

  it.each(['deklarasi.json', 'pejabat.json', 'statistik.json'])(
    '%s carries its licence, its generation date and a note on the limits of the data',
    (file) => {
      const json = JSON.parse(readDist(DIST, `data/${file}`));
      expect(json.lisensi.id).toBe('CC-BY-4.0');
      expect(json.lisensi.url).toMatch(/^https:\/\/creativecommons\.org\/licenses\/by\/4\.0\//);
      expect(json.dibuat).toBe(builtOn(`data/${file}`));
      expect(json.jumlah).toBe(json.data.length);
      expect(json.catatan).toMatch(file === 'statistik.json' ? /./ : /bukan sensus/);
    },
  );

  it('datapackage.json has the licence, the creation time and lists every data file', () => {
    const pkg = JSON.parse(readDist(DIST, 'data/datapackage.json'));
    expect(pkg.licenses.map((l: { name: string }) => l.name)).toEqual(['CC-BY-4.0']);
    expect(pkg.created.slice(0, 10)).toBe(builtOn('data/datapackage.json'));
    expect(pkg.version).toBe(pkg.created.slice(0, 10));
    expect(pkg.resources.map((r: { path: string }) => r.path)).toEqual(
      expect.arrayContaining(['deklarasi.csv', 'deklarasi-spreadsheet.csv', 'deklarasi.json']),
    );
  });

  it('/data/ states the licence, the build date, the limits and how to keep codes as text', () => {
    const doc = page(DIST, '/data/');
    expect(doc.querySelector('a[rel="license"]')?.getAttribute('href')).toMatch(
      /creativecommons\.org\/licenses\/by\/4\.0/,
    );
    expect(doc.querySelector('.lead time')?.getAttribute('datetime')).toBe(builtOn('data/index.html'));
    expect(doc.getElementById('batas-data')).toBeTruthy();
    expect(doc.querySelector('main')!.text).toMatch(/bukan sensus/);
    expect(doc.getElementById('spreadsheet')).toBeTruthy();
    expect(doc.querySelector('main')!.text).toContain('18.10');
    expect(doc.querySelector('a[href="/data/deklarasi-spreadsheet.csv"]')).toBeTruthy();
  });

  it('every page that counts records says the database is not a census', () => {
    const counted = htmlPages(DIST).filter((p) => /^\/deklarasi\/((halaman|provinsi|wilayah)\/.*)?$/.test(p));
    expect(counted.length).toBeGreaterThan(38);
    const missing = counted.filter((p) => !page(DIST, p).querySelector('.not-census'));
    expect(missing).toEqual([]);
  });
});

describe('spreadsheet-safe CSV', () => {
  it('has a UTF-8 BOM and the same rows as deklarasi.csv, with every code as ="…" so it stays text', () => {
    const raw = readDist(DIST, 'data/deklarasi-spreadsheet.csv');
    expect(raw.charCodeAt(0)).toBe(0xfeff);
    const plain = csv(DIST, 'data/deklarasi.csv');
    const safe = csv(DIST, 'data/deklarasi-spreadsheet.csv');
    expect(safe.length).toBe(plain.length);
    expect(Object.keys(safe[0]!)).toEqual(Object.keys(plain[0]!));
    safe.forEach((row, i) => {
      for (const [k, v] of Object.entries(plain[i]!))
        expect(row[k], `${row.id}.${k}`).toBe((CODE_COLUMNS as readonly string[]).includes(k) ? `="${v}"` : v);
    });
    // The case from the walkthrough: a code with a trailing zero keeps it.
    expect(safe.some((r) => /^="\d\d\.\d0"$/.test(r.kode_wilayah!))).toBe(true);
  });
});
