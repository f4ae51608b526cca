import type { EntryOf } from '../collections/index.ts';
import { SANCTION_LEVELS as SANCTION_ORDER } from '../collections/sanksi.ts';
import { SITUATION_GROUPS, VIOLATION_KINDS } from '../collections/larangan.ts';

type Item = EntryOf<'larangan'>;
const bySanction = (a: Item, b: Item) =>
  SANCTION_ORDER.indexOf(a.data.sanksi.tingkat) - SANCTION_ORDER.indexOf(b.data.sanksi.tingkat);
const byGroup = (a: Item, b: Item) =>
  SITUATION_GROUPS.indexOf(a.data.kelompok) - SITUATION_GROUPS.indexOf(b.data.kelompok);
const byKind = (a: Item, b: Item) => VIOLATION_KINDS.indexOf(a.data.jenis) - VIOLATION_KINDS.indexOf(b.data.jenis);
const byTitle = (a: Item, b: Item) => a.data.judul.localeCompare(b.data.judul, 'id');

// The matrix can be sorted without JavaScript: each order is its own static page.
export const MATRIX_ORDERS = {
  sanksi: { label: 'sanksi (ringan ke berat)', path: '/sanksi/', cmp: [bySanction, byGroup, byTitle] },
  kelompok: { label: 'kelompok situasi', path: '/sanksi/kelompok/', cmp: [byGroup, bySanction, byTitle] },
  jenis: { label: 'jenis pelanggaran', path: '/sanksi/jenis/', cmp: [byKind, bySanction, byTitle] },
  perbuatan: { label: 'nama perbuatan (A–Z)', path: '/sanksi/perbuatan/', cmp: [byTitle] },
} as const;
export type MatrixOrder = keyof typeof MATRIX_ORDERS;

export function sanctionMatrix<T extends Item>(items: T[], order: MatrixOrder = 'sanksi'): T[] {
  const cmps = MATRIX_ORDERS[order].cmp;
  return [...items].sort((a, b) => {
    for (const c of cmps) {
      const r = c(a, b);
      if (r) return r;
    }
    return 0;
  });
}
