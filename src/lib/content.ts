// Thin access layer over astro:content; the shaping itself lives in pure modules.
import { getCollection } from 'astro:content';
import type { RegEntry } from './relations.ts';
import type { Deklarasi } from '../schemas/deklarasi.ts';
import type { Larangan } from '../schemas/larangan.ts';
import type { Ikrar } from '../schemas/ikrar.ts';
import type { Glosarium } from '../schemas/glosarium.ts';
import { byDateDesc } from './deklarasi.ts';

export async function getRegulasi(): Promise<(RegEntry & { entry: any })[]> {
  const all = await getCollection('regulasi');
  return all
    .map((e: any) => ({ id: e.id, data: e.data, entry: e }))
    .sort((a, b) => b.data.tahun - a.data.tahun || a.data.judul_singkat.localeCompare(b.data.judul_singkat, 'id'));
}

export async function getDeklarasi(): Promise<{ id: string; data: Deklarasi }[]> {
  const all = await getCollection('deklarasi');
  return all.map((e: any) => ({ id: e.id, data: e.data as Deklarasi })).sort(byDateDesc);
}

export async function getLarangan(): Promise<{ id: string; data: Larangan }[]> {
  const all = await getCollection('larangan');
  return all
    .map((e: any) => ({ id: e.id, data: e.data as Larangan }))
    .sort((a, b) => (a.data.urutan ?? 999) - (b.data.urutan ?? 999) || a.data.judul.localeCompare(b.data.judul, 'id'));
}

export async function getIkrar(): Promise<{ id: string; data: Ikrar }[]> {
  const all = await getCollection('ikrar');
  return all.map((e: any) => ({ id: e.id, data: e.data as Ikrar })).sort((a, b) => a.data.judul.localeCompare(b.data.judul, 'id'));
}

export async function getGlosarium(): Promise<{ id: string; data: Glosarium }[]> {
  const all = await getCollection('glosarium');
  return all.map((e: any) => ({ id: e.id, data: e.data as Glosarium })).sort((a, b) => a.data.istilah.localeCompare(b.data.istilah, 'id'));
}

export async function getPanduan() {
  const all = await getCollection('panduan');
  return all.sort((a: any, b: any) => a.data.urutan - b.data.urutan || a.data.judul.localeCompare(b.data.judul, 'id'));
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

export async function getSkenario() {
  const { SCENARIO_TOPICS } = await import('../schemas/skenario.ts');
  const all = await getCollection('skenario');
  return all
    .map((e: any) => ({ id: e.id as string, data: e.data as import('../schemas/skenario.ts').Skenario }))
    .sort((a, b) => SCENARIO_TOPICS.indexOf(a.data.topik) - SCENARIO_TOPICS.indexOf(b.data.topik) || (a.data.urutan ?? 999) - (b.data.urutan ?? 999) || a.data.pertanyaan.localeCompare(b.data.pertanyaan, 'id'));
}
