import type { Larangan } from '../schemas/larangan.ts';
import { SANCTION_ORDER } from './labels.ts';

/** Larangan ordered lightest sanction first, then by group and title. */
export function sanctionMatrix<T extends { id: string; data: Larangan }>(items: T[]): T[] {
  return [...items].sort(
    (a, b) =>
      SANCTION_ORDER.indexOf(a.data.sanksi.tingkat) - SANCTION_ORDER.indexOf(b.data.sanksi.tingkat) ||
      a.data.kelompok.localeCompare(b.data.kelompok) ||
      a.data.judul.localeCompare(b.data.judul, 'id'),
  );
}
