// The names a page is known by, for search: a glossary term and its long form, an instrument's
// short title and everyday name ("UU ASN"), a province or regency. Base.astro puts them in a
// hidden block with the highest Pagefind weight and in the page's `nama` meta, so a query that
// names the page finds it first (src/scripts/search.ts moves an exact name match to the top). A
// synonym group (content/sinonim/) that contains a name of exactly one page lends that page its
// other words: "Jatim" → Jawa Timur, "dipecat" → PTDH.
import type { EntryOf } from '../collections/index.ts';
import type { Regions } from './regions.ts';
import { routes } from './routes.ts';
import { synonymKey } from './query.ts';
import { electionName } from '../collections/pemilihan.ts';

type Names = Map<string, string[]>;

/**
 * Section pages people look for by name ("kuis", "matriks sanksi", "unduh data"): indexed by these
 * names only (Base.astro), as kind "Halaman".
 */
export const SECTION_PAGES: Record<string, string[]> = {
  [routes.checker()]: ['Boleh atau tidak?', 'Cek boleh atau tidak'],
  [routes.laranganIndex()]: ['Larangan', 'Daftar larangan', 'Semua larangan'],
  [routes.sanksi()]: ['Sanksi', 'Matriks sanksi', 'Tabel sanksi', 'Jenis sanksi'],
  [routes.regulasiIndex()]: ['Regulasi', 'Daftar regulasi', 'Daftar peraturan'],
  [routes.deklarasiIndex()]: ['Deklarasi', 'Basis data deklarasi', 'Daftar deklarasi'],
  '/deklarasi/linimasa/': ['Linimasa deklarasi', 'Linimasa', 'Deklarasi per bulan'],
  '/deklarasi/peta/': ['Peta deklarasi', 'Peta'],
  [routes.ikrarIndex()]: ['Ikrar', 'Teks ikrar', 'Daftar ikrar'],
  '/ikrar/bandingkan/': ['Bandingkan teks ikrar', 'Perbandingan ikrar'],
  [routes.glosariumIndex()]: ['Glosarium', 'Daftar istilah', 'Kamus istilah'],
  [routes.panduanIndex()]: ['Panduan'],
  '/kuis/': ['Kuis', 'Kuis skenario', 'Kuis netralitas'],
  '/presentasi/': ['Presentasi', 'Slide', 'Bahan presentasi', 'Materi presentasi'],
  '/cetak/': ['Bahan cetak', 'Handout', 'Lembar cetak'],
  [routes.data()]: ['Data terbuka', 'Unduh data', 'Data deklarasi', 'CSV', 'JSON'],
  '/luring/': ['Luring', 'Offline', 'Tanpa internet'],
  '/tentang/': ['Tentang', 'Metodologi', 'Tentang situs'],
};

const add = (map: Names, path: string, names: (string | undefined)[]) => {
  const list = map.get(path) ?? [];
  for (const n of names) {
    const t = n?.replace(/\s+/g, ' ').trim();
    if (t && !list.some((x) => synonymKey(x) === synonymKey(t))) list.push(t);
  }
  map.set(path, list);
};

/** "SKB (Keputusan Bersama)" → ["SKB (Keputusan Bersama)", "SKB", "Keputusan Bersama"]. */
export function withParenthesis(name: string): string[] {
  const m = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(name);
  return m ? [name, m[1]!, m[2]!] : [name];
}

/** Every glossary long form → its short term, longest first ("Pegawai Negeri Sipil" → "PNS"). */
export function abbreviations(glosarium: EntryOf<'glosarium'>[]): [RegExp, string][] {
  return glosarium
    .filter((g) => g.data.kepanjangan && g.data.istilah.length < g.data.kepanjangan.length)
    .sort((a, b) => b.data.kepanjangan!.length - a.data.kepanjangan!.length)
    .map((g) => [
      new RegExp(`\\b${g.data.kepanjangan!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'gi'),
      g.data.istilah,
    ]);
}

/**
 * Names of an instrument: its short title (and the parts of one with a parenthesis), "PP 94 Tahun
 * 2021", and its everyday name: the kind plus its subject with glossary terms shortened, when that
 * is at most five words ("UU 20/2023 tentang Aparatur Sipil Negara" → "UU ASN", "PP 94/2021 tentang
 * Disiplin Pegawai Negeri Sipil" → "PP Disiplin PNS").
 */
export function regulationNames(d: EntryOf<'regulasi'>['data'], abbr: [RegExp, string][]): string[] {
  const kind = d.judul_singkat.replace(/\s*\d.*$/, '').trim();
  const names = [...withParenthesis(d.judul_singkat)];
  for (const n of d.nomor) names.push(`${kind} ${n.nomor}`, `${kind} Nomor ${n.nomor}`);
  const topic = /\btentang\s+(.+)$/i.exec(d.judul)?.[1];
  if (kind && topic) {
    let short = topic;
    for (const [re, term] of abbr) short = short.replace(re, term);
    if (short.split(/\s+/).length <= 5) names.push(`${kind} ${short}`);
  }
  return names;
}

export interface NameSources {
  glosarium: EntryOf<'glosarium'>[];
  ikrar: EntryOf<'ikrar'>[];
  subjek: EntryOf<'subjek'>[];
  pemilihan: EntryOf<'pemilihan'>[];
  orang: EntryOf<'orang'>[];
  regulasi: EntryOf<'regulasi'>[];
  sinonim: EntryOf<'sinonim'>[];
  regions: Regions;
  /** Region codes that have a page (regencies with records). */
  regionPages: string[];
}

/** Site path → names, for every page that is known by a name. */
export function searchNames(src: NameSources): Names {
  const map: Names = new Map();
  for (const [path, names] of Object.entries(SECTION_PAGES)) add(map, path, names);
  for (const g of src.glosarium)
    add(map, routes.glosarium(g.id), [...withParenthesis(g.data.istilah), g.data.kepanjangan, ...g.data.alias]);
  const abbr = abbreviations(src.glosarium);
  for (const r of src.regulasi) add(map, routes.regulasi(r.id), regulationNames(r.data, abbr));
  // Who is covered (PNS, PPPK paruh waktu, kepala desa …), election cycles, officials.
  for (const x of src.subjek) add(map, routes.subjek(x.id), [x.data.nama, x.data.nama_lengkap]);
  for (const x of src.pemilihan) add(map, routes.pemilihan(x.id), [electionName(x)]);
  for (const x of src.orang) add(map, routes.pejabat(x.id), [x.data.nama]);
  // A pledge text by the election or years it names: "Ikrar Pemilu 2019".
  for (const k of src.ikrar) {
    const about = /\(([^)]+)\)\s*$/.exec(k.data.judul)?.[1];
    add(map, routes.ikrar(k.id), [about && `Ikrar ${about}`, `Ikrar ${k.data.periode}`]);
  }
  for (const p of src.regions.provinces.values()) add(map, routes.provinsi(p.code), [p.name, `Provinsi ${p.name}`]);
  for (const code of src.regionPages) {
    const name = src.regions.regencies.get(code)?.name;
    if (name) add(map, routes.wilayah(code), [name, name.replace(/^(Kabupaten|Kota)\s+/, '')]);
  }
  // Synonym groups that name exactly one page.
  const byName = new Map<string, Set<string>>();
  for (const [path, names] of map)
    for (const n of names) {
      const k = synonymKey(n);
      if (!byName.has(k)) byName.set(k, new Set());
      byName.get(k)!.add(path);
    }
  for (const s of src.sinonim) {
    const pages = new Set(s.data.kata.flatMap((k) => [...(byName.get(synonymKey(k)) ?? [])]));
    if (pages.size === 1) add(map, [...pages][0]!, s.data.kata);
  }
  return map;
}
