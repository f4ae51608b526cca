// Pure shaping of declaration records: sorting, grouping, filters, timeline.
import type { EntryOf } from '../collections/index.ts';
import { provinceOf, regionName, type Regions } from './regions.ts';
import { EVENT_LABEL, RECORD_KIND_LABEL } from '../collections/deklarasi.ts';
import { ELECTIONS, ELECTION_LABEL, type Election } from '../collections/pemilihan.ts';
import { newestVerified } from './dates.ts';

export type Rec = EntryOf<'deklarasi'>;

/** Group key and label of national events, which belong to no province. */
export const NATIONAL = 'nasional';
export const NATIONAL_LABEL = 'Nasional';

/** Province code of a record, or NATIONAL for a national event. */
export const provinceKey = (r: Rec) => (r.data.wilayah ? provinceOf(r.data.wilayah) : NATIONAL);

/** Where a record belongs: its Kemendagri code and name, or the national level. */
export function placeOf(r: Rec, regions: Regions): { code: string | undefined; name: string } {
  const code = r.data.wilayah;
  return { code, name: code ? regionName(regions, code) : NATIONAL_LABEL };
}

/** Province name of a record ("Nasional" for national events). */
export const provinceName = (r: Rec, regions: Regions) =>
  r.data.wilayah ? regionName(regions, provinceOf(r.data.wilayah)) : NATIONAL_LABEL;

export const yearOf = (r: Rec) => r.data.tanggal.slice(0, 4);
export const monthOf = (r: Rec) => r.data.tanggal.slice(0, 7);

export interface ProvinceCount {
  code: string;
  name: string;
  count: number;
}

function countBy(records: Rec[], key: (r: Rec) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of records) {
    const k = key(r);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

/** Every province, with its record count (0 = "belum ada catatan"). */
export function provinceCounts(records: Rec[], regions: Regions): ProvinceCount[] {
  const counts = countBy(records, provinceKey);
  return [...regions.provinces.values()].map((p) => ({ code: p.code, name: p.name, count: counts.get(p.code) ?? 0 }));
}

/** Regions (regency/city or province level) that have at least one record, with counts. */
export function regionCounts(records: Rec[], regions: Regions) {
  return [
    ...countBy(
      records.filter((r) => r.data.wilayah),
      (r) => r.data.wilayah!,
    ).entries(),
  ]
    .map(([code, count]) => ({ code, name: regionName(regions, code), provinceCode: provinceOf(code), count }))
    .sort((a, b) => a.code.localeCompare(b.code));
}

/** Records per month from the first to the last month, including empty months. */
export function monthlyTimeline(records: Rec[]): { month: string; count: number }[] {
  if (!records.length) return [];
  const counts = countBy(records, monthOf);
  const months = [...counts.keys()].sort();
  const out: { month: string; count: number }[] = [];
  let [y, m] = months[0]!.split('-').map(Number) as [number, number];
  const last = months[months.length - 1]!;
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push({ month: key, count: counts.get(key) ?? 0 });
    if (key === last) break;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

/**
 * For each month, the table page (1-based, `size` rows per page) where its first record is, given
 * records in table order (newest first): the timeline links each month to that page.
 */
export function monthPages(records: Rec[], size = PAGE_SIZE): Map<string, number> {
  const out = new Map<string, number>();
  records.forEach((r, i) => {
    if (!out.has(monthOf(r))) out.set(monthOf(r), Math.floor(i / size) + 1);
  });
  return out;
}

/** The anchor of a month in the records table: "bulan-2024-10". */
export const monthAnchor = (month: string) => `bulan-${month}`;

/** Declarations per pledge id. */
export function usageByIkrar(records: Rec[]): Map<string, Rec[]> {
  return groupBy(
    records.filter((r) => r.data.ikrar),
    (r) => r.data.ikrar!,
  );
}

/** Uses an ikrar page links (the newest); it counts every use and sends the rest to search, so it does not grow with N. */
export const IKRAR_USES_SHOWN = 20;

/** Rows per page of the /deklarasi/ table; keeps every page's size independent of N. */
export const PAGE_SIZE = 100;

/** The Pagefind filters of one record; the /deklarasi/ filter form offers their union (filterOptions). */
export interface RecordFilters {
  kategori: string;
  sumber: string;
  provinsi: string;
  tahun: string;
  kegiatan: string[];
  pemilihan: string[];
  ikrar?: string | undefined;
}

export function recordFilters(r: Rec, regions: Regions, ikrarTitles: Map<string, string>): RecordFilters {
  return {
    kategori: RECORD_KIND_LABEL[r.data.kategori],
    sumber: sourceBucket(r),
    provinsi: provinceName(r, regions),
    tahun: yearOf(r),
    kegiatan: r.data.jenis_kegiatan.map((k) => EVENT_LABEL[k]),
    pemilihan: r.data.pemilihan.map((p) => ELECTION_LABEL[p]),
    ikrar: r.data.ikrar ? ikrarTitles.get(r.data.ikrar) : undefined,
  };
}

/** Values for the /deklarasi/ filter form: every value some record gives Pagefind (recordFilters). */
export interface FilterOptions {
  kategori: string[];
  sumber: string[];
  provinsi: string[];
  tahun: string[];
  kegiatan: string[];
  pemilihan: string[];
  ikrar: string[];
}

export function filterOptions(records: Rec[], regions: Regions, ikrarTitles: Map<string, string>): FilterOptions {
  const sets: { [K in keyof FilterOptions]: Set<string> } = {
    kategori: new Set(),
    sumber: new Set(),
    provinsi: new Set(),
    tahun: new Set(),
    kegiatan: new Set(),
    pemilihan: new Set(),
    ikrar: new Set(),
  };
  for (const r of records) {
    const f = recordFilters(r, regions, ikrarTitles);
    sets.kategori.add(f.kategori);
    sets.sumber.add(f.sumber);
    sets.provinsi.add(f.provinsi);
    sets.tahun.add(f.tahun);
    for (const k of f.kegiatan) sets.kegiatan.add(k);
    for (const p of f.pemilihan) sets.pemilihan.add(p);
    if (f.ikrar) sets.ikrar.add(f.ikrar);
  }
  const az = (xs: Set<string>) => [...xs].sort((a, b) => a.localeCompare(b, 'id'));
  return {
    kategori: az(sets.kategori),
    sumber: az(sets.sumber),
    provinsi: az(sets.provinsi),
    tahun: [...sets.tahun].sort().reverse(),
    kegiatan: az(sets.kegiatan),
    pemilihan: az(sets.pemilihan),
    ikrar: az(sets.ikrar),
  };
}

/** Splits a list into pages of PAGE_SIZE (at least one page, possibly empty). */
export function paginate<T>(items: T[], size = PAGE_SIZE): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages.length ? pages : [[]];
}

/** Records grouped by a key, each group keeping the input order (newest first). */
export function groupBy(records: Rec[], key: (r: Rec) => string): Map<string, Rec[]> {
  const out = new Map<string, Rec[]>();
  for (const r of records) {
    const k = key(r);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}

/** One table page of one group (a province or a region): what its static route needs. */
/** `latest` is '' for a group without records (Base shows no verification date then). */
export type GroupPage = { kode: string; n: number; pages: number; rows: Rec[]; total: number; latest: string };

/** Every table page of every group, PAGE_SIZE rows each; a group without records still gets its page. */
export function groupPages(groups: Iterable<[string, Rec[]]>): GroupPage[] {
  return [...groups].flatMap(([kode, records]) => {
    const pages = paginate(records);
    const latest = newestVerified(records) ?? '';
    return pages.map((rows, i) => ({ kode, n: i + 1, pages: pages.length, rows, total: records.length, latest }));
  });
}

export { pageParam } from './routes.ts';

/** Outlets count once however many of their pages a record cites ("ANTARA NTT" and "ANTARA" are one). */
const outletKey = (media: string) =>
  media
    .toLowerCase()
    .replace(/\(.*?\)/g, '')
    .replace(/\b(antara|tribun|kompas|detik|radar|suara|pikiran rakyat|jpnn|rri|infopublik)\b.*$/, '$1')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** How many independent outlets confirm a record (sources from the same outlet count once). */
export const independentSources = (r: Rec) => new Set(r.data.sumber.map((s) => outletKey(s.media))).size;

/** Whether every source of a record is the organiser's own site. */
export const organiserOnly = (r: Rec) => r.data.sumber.every((s) => s.milik_penyelenggara);

/** Sources of a record whose real headline no copy showed. */
export const untitledSources = (r: Rec) => r.data.sumber.filter((s) => !s.judul);

/** The filter value for how well a record is sourced: "1 sumber" or "2+ sumber". */
export const sourceBucket = (r: Rec) => (independentSources(r) >= 2 ? '2 sumber atau lebih' : '1 sumber');

/** Record counts per election, in the elections' order; a record for two elections counts in both. */
export function countsByElection(records: Rec[]): { election: Election; count: number }[] {
  const counts = new Map<Election, number>();
  for (const r of records) for (const p of r.data.pemilihan) counts.set(p, (counts.get(p) ?? 0) + 1);
  return ELECTIONS.filter((e) => counts.has(e)).map((e) => ({ election: e, count: counts.get(e)! }));
}

/** What the data-quality page lists, per record. */
export interface QualityFlags {
  oneSource: boolean;
  approximateDate: boolean;
  noPledge: boolean;
  organiserOnly: boolean;
  untitled: boolean;
}
export function qualityFlags(r: Rec): QualityFlags {
  return {
    oneSource: independentSources(r) < 2,
    approximateDate: r.data.presisi_tanggal !== 'hari',
    noPledge: r.data.kategori === 'terkait',
    organiserOnly: organiserOnly(r),
    untitled: untitledSources(r).length > 0,
  };
}

export interface Role {
  tanggal: string;
  jabatan: string;
  nama: string;
  place: string;
  id: string;
}

/**
 * Every official's roles over time as the records print them, oldest first, with the record ids:
 * one pass over the records (asking per official scanned all 10,000 records 150 times, ~1 s).
 */
export function rolesByPerson(records: Rec[], regions: Regions): Map<string, Role[]> {
  const out = new Map<string, Role[]>();
  for (const r of records)
    for (const p of r.data.pejabat) {
      if (!p.orang) continue;
      const list = out.get(p.orang) ?? [];
      list.push({
        tanggal: r.data.tanggal,
        jabatan: p.jabatan,
        nama: p.nama,
        place: placeOf(r, regions).name,
        id: r.id,
      });
      out.set(p.orang, list);
    }
  for (const list of out.values()) list.sort((a, b) => a.tanggal.localeCompare(b.tanggal) || a.id.localeCompare(b.id));
  return out;
}

/** Child events of each record (records whose `induk` names it). */
export function childrenOf(records: Rec[]): Map<string, Rec[]> {
  return groupBy(
    records.filter((r) => r.data.induk),
    (r) => r.data.induk!,
  );
}
