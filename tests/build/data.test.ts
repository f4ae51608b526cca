// Journalist-facing data: Atom feed, Data Package, JSON Schema, timeline and coverage map.
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse as parseCsv } from 'csv-parse/sync';
import { DIST, page, pageExists, readDist, requireBuild } from '../support/dist.ts';
import { loadContent } from '../support/content.ts';
import { monthlyTimeline } from '../../src/lib/deklarasi.ts';
import { electionWaves } from '../../src/lib/elections.ts';
import { FEED_LIMIT } from '../../src/lib/atom.ts';
import { routes } from '../../src/lib/routes.ts';
import { SANCTION_LEVELS } from '../../src/collections/sanksi.ts';

let content: Awaited<ReturnType<typeof loadContent>>;
beforeAll(async () => {
  requireBuild(DIST);
  content = await loadContent();
});

type XmlLink = Record<string, string>;
type XmlEntry = { link: XmlLink[]; updated: string; [k: string]: unknown };

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

describe('Atom feed (RFC 4287)', () => {
  it('is well-formed XML with the Atom namespace and the required feed elements', () => {
    const raw = readDist(DIST, 'deklarasi/feed.xml');
    expect(XMLValidator.validate(raw)).toBe(true);
    const doc = new XMLParser({
      ignoreAttributes: false,
      isArray: (n) => ['entry', 'link', 'author'].includes(n),
    }).parse(raw);
    const feed = doc.feed;
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(String(feed.id)).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(String(feed.title).length).toBeGreaterThan(0);
    expect(feed.updated).toMatch(RFC3339);
    expect(feed.author[0].name).toBeTruthy();
    expect(feed.link.find((l: XmlLink) => l['@_rel'] === 'self')?.['@_href']).toBe('/deklarasi/feed.xml');
    const ids = new Set<string>();
    for (const e of feed.entry) {
      expect(String(e.id)).toMatch(/^urn:uuid:/);
      expect(ids.has(e.id), `duplicate entry id ${e.id}`).toBe(false);
      ids.add(e.id);
      expect(String(e.title).length).toBeGreaterThan(0);
      expect(e.updated).toMatch(RFC3339);
      if (e.published) expect(e.published <= e.updated).toBe(true);
      const alt = e.link.find((l: XmlLink) => (l['@_rel'] ?? 'alternate') === 'alternate');
      expect(pageExists(DIST, alt['@_href']), alt['@_href']).toBe(true);
      expect(String(e.summary).length).toBeGreaterThan(0);
    }
    const recordHrefs = feed.entry
      .map((e: XmlEntry) => e.link[0]['@_href'])
      .filter((h: string) => /^\/deklarasi\/[^/]+\/$/.test(h) && h !== '/deklarasi/perubahan/');
    // The feed holds the newest FEED_LIMIT entries: every record while there is room, and no record
    // left out that is newer than the oldest entry in the feed.
    expect(feed.entry.length).toBeLessThanOrEqual(FEED_LIMIT);
    const inFeed = new Set(recordHrefs);
    const missing = content.deklarasi.filter((r) => !inFeed.has(routes.deklarasi(r.id)));
    if (feed.entry.length < FEED_LIMIT) expect(missing.map((r) => r.id)).toEqual([]);
    const oldest = feed.entry.map((e: XmlEntry) => String(e.updated).slice(0, 10)).sort()[0];
    for (const r of missing) expect(r.data.diverifikasi <= oldest, r.id).toBe(true);
    expect(recordHrefs.length + missing.length).toBe(content.deklarasi.length);
  });
});

describe('Data Package and JSON Schema', () => {
  it('datapackage.json describes the CSV columns exactly and points at files that exist', () => {
    const pkg = JSON.parse(readDist(DIST, 'data/datapackage.json'));
    const csvRes = pkg.resources.find((r: { format: string }) => r.format === 'csv');
    const header = Object.keys(
      (parseCsv(readDist(DIST, 'data/deklarasi.csv'), { columns: true, to: 1 }) as Record<string, string>[])[0]!,
    );
    expect(csvRes.schema.fields.map((f: { name: string }) => f.name)).toEqual(header);
    expect(csvRes.schema.primaryKey).toBe('id');
    for (const r of pkg.resources) expect(existsSync(path.join(DIST, 'data', r.path)), r.path).toBe(true);
  });

  it('the published JSON Schema requires the fields every record has', () => {
    const schema = JSON.parse(readDist(DIST, 'data/deklarasi.schema.json'));
    const rec = schema.$defs.rekaman;
    for (const f of ['id', 'judul', 'tanggal', 'kategori', 'sumber', 'diverifikasi']) expect(rec.required).toContain(f);
    const json = JSON.parse(readDist(DIST, 'data/deklarasi.json'));
    for (const r of json.data) for (const f of rec.required) expect(r[f], `${r.id}.${f}`).not.toBeUndefined();
  });

  it.each([
    ['deklarasi', 'rekaman'],
    ['statistik', 'angka'],
  ])('every field of %s.json is declared in its JSON Schema', (name, key) => {
    const declared = new Set(Object.keys(JSON.parse(readDist(DIST, `data/${name}.schema.json`)).$defs[key].properties));
    const used = new Set(
      (JSON.parse(readDist(DIST, `data/${name}.json`)).data as object[]).flatMap((r) => Object.keys(r)),
    );
    expect([...used].filter((k) => !declared.has(k))).toEqual([]);
  });
});

describe('timeline and coverage map', () => {
  it('the timeline has one row per month with the right counts and marks each election wave, other months neutral', () => {
    const doc = page(DIST, '/deklarasi/linimasa/');
    const rows = doc.querySelectorAll('table.timeline tbody tr');
    const expected = monthlyTimeline(content.deklarasi);
    expect(rows.length).toBe(expected.length);
    expect(rows.map((r) => Number(r.querySelector('.n')!.text))).toEqual(expected.map((m) => m.count));
    const waves = electionWaves(content.pemilihan);
    expect(waves.length).toBeGreaterThan(1);
    rows.forEach((tr, i) => {
      const wave = waves.find((w) => expected[i]!.month >= w.from && expected[i]!.month <= w.to);
      expect(tr.classList.contains(`wave-${wave?.kind ?? 'none'}`), expected[i]!.month).toBe(true);
    });
  });

  it('the cartogram has a linked tile for each of the 38 provinces, counts matching the data', () => {
    const doc = page(DIST, '/deklarasi/peta/');
    const tiles = doc.querySelectorAll('svg.cartogram a');
    expect(tiles.length).toBe(38);
    for (const a of tiles) {
      const code = /provinsi\/(\d{2})\//.exec(a.getAttribute('href')!)![1]!;
      const n = content.deklarasi.filter((r) => r.data.wilayah?.startsWith(code)).length;
      expect(a.querySelector('title')?.text, code).toContain(n ? `${n} catatan` : 'belum ada catatan');
    }
    expect(doc.querySelectorAll('script').length).toBe(0);
  });

  it('the province index shows counts and names provinces with none found yet', () => {
    const doc = page(DIST, '/deklarasi/');
    const items = doc.querySelectorAll('.province-list li');
    expect(items.length).toBe(38);
    const empty = items.filter((li) => li.text.includes('belum ada catatan'));
    const covered = new Set(content.deklarasi.flatMap((r) => r.data.wilayah?.slice(0, 2) ?? []));
    expect(empty.length).toBe(38 - covered.size);
  });
});

describe('per-province CSV and the sortable sanction matrix', () => {
  it('each province with records has its own CSV with exactly its rows', () => {
    const provs = [...new Set(content.deklarasi.flatMap((r) => r.data.wilayah?.slice(0, 2) ?? []))];
    for (const p of provs) {
      const rows = parseCsv(readDist(DIST, `data/provinsi/${p}.csv`), { columns: true }) as { id: string }[];
      expect(rows.map((r) => r.id).sort(), p).toEqual(
        content.deklarasi
          .filter((r) => r.data.wilayah?.startsWith(p))
          .map((r) => r.id)
          .sort(),
      );
      expect(page(DIST, routes.provinsi(p)).querySelector(`a[href="/data/provinsi/${p}.csv"]`), p).toBeTruthy();
    }
  });

  it('the sanction matrix is sortable without JavaScript: every order lists every rule, in order', () => {
    // The order of the levels is the vocabulary's (src/collections/sanksi.ts), which now also holds the
    // levels of people who are not PNS (an election official's ethics sanction heads one rule).
    const ORDER: readonly string[] = SANCTION_LEVELS;
    const rows = (p: string) => page(DIST, p).querySelectorAll('table.sanksi-table tbody tr');
    for (const p of ['/sanksi/', '/sanksi/kelompok/', '/sanksi/jenis/', '/sanksi/perbuatan/']) {
      expect(
        rows(p)
          .map((r) => r.getAttribute('data-id'))
          .sort(),
        p,
      ).toEqual(content.larangan.map((l) => l.id).sort());
      expect(page(DIST, p).querySelectorAll('script')).toHaveLength(0);
    }
    const levels = rows('/sanksi/').map((r) => ORDER.indexOf(r.getAttribute('data-tingkat')!));
    expect(levels).toEqual([...levels].sort((a, b) => a - b));
    const titles = rows('/sanksi/perbuatan/').map((r) => r.querySelector('td a')!.text);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'id')));
  });
});
