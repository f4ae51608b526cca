// /data/sinonim.json (the synonym list, content/sinonim/) and /data/kosakata.json (a vocabulary for
// typo correction): the search page fetches the first only when a query finds too little, and the
// second only when a word finds nothing at all (src/scripts/search.ts).
import type { EntryOf } from '../collections/index.ts';
import type { Regions } from './regions.ts';
import { normalize, synonymKey, STOPWORDS, type SynonymData } from './query.ts';

/** Words of the vocabulary: the most frequent ones that are long enough to be mistyped. */
export const VOCABULARY_SIZE = 2000;

export interface VocabularySources {
  glosarium: EntryOf<'glosarium'>[];
  regulasi: EntryOf<'regulasi'>[];
  larangan: EntryOf<'larangan'>[];
  skenario: EntryOf<'skenario'>[];
  deklarasi: EntryOf<'deklarasi'>[];
  ikrar: EntryOf<'ikrar'>[];
  regions: Regions;
}

/** The texts search results are made of: titles, summaries, questions, examples, names. */
function texts(src: VocabularySources): string[] {
  const out: string[] = [];
  for (const g of src.glosarium) out.push(g.data.istilah, g.data.kepanjangan ?? '', g.data.definisi, ...g.data.alias);
  for (const r of src.regulasi)
    out.push(r.data.judul, r.data.ringkasan, ...r.data.pasal.flatMap((p) => [p.inti, p.makna ?? '']));
  for (const l of src.larangan)
    out.push(l.data.judul, l.data.ringkasan, ...l.data.contoh, ...l.data.tetap_boleh, ...l.data.kata_kunci);
  for (const s of src.skenario) out.push(s.data.pertanyaan, s.data.penjelasan, s.data.syarat ?? '');
  for (const d of src.deklarasi)
    out.push(d.data.judul, d.data.ringkasan, d.data.tempat ?? '', ...d.data.pejabat.map((p) => p.nama));
  for (const k of src.ikrar) out.push(k.data.judul);
  for (const p of src.regions.provinces.values()) out.push(p.name);
  return out;
}

/**
 * Words of the site, most frequent first (frequency = in how many texts a word occurs): letters
 * only, at least four of them, no question or filler words.
 */
export function vocabulary(src: VocabularySources, size = VOCABULARY_SIZE): string[] {
  const freq = new Map<string, number>();
  // Each distinct word is tested once (at 10,000 records the test per occurrence cost ~0.1 s).
  const skipped = new Set<string>();
  for (const t of texts(src)) {
    for (const w of new Set(normalize(t).split(' '))) {
      const n = freq.get(w);
      if (n !== undefined) freq.set(w, n + 1);
      else if (skipped.has(w)) continue;
      else if (w.length >= 4 && /^\p{L}+$/u.test(w) && !STOPWORDS.has(w)) freq.set(w, 1);
      else skipped.add(w);
    }
  }
  return [...freq]
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .slice(0, size)
    .map(([w]) => w);
}

/** /data/sinonim.json: the synonym groups in lower case. */
export function synonymData(sinonim: EntryOf<'sinonim'>[]): SynonymData {
  return {
    grup: sinonim.map((s) => ({ kata: s.data.kata.map(normalize), termasuk: s.data.termasuk.map(normalize) })),
  };
}

/** /data/kosakata.json: the site's words, most frequent first, then single synonym words. */
export function vocabularyData(vocab: string[], syn: SynonymData): string[] {
  const known = new Set(vocab);
  const extra = syn.grup
    .flatMap((g) => [...g.kata, ...g.termasuk])
    .filter((w) => /^\p{L}{4,}$/u.test(w) && !known.has(w) && synonymKey(w));
  return [...vocab, ...new Set(extra)];
}
