// Thin access layer over astro:content; the shaping itself lives in pure modules.
import { getCollection } from 'astro:content';
import type { RegEntry } from './relations.ts';
import type { Deklarasi } from '../schemas/deklarasi.ts';
import type { Larangan } from '../schemas/larangan.ts';
import type { Ikrar } from '../schemas/ikrar.ts';
import type { Glosarium } from '../schemas/glosarium.ts';
import { byDateDesc } from './deklarasi.ts';

// A static build renders every page in one process and the collections never change during it,
// so each collection is read and sorted once (pages call these per page: at 10,000 records the
// ~550 region pages alone spent ~7 s re-reading and re-sorting). Callers get a fresh array each
// time, so sorting or filtering it in place stays safe. `astro dev` reads fresh on every call.
const memo = new Map<string, Promise<unknown>>();
async function once<T>(key: string, load: () => Promise<T[]>): Promise<T[]> {
  if (!import.meta.env.PROD) return load();
  let p = memo.get(key) as Promise<T[]> | undefined;
  if (!p) {
    p = load();
    memo.set(key, p);
  }
  return [...(await p)];
}

export function getRegulasi(): Promise<(RegEntry & { entry: any })[]> {
  return once('regulasi', async () =>
    (await getCollection('regulasi'))
      .map((e: any) => ({ id: e.id, data: e.data, entry: e }))
      .sort((a, b) => b.data.tahun - a.data.tahun || a.data.judul_singkat.localeCompare(b.data.judul_singkat, 'id')),
  );
}

export function getDeklarasi(): Promise<{ id: string; data: Deklarasi }[]> {
  return once('deklarasi', async () =>
    (await getCollection('deklarasi')).map((e: any) => ({ id: e.id, data: e.data as Deklarasi })).sort(byDateDesc),
  );
}

export function getLarangan(): Promise<{ id: string; data: Larangan }[]> {
  return once('larangan', async () =>
    (await getCollection('larangan'))
      .map((e: any) => ({ id: e.id, data: e.data as Larangan }))
      .sort((a, b) => (a.data.urutan ?? 999) - (b.data.urutan ?? 999) || a.data.judul.localeCompare(b.data.judul, 'id')),
  );
}

export function getIkrar(): Promise<{ id: string; data: Ikrar }[]> {
  return once('ikrar', async () =>
    (await getCollection('ikrar')).map((e: any) => ({ id: e.id, data: e.data as Ikrar })).sort((a, b) => a.data.judul.localeCompare(b.data.judul, 'id')),
  );
}

export function getGlosarium(): Promise<{ id: string; data: Glosarium }[]> {
  return once('glosarium', async () =>
    (await getCollection('glosarium')).map((e: any) => ({ id: e.id, data: e.data as Glosarium })).sort((a, b) => a.data.istilah.localeCompare(b.data.istilah, 'id')),
  );
}

export function getPanduan() {
  return once('panduan', async () =>
    (await getCollection('panduan')).sort((a: any, b: any) => a.data.urutan - b.data.urutan || a.data.judul.localeCompare(b.data.judul, 'id')),
  );
}

let matcher: Promise<import('./glossary.ts').Matcher | null> | undefined;
/** One glossary matcher per build. */
export function getGlossaryMatcher() {
  matcher ??= (async () => {
    const { buildMatcher } = await import('./glossary.ts');
    const terms = await getGlosarium();
    return buildMatcher(terms.map((t) => ({ id: t.id, istilah: t.data.istilah, alias: t.data.alias, kepanjangan: t.data.kepanjangan, auto: t.data.tautan_otomatis })));
  })();
  return matcher;
}

export function getSkenario(): Promise<{ id: string; data: import('../schemas/skenario.ts').Skenario }[]> {
  return once('skenario', async () => {
    const { SCENARIO_TOPICS } = await import('../schemas/skenario.ts');
    const all = await getCollection('skenario');
    return all
      .map((e: any) => ({ id: e.id as string, data: e.data as import('../schemas/skenario.ts').Skenario }))
      .sort((a, b) => SCENARIO_TOPICS.indexOf(a.data.topik) - SCENARIO_TOPICS.indexOf(b.data.topik) || (a.data.urutan ?? 999) - (b.data.urutan ?? 999) || a.data.pertanyaan.localeCompare(b.data.pertanyaan, 'id'));
  });
}
