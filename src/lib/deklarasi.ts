// Pure shaping of declaration records: sorting, grouping, filters, timeline.
import type { Deklarasi } from '../schemas/deklarasi.ts';
import { provinceOf, regionName, type Regions } from './regions.ts';

export interface Rec { id: string; data: Deklarasi }

export const byDateDesc = (a: Rec, b: Rec) => b.data.tanggal.localeCompare(a.data.tanggal) || a.id.localeCompare(b.id);

export const yearOf = (r: Rec) => r.data.tanggal.slice(0, 4);
export const monthOf = (r: Rec) => r.data.tanggal.slice(0, 7);

export interface ProvinceCount { code: string; name: string; count: number }

/** Every province, with its record count (0 = "belum ada catatan"). */
export function provinceCounts(records: Rec[], regions: Regions): ProvinceCount[] {
  const counts = new Map<string, number>();
  for (const r of records) counts.set(provinceOf(r.data.wilayah), (counts.get(provinceOf(r.data.wilayah)) ?? 0) + 1);
  return [...regions.provinces.values()].map((p) => ({ code: p.code, name: p.name, count: counts.get(p.code) ?? 0 }));
}

/** Regions (regency/city or province level) that have at least one record, with counts. */
export function regionCounts(records: Rec[], regions: Regions) {
  const counts = new Map<string, number>();
  for (const r of records) counts.set(r.data.wilayah, (counts.get(r.data.wilayah) ?? 0) + 1);
  return [...counts.entries()]
    .map(([code, count]) => ({ code, name: regionName(regions, code), provinceCode: provinceOf(code), count }))
    .sort((a, b) => a.code.localeCompare(b.code));
}

/** Records per month from the first to the last month, including empty months. */
export function monthlyTimeline(records: Rec[]): { month: string; count: number }[] {
  if (!records.length) return [];
  const counts = new Map<string, number>();
  for (const r of records) counts.set(monthOf(r), (counts.get(monthOf(r)) ?? 0) + 1);
  const months = [...counts.keys()].sort();
  const out: { month: string; count: number }[] = [];
  let [y, m] = months[0]!.split('-').map(Number) as [number, number];
  const last = months[months.length - 1]!;
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push({ month: key, count: counts.get(key) ?? 0 });
    if (key === last) break;
    m += 1;
    if (m > 12) { m = 1; y += 1; }
  }
  return out;
}

/** Declarations per pledge id. */
export function usageByIkrar(records: Rec[]): Map<string, Rec[]> {
  const map = new Map<string, Rec[]>();
  for (const r of records) if (r.data.ikrar) map.set(r.data.ikrar, [...(map.get(r.data.ikrar) ?? []), r]);
  return map;
}

/** Rows per page of the /deklarasi/ table; keeps every page's size independent of N. */
export const PAGE_SIZE = 100;

/** Compact table index for client-side filtering of /deklarasi/ (loaded only when a filter is used). */
export interface TableIndex {
  wilayah: Record<string, string>;
  kolom: ['id', 'tanggal', 'wilayah', 'kegiatan', 'pemilihan', 'ikrar', 'unit'];
  baris: [string, string, string, string[], string[], string, string][];
}

export function tableIndex(records: Rec[], regions: Regions): TableIndex {
  const wilayah: Record<string, string> = {};
  for (const r of records) {
    wilayah[r.data.wilayah] = regionName(regions, r.data.wilayah);
    wilayah[provinceOf(r.data.wilayah)] = regionName(regions, provinceOf(r.data.wilayah));
  }
  return {
    wilayah,
    kolom: ['id', 'tanggal', 'wilayah', 'kegiatan', 'pemilihan', 'ikrar', 'unit'],
    baris: records.map((r) => [r.id, r.data.tanggal, r.data.wilayah, r.data.jenis_kegiatan, r.data.pemilihan, r.data.ikrar ?? '', r.data.unit ?? '']),
  };
}

export interface TableFilter { provinsi?: string; wilayah?: string; tahun?: string; bulan?: string; kegiatan?: string; pemilihan?: string; ikrar?: string }
export type TableRow = TableIndex['baris'][number];

/** Same filter semantics on server tests and in the browser script. */
export function filterRows(rows: TableRow[], f: TableFilter): TableRow[] {
  return rows.filter(([, tanggal, wilayah, kegiatan, pemilihan, ikrar]) =>
    (!f.provinsi || wilayah.slice(0, 2) === f.provinsi) &&
    (!f.wilayah || wilayah === f.wilayah) &&
    (!f.tahun || tanggal.startsWith(f.tahun)) &&
    (!f.bulan || tanggal.slice(5, 7) === f.bulan) &&
    (!f.kegiatan || kegiatan.includes(f.kegiatan)) &&
    (!f.pemilihan || pemilihan.includes(f.pemilihan)) &&
    (!f.ikrar || (f.ikrar === 'ada' ? ikrar !== '' : ikrar === f.ikrar)),
  );
}

export type SortKey = 'tanggal-desc' | 'tanggal-asc' | 'wilayah-asc' | 'wilayah-desc';
export function sortRows(rows: TableRow[], key: SortKey, names: Record<string, string>): TableRow[] {
  const out = [...rows];
  const byDate = (a: TableRow, b: TableRow) => a[1].localeCompare(b[1]) || a[0].localeCompare(b[0]);
  const byName = (a: TableRow, b: TableRow) => (names[a[2]] ?? a[2]).localeCompare(names[b[2]] ?? b[2], 'id') || byDate(a, b);
  out.sort(key.startsWith('tanggal') ? byDate : byName);
  if (key.endsWith('desc')) out.reverse();
  return out;
}
