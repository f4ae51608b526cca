// Client-safe (the search page bundles it; no zod or content imports): how a question typed into
// /cari/ becomes searches. People type whole questions ("saya pppk boleh like postingan calon
// bupati?"); Pagefind returns only pages that hold every word. So the question words are dropped
// first (STOPWORDS); when all remaining words together find too little, each word (or phrase) is
// searched on its own with its synonyms (content/sinonim/, emitted as /data/sinonim.json) or its
// typo correction, and pages that match more of the words come first.

/**
 * Question and filler words dropped before a search: they carry no topic and stop an all-words
 * search from matching. Words that name a topic (ikut, kampanye, sanksi, netral…) are never here.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'saya aku gue gw sy kami kita anda kamu bapak ibu pak bu ' +
    'boleh bolehkah apakah apa apaan kalau kalo klo kl jika jikalau bila bilamana ' +
    'yang yg untuk utk buat dengan dgn di ke dari pada dan atau serta itu ini tsb ' +
    'tidak tak gak ga nggak enggak ngga engga bukan jangan ' +
    'bisa bisakah dapat dapatkah harus haruskah mesti wajibkah mau ingin pengen pingin ' +
    'tolong mohon gimana bagaimana bagaimanakah gmn kapan kapankah ' +
    'siapa siapakah mengapa kenapa knp dong sih kah ya iya nya juga jg sudah udah sdh ' +
    'sebagai seorang jadi lagi akan adalah ialah tentang soal masih sedang ada aja saja ' +
    'kok deh nih tuh loh lho kan hal cara apabila agar supaya oleh para sama nanti ' +
    'tetap benar betul kah dll dsb'
  ).split(/\s+/),
);

/** Lower case, no accents, punctuation around words removed; "/" and "." inside numbers kept (94/2021). */
export function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[“”„"'‘’`´]/g, ' ')
    .replace(/(?<![\p{L}\p{N}])[/.-]|[/.-](?![\p{L}\p{N}])/gu, ' ')
    .replace(/[^\p{L}\p{N}/.\s-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export const tokenize = (text: string): string[] => (normalize(text) ? normalize(text).split(' ') : []);

export interface ParsedQuery {
  /** Words searched for, in the order typed. */
  terms: string[];
  /** Question and filler words left out. */
  dropped: string[];
}

/** Drops question and filler words; a query made only of them is searched as typed. */
export function parseQuery(q: string, stopwords: ReadonlySet<string> = STOPWORDS): ParsedQuery {
  const words = tokenize(q);
  const terms = words.filter((w) => !stopwords.has(w));
  if (!terms.length) return { terms: words, dropped: [] };
  return { terms, dropped: words.filter((w) => stopwords.has(w)) };
}

/** One group of the synonym list as the search page receives it (all lower case). */
export interface SynonymGroup {
  /** Words or phrases that mean the same; the first is the one the site uses. */
  kata: string[];
  /** Searched too when a word of `kata` is asked, but not the other way round. */
  termasuk: string[];
}

/** /data/sinonim.json */
export interface SynonymData {
  grup: SynonymGroup[];
}

/** One thing the reader asked for: a word or phrase, with what else is searched for it. */
export interface Concept {
  /** As typed (after normalising). */
  asked: string;
  /** Searched forms: the asked form first, then its synonyms. */
  alternatives: string[];
  /** Narrower words searched too (a group's `termasuk`), which count for less. */
  narrower: string[];
}

const MAX_PHRASE = 6;

/**
 * How a synonym is looked up: its words without question and filler words, as a query's terms
 * are ("pegawai pemerintah dengan perjanjian kerja" → "pegawai pemerintah perjanjian kerja").
 */
export const synonymKey = (phrase: string, stopwords: ReadonlySet<string> = STOPWORDS) =>
  tokenize(phrase)
    .filter((w) => !stopwords.has(w))
    .join(' ');

/** Index of every synonym word or phrase (by synonymKey) → its group. */
export function synonymIndex(groups: SynonymGroup[]): Map<string, SynonymGroup> {
  const map = new Map<string, SynonymGroup>();
  for (const g of groups)
    for (const k of g.kata) {
      const key = synonymKey(k);
      if (key && !map.has(key)) map.set(key, g);
    }
  return map;
}

function alternativesOf(asked: string, g: SynonymGroup | undefined): Omit<Concept, 'asked'> {
  const alternatives = [...new Set([asked, ...(g?.kata ?? []).map(normalize)])];
  const narrower = [...new Set((g?.termasuk ?? []).map(normalize))].filter((w) => !alternatives.includes(w));
  return { alternatives, narrower };
}

/**
 * Splits the terms into concepts: the longest run of terms that is a synonym phrase
 * ("media sosial", "salam jari") becomes one concept with its group's words; any other term is a
 * concept of its own, with its synonyms when it is in the list.
 */
export function concepts(terms: string[], groups: SynonymGroup[] = []): Concept[] {
  const index = synonymIndex(groups);
  const out: Concept[] = [];
  for (let i = 0; i < terms.length;) {
    let taken = 1;
    let group: SynonymGroup | undefined;
    for (let n = Math.min(MAX_PHRASE, terms.length - i); n >= 1; n--) {
      const g = index.get(terms.slice(i, i + n).join(' '));
      if (g) {
        taken = n;
        group = g;
        break;
      }
    }
    const asked = terms.slice(i, i + taken).join(' ');
    out.push({ asked, ...alternativesOf(asked, group) });
    i += taken;
  }
  return out;
}

/** A concept for a corrected word: the word and its group's words. */
export function conceptOf(word: string, groups: SynonymGroup[]): Concept {
  return { asked: word, ...alternativesOf(word, synonymIndex(groups).get(synonymKey(word))) };
}

/**
 * How much a hit through an alternative counts: the asked form fully, a synonym a little less, a
 * narrower word less still; per word, so a three-word synonym does not outweigh the one word asked.
 */
export function alternativeWeight(c: Concept, alt: string): number {
  const kind = alt === c.asked ? 1 : c.narrower.includes(alt) ? 0.6 : 0.85;
  return kind / Math.max(1, alt.split(' ').length);
}

/**
 * Edit distance with transpositions (optimal string alignment), stopping early: returns max + 1
 * as soon as the distance must exceed `max`.
 */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const prev2 = new Array<number>(b.length + 1).fill(0);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    for (let j = 0; j <= b.length; j++) prev2[j] = prev[j]!;
    prev = cur;
  }
  return prev[b.length]!;
}

/** Typos allowed for a word of this length: none under 4 letters, one up to 7, two from 8. */
export const allowedTypos = (word: string) => (word.length < 4 ? 0 : word.length < 8 ? 1 : 2);

/**
 * The closest known words to a word that found nothing: every word at the smallest edit distance
 * within `allowedTypos`, most frequent first (the vocabulary comes most frequent first). Numbers and
 * words shorter than four letters are never corrected.
 */
export function candidates(word: string, vocabulary: readonly string[]): string[] {
  const max = allowedTypos(word);
  if (!max || /\d/.test(word) || vocabulary.includes(word)) return [];
  let best: string[] = [];
  let bestD = max + 1;
  for (const v of vocabulary) {
    if (Math.abs(v.length - word.length) > Math.min(max, bestD)) continue;
    const d = editDistance(word, v, Math.min(max, bestD));
    if (d < bestD) {
      best = [v];
      bestD = d;
    } else if (d === bestD && d <= max) best.push(v);
  }
  return best;
}

/** The closest known word (see candidates), or undefined. */
export const correct = (word: string, vocabulary: readonly string[]) => candidates(word, vocabulary)[0];

/**
 * Corrects the unknown terms of a query. Among equally close words the one that makes a phrase of
 * the synonym list with its neighbours wins ("masa tenag" → "masa tenang", not "masa tenaga"),
 * then the most frequent. Terms that are synonyms themselves ("nonton", "wa") are left alone.
 */
export function correctTerms(
  terms: string[],
  unknown: ReadonlySet<string>,
  vocabulary: readonly string[],
  groups: SynonymGroup[],
): { terms: string[]; corrections: Map<string, string> } {
  const index = synonymIndex(groups);
  const corrections = new Map<string, string>();
  const out = [...terms];
  terms.forEach((t, i) => {
    if (!unknown.has(t) || index.has(t)) return;
    const cands = candidates(t, vocabulary);
    if (!cands.length) return;
    const makesPhrase = (c: string) => {
      for (let a = Math.max(0, i - MAX_PHRASE + 1); a <= i; a++)
        for (let b = i + 1; b <= Math.min(out.length, a + MAX_PHRASE); b++)
          if (b - a > 1 && index.has([...out.slice(a, i), c, ...out.slice(i + 1, b)].join(' '))) return true;
      return false;
    };
    const pick = cands.find(makesPhrase) ?? cands[0]!;
    out[i] = pick;
    corrections.set(t, pick);
  });
  return { terms: out, corrections };
}

/** Hits of one concept: page id → the search engine's score for it (best over the alternatives). */
export type ConceptHits = Map<string, number>;

export interface Ranked {
  id: string;
  /** How many concepts the page matches. */
  matched: number;
  score: number;
}

/**
 * Pages that match more concepts first; among those, the higher sum of the engine's scores (BM25:
 * rare words and short pages that are about the word count more).
 */
export function rankByConcepts(perConcept: ConceptHits[]): Ranked[] {
  const pages = new Map<string, Ranked>();
  for (const hits of perConcept)
    for (const [id, s] of hits) {
      const p = pages.get(id) ?? { id, matched: 0, score: 0 };
      p.matched += 1;
      p.score += s;
      pages.set(id, p);
    }
  return [...pages.values()].sort((a, b) => b.matched - a.matched || b.score - a.score || a.id.localeCompare(b.id));
}

/**
 * How many concepts a title covers: a concept counts when one of its forms has every word in the
 * title, a word matching a title word that begins with it ("tonton" in "menonton" does not count,
 * "debat" in "debat" does; the search engine's stemming is not available here); parts of joined
 * words count too ("se-Bengkulu").
 */
export function titleCoverage(title: string, cs: Concept[]): number {
  const words = tokenize(title).flatMap((w) => [w, ...w.split(/[-/.]/)]);
  const has = (w: string) => words.some((t) => t === w || (w.length >= 4 && t.startsWith(w)));
  return cs.filter((c) => c.alternatives.some((a) => a.split(' ').every(has))).length;
}

/**
 * Pagefind filter on every page that has names (one value, "ya"): the search page looks among them
 * for the page a short query names. Its file lists only those pages, so it stays small.
 */
export const NAMED_FILTER = 'entitas';

/** Separator of the names in a page's `nama` search meta. */
export const NAME_SEPARATOR = '|';

/**
 * How well a result's names (its `nama` meta) fit the query: 2 when one of them is the query
 * ("pppk" → PPPK), 1 when one contains every query word ("pppk" → "PP Manajemen PPPK"), else 0.
 * Words in `ignorable` may be left out of the query (for a place: "deklarasi di jogja" → "jogja").
 */
export function nameMatch(
  namesMeta: string | undefined,
  terms: string[],
  ignorable: ReadonlySet<string> = new Set(),
): 0 | 1 | 2 {
  if (!namesMeta || !terms.length) return 0;
  const core = terms.filter((t) => !ignorable.has(t));
  const queries = core.length && core.length < terms.length ? [terms, core] : [terms];
  const names = namesMeta.split(NAME_SEPARATOR).map((n) => tokenize(n));
  if (queries.some((q) => names.some((n) => n.join(' ') === q.join(' ')))) return 2;
  return queries.some((q) => names.some((n) => q.every((t) => n.includes(t)))) ? 1 : 0;
}
