// Shaping for the one-page handout /cetak/boleh-dan-tidak/ (what an ASN may and may not do).
import { SITUATIONS } from '../collections/situasi.ts';
import type { EntryOf } from '../collections/index.ts';
import type { LegalRef } from '../collections/common.ts';
import { ANNEX_REGULATION } from '../collections/larangan.ts';
import { citationLabel } from './relations.ts';

/** A scenario question as a plain statement: "Bolehkah saya mencoblos di TPS?" → "Mencoblos di TPS". */
export function asStatement(question: string): string {
  const t = question
    .trim()
    .replace(/^Bolehkah\s+(saya\s+)?/i, '')
    .replace(/\?$/, '');
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/**
 * The one citation printed next to an item. On paper the statute or PP pasal is the most useful:
 * the first reference with a pasal outside the joint decree; else the decree's annex item
 * ("SKB 2022 A.3"); else the first reference.
 */
export function shortBasis(
  refs: readonly LegalRef[],
  regs: readonly EntryOf<'regulasi'>[],
  skb?: { bagian: string; nomor: number },
): string {
  const r = refs.find((x) => x.pasal && x.regulasi !== ANNEX_REGULATION);
  if (r) return citationLabel(r, regs);
  if (skb) return `SKB 2022 ${skb.bagian}.${skb.nomor}`;
  return refs[0] ? citationLabel(refs[0], regs) : '';
}

/** Larangan grouped by situation, groups in their fixed order, empty groups left out. */
export function bySituation<T extends EntryOf<'larangan'>>(
  larangan: readonly T[],
): { group: T['data']['kelompok']; items: T[] }[] {
  return SITUATIONS.map((group) => ({ group, items: larangan.filter((l) => l.data.kelompok === group) })).filter(
    (g) => g.items.length > 0,
  );
}
