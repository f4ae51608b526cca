// The registry of content collections. Everything that needs the list of collections reads it
// here: src/content.config.ts, the typed getters (src/lib/content.ts), the checker
// (src/lib/validate.ts), the test helpers and the MDX link check. Adding a collection means a
// module next to this file and one line below.
import type { z } from 'astro/zod';
import type { CheckContext, Entry } from './common.ts';
import * as regulasi from './regulasi.ts';
import * as larangan from './larangan.ts';
import * as ikrar from './ikrar.ts';
import * as deklarasi from './deklarasi.ts';
import * as glosarium from './glosarium.ts';
import * as panduan from './panduan.ts';
import * as skenario from './skenario.ts';
import * as perubahan from './perubahan.ts';
import * as subjek from './subjek.ts';
import * as pemilihan from './pemilihan.ts';
import * as orang from './orang.ts';
import * as statistik from './statistik.ts';
import * as belumPasti from './belum-pasti.ts';
import * as sinonim from './sinonim.ts';
import { routes } from '../lib/routes.ts';

export const COLLECTIONS = {
  regulasi,
  larangan,
  ikrar,
  deklarasi,
  glosarium,
  panduan,
  skenario,
  perubahan,
  subjek,
  pemilihan,
  orang,
  statistik,
  'belum-pasti': belumPasti,
  sinonim,
} as const;

export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/** Parsed data of one collection's entry (after defaults and preprocessing). */
export type DataOf<C extends CollectionName> = z.output<(typeof COLLECTIONS)[C]['schema']>;
export type ContentData = { [C in CollectionName]: DataOf<C> };
export type EntryOf<C extends CollectionName> = Entry<DataOf<C>>;
export type Ctx = CheckContext<ContentData>;

/**
 * Collections whose entries have a page at <prefix><id>/, for links written inside MDX bodies
 * (`[text](/larangan/a1-…/)`); the checker resolves each such link.
 */
export const LINKED_PAGES: Partial<Record<CollectionName, string>> = {
  regulasi: routes.regulasiIndex(),
  larangan: routes.laranganIndex(),
  ikrar: routes.ikrarIndex(),
  glosarium: routes.glosariumIndex(),
  deklarasi: routes.deklarasiIndex(),
  panduan: routes.panduanIndex(),
};

/** Sorts entries of one collection in its canonical order (a fresh array). */
export function sorted<C extends CollectionName, T extends { id: string; data: unknown }>(
  collection: C,
  entries: readonly T[],
): T[] {
  const cmp = COLLECTIONS[collection].sort as unknown as (a: T, b: T) => number;
  return [...entries].sort(cmp);
}
