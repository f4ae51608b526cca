import { SITUATIONS } from '../collections/situasi.ts';
import type { EntryOf } from '../collections/index.ts';
import {
  SANCTION_DEFINED_BY,
  SANCTION_LABEL,
  SANCTION_LEVELS as SANCTION_ORDER,
  SANCTION_SHORT,
  type SanctionLevel,
} from '../collections/sanksi.ts';
import { VIOLATION_KINDS } from '../collections/larangan.ts';
import { inSentence } from './text.ts';

type Item = EntryOf<'larangan'>;
const bySanction = (a: Item, b: Item) =>
  SANCTION_ORDER.indexOf(a.data.sanksi.tingkat) - SANCTION_ORDER.indexOf(b.data.sanksi.tingkat);
const byGroup = (a: Item, b: Item) => SITUATIONS.indexOf(a.data.kelompok) - SITUATIONS.indexOf(b.data.kelompok);
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

/** The sanction levels some larangan carries, lightest first. */
export function sanctionLevelsUsed(items: readonly Item[]) {
  return SANCTION_ORDER.filter((t) => items.some((l) => l.data.sanksi.tingkat === t));
}

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

/** One line of an answer's sanction list: the person and, if the content gives one, their sanction. */
export interface PersonSanction {
  subjek: string;
  nama: string;
  tingkat?: SanctionLevel;
}

/**
 * The sanction for each person a scenario applies to, in its order: the main sanction belongs to
 * the first person, `sanksi_lain` gives others theirs; a person without one gets none here (the
 * page then points to that person's page instead of borrowing another person's badge).
 */
export function sanctionsByPerson(
  s: {
    berlaku_untuk: string[];
    sanksi?: SanctionLevel | undefined;
    sanksi_lain: { subjek: string; tingkat: SanctionLevel }[];
  },
  people: { id: string; data: { nama: string } }[],
): PersonSanction[] {
  const names = new Map(people.map((p) => [p.id, p.data.nama]));
  return s.berlaku_untuk.map((id, i) => ({
    subjek: id,
    nama: names.get(id) ?? id,
    tingkat: i === 0 ? s.sanksi : s.sanksi_lain.find((x) => x.subjek === id)?.tingkat,
  }));
}

/**
 * The people of a sanction list grouped by level, in first-appearance order ("PNS: berat";
 * "PPPK, PPPK paruh waktu: disiplin PPPK"): a slide names each person's sanction in one or two lines
 * instead of showing the first person's for everyone. People without a level form their own group.
 */
export function sanctionGroups(
  list: readonly PersonSanction[],
): { tingkat?: SanctionLevel; names: string[]; ids: string[] }[] {
  const groups: { tingkat?: SanctionLevel; names: string[]; ids: string[] }[] = [];
  for (const p of list) {
    const g = groups.find((x) => x.tingkat === p.tingkat);
    if (g) {
      g.names.push(p.nama);
      g.ids.push(p.subjek);
    } else groups.push({ ...(p.tingkat ? { tingkat: p.tingkat } : {}), names: [p.nama], ids: [p.subjek] });
  }
  return groups;
}

/** A sanction list in one line: "PNS, Pj kepala daerah: Hukuman disiplin sedang · PPPK, PPPK paruh waktu: …". */
export const sanctionSummary = (list: readonly PersonSanction[]) =>
  sanctionGroups(list)
    .map((g) => `${g.names.join(', ')}: ${g.tingkat ? SANCTION_LABEL[g.tingkat] : 'lihat jawaban lengkap'}`)
    .join(' · ');

/**
 * Each person's sanction in one short line, for search results: the first level in full with whom
 * it is for, the others short ("Hukuman disiplin berat (PNS); PPPK, PPPK paruh waktu: disiplin PPPK").
 */
export function sanctionLine(list: readonly PersonSanction[]): string {
  const [head, ...rest] = sanctionGroups(list);
  if (!head) return '';
  const who = (names: string[]) => names.map(inSentence).join(', ');
  return [
    `${head.tingkat ? SANCTION_LABEL[head.tingkat] : 'Lihat halamannya'} (${who(head.names)})`,
    ...rest.map((g) => `${who(g.names)}: ${g.tingkat ? SANCTION_SHORT[g.tingkat] : 'lihat halamannya'}`),
  ].join('; ');
}

/** The sanction fields of a larangan. */
type RuleSanctions = {
  berlaku_untuk: string[];
  sanksi: { tingkat: SanctionLevel };
  sanksi_lain: { subjek: string; tingkat: SanctionLevel }[];
};

/**
 * What the printed sheets, which give one sanction per rule, say about whose it is: PNS, except on
 * rules that bind someone else first (named from content), and what PPPK get (true while every rule
 * passes pppkAsNoted, which a unit test checks).
 */
export function sheetSanctionNote(
  rules: readonly { data: { berlaku_untuk: string[] } }[],
  people: readonly { id: string; data: { nama: string } }[],
): string {
  const others = [...new Set(rules.map((l) => l.data.berlaku_untuk[0] ?? 'pns'))].filter((id) => id !== 'pns');
  const names = others.map((id) => inSentence(people.find((p) => p.id === id)?.data.nama ?? id));
  const except = names.length ? ` (pada larangan khusus ${names.join(' dan ')}: sanksi bagi mereka)` : '';
  return `Sanksi di sini adalah sanksi bagi PNS${except}. PPPK dan PPPK paruh waktu: pidana dan PTDH sama, selebihnya hukuman disiplin menurut PP 49/2018 dan perjanjian kerja.`;
}

/**
 * Whether a rule gives PPPK the sanction the printed sheet's note promises: the PNS level when it is a
 * crime or PTDH, else PPPK discipline (PP 49/2018). The A4 sheet prints the PNS sanction only.
 */
export function pppkAsNoted(l: RuleSanctions): boolean {
  if (l.berlaku_untuk[0] !== 'pns') return true;
  const same = l.sanksi.tingkat === 'pidana' || l.sanksi.tingkat === 'ptdh';
  return ['pppk', 'pppk-paruh-waktu']
    .filter((id) => l.berlaku_untuk.includes(id))
    .every((id) => l.sanksi_lain.find((x) => x.subjek === id)?.tingkat === (same ? l.sanksi.tingkat : 'disiplin-pppk'));
}

/** A larangan's sanction for each person it binds: the main one for the first person, `sanksi_lain` for others. */
export const laranganSanctions = (
  l: RuleSanctions,
  people: { id: string; data: { nama: string } }[],
): PersonSanction[] =>
  sanctionsByPerson({ berlaku_untuk: l.berlaku_untuk, sanksi: l.sanksi.tingkat, sanksi_lain: l.sanksi_lain }, people);

/** The provisions that say what a sanction level consists of (their text comes from content/regulasi). */
export function sanctionMeaning(level: SanctionLevel, regs: EntryOf<'regulasi'>[]) {
  return (SANCTION_DEFINED_BY[level] ?? []).flatMap((ref) => {
    const p = regs.find((r) => r.id === ref.regulasi)?.data.pasal.find((x) => x.anchor === ref.pasal);
    return p ? [{ ref, inti: p.inti }] : [];
  });
}
type Ref = Item['data']['sanksi']['dasar'][number];
const refKey = (r: Ref) => `${r.regulasi}#${r.pasal ?? ''}`;

/**
 * Each sanction level once, for the top of the matrix: its standard description (the `uraian`
 * most rows of that level share, when at least two do), the basis every row of the level cites
 * (when at least two rows), and how many rules carry it.
 */
export function sanctionLevels<T extends Item>(items: T[]) {
  return SANCTION_ORDER.flatMap((level) => {
    const xs = items.filter((l) => l.data.sanksi.tingkat === level);
    if (!xs.length) return [];
    const counts = new Map<string, number>();
    for (const l of xs) counts.set(l.data.sanksi.uraian, (counts.get(l.data.sanksi.uraian) ?? 0) + 1);
    const [text, n] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    const shared =
      xs.length < 2
        ? []
        : xs[0]!.data.sanksi.dasar.filter((r) =>
            xs.every((l) => l.data.sanksi.dasar.some((x) => refKey(x) === refKey(r))),
          );
    return [{ level, standard: n >= 2 ? text : undefined, sharedBasis: shared, count: xs.length }];
  });
}

/** A row's basis without the references its level already lists at the top. */
export const ownBasis = (dasar: Ref[], shared: Ref[]) =>
  dasar.filter((r) => !shared.some((x) => refKey(x) === refKey(r)));

/**
 * What a row adds to its level's standard description: nothing, or the sentences that differ. A row
 * that shares whole opening sentences with the standard (already shown at the top) shows only the
 * rest, so no description is printed twice.
 */
export function sanctionNote(uraian: string, standard: string | undefined): string | undefined {
  if (!standard) return uraian;
  if (uraian === standard) return undefined;
  const sentences = (t: string) => t.match(/[^.]+(?:\.|$)\s*/g) ?? [t];
  const mine = sentences(uraian);
  const theirs = sentences(standard);
  let k = 0;
  while (k < mine.length && k < theirs.length && mine[k]!.trim() === theirs[k]!.trim()) k++;
  const rest = mine.slice(k).join('').trim();
  return rest || undefined;
}
