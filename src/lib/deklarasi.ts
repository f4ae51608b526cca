// Pure shaping of declaration records: sorting, grouping, filters, timeline.
import type { EntryOf } from '../collections/index.ts';
import { provinceOf, regionName, type Regions } from './regions.ts';
import { ELECTION_LABEL, EVENT_LABEL } from '../collections/deklarasi.ts';
import { newestVerified } from './dates.ts';

export type Rec = EntryOf<'deklarasi'>;

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
  const counts = countBy(records, (r) => provinceOf(r.data.wilayah));
  return [...regions.provinces.values()].map((p) => ({ code: p.code, name: p.name, count: counts.get(p.code) ?? 0 }));
}

/** Regions (regency/city or province level) that have at least one record, with counts. */
export function regionCounts(records: Rec[], regions: Regions) {
  return [...countBy(records, (r) => r.data.wilayah).entries()]
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

/** Declarations per pledge id. */
export function usageByIkrar(records: Rec[]): Map<string, Rec[]> {
  return groupBy(
    records.filter((r) => r.data.ikrar),
    (r) => r.data.ikrar!,
  );
}

/** Rows per page of the /deklarasi/ table; keeps every page's size independent of N. */
export const PAGE_SIZE = 100;

/** The Pagefind filters of one record; the /deklarasi/ filter form offers their union (filterOptions). */
export interface RecordFilters {
  provinsi: string;
  tahun: string;
  kegiatan: string[];
  pemilihan: string[];
  ikrar?: string | undefined;
}

export function recordFilters(r: Rec, regions: Regions, ikrarTitles: Map<string, string>): RecordFilters {
  return {
    provinsi: regionName(regions, provinceOf(r.data.wilayah)),
    tahun: yearOf(r),
    kegiatan: r.data.jenis_kegiatan.map((k) => EVENT_LABEL[k]),
    pemilihan: r.data.pemilihan.map((p) => ELECTION_LABEL[p]),
    ikrar: r.data.ikrar ? ikrarTitles.get(r.data.ikrar) : undefined,
  };
}

/** Values for the /deklarasi/ filter form: every value some record gives Pagefind (recordFilters). */
export interface FilterOptions {
  provinsi: string[];
  tahun: string[];
  kegiatan: string[];
  pemilihan: string[];
  ikrar: string[];
}

export function filterOptions(records: Rec[], regions: Regions, ikrarTitles: Map<string, string>): FilterOptions {
  const sets = {
    provinsi: new Set<string>(),
    tahun: new Set<string>(),
    kegiatan: new Set<string>(),
    pemilihan: new Set<string>(),
    ikrar: new Set<string>(),
  };
  for (const r of records) {
    const f = recordFilters(r, regions, ikrarTitles);
    sets.provinsi.add(f.provinsi);
    sets.tahun.add(f.tahun);
    for (const k of f.kegiatan) sets.kegiatan.add(k);
    for (const p of f.pemilihan) sets.pemilihan.add(p);
    if (f.ikrar) sets.ikrar.add(f.ikrar);
  }
  const az = (xs: Set<string>) => [...xs].sort((a, b) => a.localeCompare(b, 'id'));
  return {
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
