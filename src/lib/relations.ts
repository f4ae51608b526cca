// The relation graph between instruments. Status banners and "dicabut oleh / mencabut"
// links are derived here from `status` + `relasi`, never written per page.
import type { Regulasi } from '../collections/regulasi.ts';
import type { EntryOf } from '../collections/index.ts';
import type { LegalRef } from '../collections/common.ts';
import { RELATION_LABEL } from '../collections/regulasi.ts';
import { byId } from './lookup.ts';

type Reg = EntryOf<'regulasi'>;

export interface RelationLink {
  label: string;
  kind: string;
  direction: 'forward' | 'inverse';
  target: string;
  pasal?: string;
  catatan?: string;
}

/** Outgoing relations as written plus incoming ones, inverted. */
export function relationsOf(id: string, all: EntryOf<'regulasi'>[]): RelationLink[] {
  const self = byId(all).get(id);
  const out: RelationLink[] = (self?.data.relasi ?? []).map((r) => ({
    label: RELATION_LABEL[r.jenis]!.forward,
    kind: r.jenis,
    direction: 'forward',
    target: r.regulasi,
    pasal: r.pasal,
    catatan: r.catatan,
  }));
  for (const other of all) {
    for (const r of other.data.relasi) {
      if (r.regulasi !== id) continue;
      out.push({
        label: RELATION_LABEL[r.jenis]!.inverse,
        kind: r.jenis,
        direction: 'inverse',
        target: other.id,
        pasal: r.pasal,
        catatan: r.catatan,
      });
    }
  }
  return out;
}

/** Instruments that revoke `id`. */
export const revokersOf = (id: string, all: EntryOf<'regulasi'>[]) =>
  all.filter((o) => o.data.relasi.some((r) => r.jenis === 'mencabut' && r.regulasi === id)).map((o) => o.id);

/** Instruments that amend `id`. */
export const amendersOf = (id: string, all: EntryOf<'regulasi'>[]) =>
  all.filter((o) => o.data.relasi.some((r) => r.jenis === 'mengubah' && r.regulasi === id)).map((o) => o.id);

export interface StatusNotice {
  status: Regulasi['status'];
  /** Instruments responsible for the status (revoking/amending). */
  by: string[];
  /** For a cited provision of a revoked instrument: where the rule continues. */
  successor?: LegalRef;
  note?: string;
}

/** Banner data for an instrument (or one of its provisions); null when simply in force. */
export function statusNotice(ref: LegalRef, all: EntryOf<'regulasi'>[]): StatusNotice | null {
  const reg = byId(all).get(ref.regulasi);
  if (!reg) return null;
  const { status, status_catatan } = reg.data;
  if (status === 'berlaku' && !status_catatan) return null;
  const provision = ref.pasal ? reg.data.pasal.find((p) => p.anchor === ref.pasal) : undefined;
  return {
    status,
    by: status === 'dicabut' ? revokersOf(reg.id, all) : status === 'diubah' ? amendersOf(reg.id, all) : [],
    successor: provision?.dilanjutkan_oleh,
    note: status_catatan,
  };
}

/** All status notices for a list of citations, one per revoked/amended instrument+provision. */
export function noticesFor(refs: LegalRef[], all: EntryOf<'regulasi'>[]) {
  const seen = new Set<string>();
  const out: { ref: LegalRef; notice: StatusNotice }[] = [];
  for (const ref of refs) {
    const notice = statusNotice(ref, all);
    if (!notice || notice.status === 'berlaku') continue;
    // A revoked instrument gets one notice per cited provision (each names its own successor); an
    // amended one gets one notice for the instrument: the amendment may not touch the cited pasal,
    // and the instrument's page says what changed.
    const whole = notice.status !== 'dicabut';
    const key = whole ? ref.regulasi : `${ref.regulasi}#${ref.pasal ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      ref: whole ? { regulasi: ref.regulasi } : ref,
      notice: whole ? { ...notice, successor: undefined } : notice,
    });
  }
  return out;
}

/** A regulation's short title ("PP 94/2021"), or the id when it does not exist. */
export const shortTitle = (id: string, all: readonly Reg[]) => byId(all).get(id)?.data.judul_singkat ?? id;

/** The provision a reference points at, if the regulation has it. */
export function provisionOf(ref: LegalRef, all: readonly Reg[]) {
  return ref.pasal
    ? byId(all)
        .get(ref.regulasi)
        ?.data.pasal.find((p) => p.anchor === ref.pasal)
    : undefined;
}

/** "PP 94/2021 Pasal 5 huruf n" */
export function citationLabel(ref: LegalRef, all: readonly Reg[]): string {
  const reg = byId(all).get(ref.regulasi);
  if (!reg) return ref.regulasi;
  const p = provisionOf(ref, all);
  return p ? `${reg.data.judul_singkat} ${p.label}` : reg.data.judul_singkat;
}

/** "Pasal 5 huruf n": a provision named within its own regulation's page (the short title when unknown). */
export function provisionLabel(ref: LegalRef, all: readonly Reg[]): string {
  return provisionOf(ref, all)?.label ?? citationLabel(ref, all);
}

/**
 * The subject of a regulation's full title, for its page heading: "Undang-Undang Nomor 20 Tahun
 * 2023 tentang Aparatur Sipil Negara" → "Aparatur Sipil Negara". A title without "tentang" stays whole.
 */
export const titleSubject = (judul: string) => judul.replace(/^.*?tentang\s+/i, '');

/** Larangan entries that rest on a regulation (in their prohibition or their sanction basis), in their order. */
export function citingLarangan<T extends EntryOf<'larangan'>>(regulasi: string, larangan: readonly T[]): T[] {
  return larangan.filter((l) => [...l.data.dasar_hukum, ...l.data.sanksi.dasar].some((r) => r.regulasi === regulasi));
}

/** Site path for a citation: /regulasi/<id>/#<anchor> (without base). */
export { citationPath } from './routes.ts';
