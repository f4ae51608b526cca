// Thin access layer over astro:content; the shaping itself lives in pure modules, and each
// collection's order in its module (src/collections/<name>.ts, `sort`).
import { getCollection, type CollectionEntry } from 'astro:content';
import { sorted, type CollectionName } from '../collections/index.ts';
import type { Matcher } from './glossary.ts';

// A static build renders every page in one process and the collections never change during it,
// so each collection is read and sorted once (pages call these per page: at 10,000 records the
// ~550 region pages alone spent ~7 s re-reading and re-sorting). Callers get a fresh array each
// time, so sorting or filtering it in place stays safe. `astro dev` reads fresh on every call.
const memo = new Map<CollectionName, Promise<unknown[]>>();

/** Every entry of a collection, in the collection's order. */
export async function getAll<C extends CollectionName>(collection: C): Promise<CollectionEntry<C>[]> {
  const load = async () => sorted(collection, (await getCollection(collection)) as CollectionEntry<C>[]);
  if (!import.meta.env.PROD) return load();
  let p = memo.get(collection);
  if (!p) {
    p = load();
    memo.set(collection, p);
  }
  return [...((await p) as CollectionEntry<C>[])];
}

export const getRegulasi = () => getAll('regulasi');
export const getLarangan = () => getAll('larangan');
export const getIkrar = () => getAll('ikrar');
export const getDeklarasi = () => getAll('deklarasi');
export const getGlosarium = () => getAll('glosarium');
export const getPanduan = () => getAll('panduan');
export const getSkenario = () => getAll('skenario');
export const getPerubahan = () => getAll('perubahan');
export const getSubjek = () => getAll('subjek');
export const getPemilihan = () => getAll('pemilihan');
export const getOrang = () => getAll('orang');
export const getStatistik = () => getAll('statistik');
export const getBelumPasti = () => getAll('belum-pasti');
export const getSinonim = () => getAll('sinonim');

let matcher: Promise<Matcher | null> | undefined;
/** One glossary matcher per build. */
export function getGlossaryMatcher() {
  matcher ??= (async () => {
    const { buildMatcher } = await import('./glossary.ts');
    const terms = await getGlosarium();
    return buildMatcher(
      terms.map((t) => ({
        id: t.id,
        istilah: t.data.istilah,
        alias: t.data.alias,
        kepanjangan: t.data.kepanjangan,
        auto: t.data.tautan_otomatis,
      })),
    );
  })();
  return matcher;
}

let names: Promise<Map<string, string[]>> | undefined;
/** Site path → the names the page is known by (src/lib/search-names.ts), once per build. */
export function getSearchNames() {
  const load = async () => {
    const [{ searchNames }, { loadRegions }] = await Promise.all([import('./search-names.ts'), import('./regions.ts')]);
    const [glosarium, ikrar, subjek, pemilihan, orang, regulasi, sinonim, deklarasi, regions] = await Promise.all([
      getGlosarium(),
      getIkrar(),
      getSubjek(),
      getPemilihan(),
      getOrang(),
      getRegulasi(),
      getSinonim(),
      getDeklarasi(),
      loadRegions(),
    ]);
    const regionPages = [...new Set(deklarasi.flatMap((r) => (r.data.wilayah?.length === 5 ? [r.data.wilayah] : [])))];
    return searchNames({ glosarium, ikrar, subjek, pemilihan, orang, regulasi, sinonim, regions, regionPages });
  };
  if (!import.meta.env.PROD) return load();
  names ??= load();
  return names;
}
