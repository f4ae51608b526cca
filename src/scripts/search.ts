// Search page enhancement: Pagefind JS API (smaller than the Default UI), filters kept in the
// URL so a search can be shared (the /deklarasi/ form links here). The page says what to do
// without JS. No Pagefind sort (it would put the whole order in the metadata every search
// downloads: 22 KB at 10,000 records): word queries are ranked by relevance, filter-only results
// come in indexing order (declarations newest first), citations come from /data/pasal.json.
//
// Questions, not keywords (src/lib/query.ts): question and filler words are dropped, and the
// remaining words are searched together. Only when that finds fewer than MIN_RESULTS pages does
// the page fetch /data/sinonim.json and search each word (or phrase) with its synonyms or its typo
// correction, ranking pages that match more of the words first. A page whose name (`nama` meta,
// src/lib/search-names.ts) is the query goes first.
import { escapeHtml } from '../lib/html.ts';
import { normalizeBase } from '../lib/url.ts';
import { CITATION, matchProvisions, type ProvisionHit } from '../lib/provisions.ts';
import {
  concepts,
  correctTerms,
  alternativeWeight,
  nameMatch,
  NAMED_FILTER,
  parseQuery,
  rankByConcepts,
  titleCoverage,
  type Concept,
  type ConceptHits,
  type SynonymData,
} from '../lib/query.ts';
type Filters = Record<string, string[]>;
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<ResultData>;
}
interface SubResult {
  title: string;
  url: string;
}
interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Filters;
  sub_results?: SubResult[];
}
type Counts = Record<string, Record<string, number>>;
interface SearchResponse {
  results: PagefindResult[];
  filters: Counts;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Counts>;
  search(q: string | null, o?: { filters?: Filters }): Promise<SearchResponse | null>;
  preload(q: string, o?: Record<string, unknown>): Promise<void>;
}

const FILTER_KEYS = [
  'jenis',
  'kategori',
  'sumber',
  'provinsi',
  'tahun',
  'kegiatan',
  'pemilihan',
  'ikrar',
  'status',
] as const;
// Five results first: each one costs a fragment download (~1 KB) on a slow connection.
const PAGE = 5;
// Fewer pages than this for all words together: search the words one by one, with synonyms.
const MIN_RESULTS = 3;
// A query of this many words (after dropping question words) is a question: always word by word.
const QUESTION_TERMS = 3;
// Pages indexed by their names only (places, sections: a few words each) pull Pagefind's average
// page length down, which punishes every normal page for its length; 0.3 instead of the default
// 0.75 puts the rules back above records that only mention a word in their title ("spanduk").
// Chosen with the query set (tests/e2e/queries.ts).
const RANKING = { pageLength: 0.3 };
const base = normalizeBase(import.meta.env.BASE_URL);

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const info = document.querySelector<HTMLElement>('#search-info')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const more = document.querySelector<HTMLButtonElement>('#search-more')!;
const fullTextBtn = document.querySelector<HTMLButtonElement>('#search-fulltext')!;
const empty = document.querySelector<HTMLElement>('#search-empty')!;
const filterBox = document.querySelector<HTMLDetailsElement>('#search-filters')!;
document.querySelectorAll<HTMLElement>('[data-needs-js]').forEach((el) => (el.hidden = false));
document.querySelectorAll<HTMLElement>('[data-no-js]').forEach((el) => (el.hidden = true));
const select = (k: string) => form.elements.namedItem(k) as HTMLSelectElement | null;

let pagefind: Pagefind | undefined;
async function load(): Promise<Pagefind> {
  if (pagefind) return pagefind;
  const url = `${base}pagefind/pagefind.js`;
  const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
  // No worker: saves a 12 KB script; the index is small enough for the main thread.
  await pf.options({ baseUrl: base, excerptLength: 22, noWorker: true, ranking: RANKING });
  await pf.init();
  pagefind = pf;
  return pf;
}

function currentFilters(): Filters {
  const f: Filters = {};
  for (const k of FILTER_KEYS) {
    const v = select(k)?.value;
    if (v) f[k] = [v];
  }
  return f;
}

function syncUrl() {
  const params = new URLSearchParams();
  if (input.value.trim()) params.set('q', input.value.trim());
  for (const [k, v] of Object.entries(currentFilters())) params.set(k, v[0]!);
  const qs = params.toString();
  history.replaceState(null, '', qs ? `?${qs}` : location.pathname);
}

// ---- Filters: values and counts -------------------------------------------------------------

/** Option text: the value, with the number of results it would leave when counts are known. */
function fillOptions(counts: Counts, wanted: (k: string) => string | null) {
  for (const k of FILTER_KEYS) {
    const sel = select(k);
    if (!sel) continue;
    const values = Object.entries(counts[k] ?? {}).sort(([a], [b]) =>
      k === 'tahun' ? b.localeCompare(a) : a.localeCompare(b, 'id'),
    );
    for (const [value, count] of values) {
      const opt = document.createElement('option');
      opt.value = value;
      opt.dataset.value = value;
      opt.textContent = `${value} (${count})`;
      sel.append(opt);
    }
    const w = wanted(k);
    if (w) sel.value = w;
  }
}

/**
 * Counts for the active query and filters (bug 20: "Pilkada 2024 (94)" beside 4 results). A facet
 * that is set counts its values with the other facets only, so its other values stay reachable.
 * Partial (word by word) results have no counts: they are the union of several searches.
 */
async function updateCounts(pf: Pagefind, my: number, term: string | null, filters: Filters, partial: boolean) {
  const per: Record<string, Record<string, number> | undefined> = {};
  if (!partial) {
    const main = (await pf.search(term, { filters }))?.filters;
    for (const k of FILTER_KEYS) {
      if (!filters[k]) per[k] = main?.[k];
      else {
        const others = { ...filters };
        delete others[k];
        per[k] = (await pf.search(term, { filters: others }))?.filters[k];
      }
    }
  }
  if (my !== ticket) return;
  for (const k of FILTER_KEYS) {
    for (const opt of select(k)?.querySelectorAll<HTMLOptionElement>('option[data-value]') ?? []) {
      const n = per[k]?.[opt.dataset.value!];
      opt.textContent = per[k] ? `${opt.dataset.value} (${n ?? 0})` : opt.dataset.value!;
    }
  }
}

// ---- Results --------------------------------------------------------------------------------

let shown: PagefindResult[] = [];
let offset = 0;
let ticket = 0;
/** Concepts each result matched, for partial results ("cocok: like, calon"). */
let matchedBy = new Map<string, string[]>();
const dataCache = new Map<string, Promise<ResultData>>();
const dataOf = (r: PagefindResult) => {
  let d = dataCache.get(r.id);
  if (!d) {
    d = r.data();
    dataCache.set(r.id, d);
  }
  return d;
};

const VERDICT_CLASS: Record<string, string> = { 'Tidak boleh': 'no', Boleh: 'ok', Tergantung: 'warn' };

/** The line under a result's title: verdict and sanction, date and place, or status. */
function factsHtml(d: ResultData): string {
  const m = d.meta;
  const parts: string[] = [];
  if (m.putusan) parts.push(`<span class="tag ${VERDICT_CLASS[m.putusan] ?? ''}">${escapeHtml(m.putusan)}</span>`);
  if (m.sanksi) parts.push(`<span>Sanksi: ${escapeHtml(m.sanksi)}</span>`);
  const rest = [m.tanggal, m.wilayah, m.status, m.jumlah].filter(Boolean).map((x) => escapeHtml(x!));
  if (rest.length) parts.push(`<span>${rest.join(' · ')}</span>`);
  return parts.length ? `<br><span class="result-facts">${parts.join(' ')}</span>` : '';
}

async function renderMore() {
  const slice = shown.slice(offset, offset + PAGE);
  const my = ticket;
  const datas = await Promise.all(slice.map(dataOf));
  if (my !== ticket) return;
  slice.forEach((r, i) => {
    const d = datas[i]!;
    const li = document.createElement('li');
    const kind = d.filters.jenis?.[0] ?? '';
    // Pagefind excerpts are escaped text with <mark> only.
    // Deep links to the matching sections (headings carry the anchors).
    const subs = (d.sub_results ?? []).filter((s) => s.url.includes('#')).slice(0, 3);
    const subHtml = subs.length
      ? `<ul>${subs.map((s) => `<li><a href="${escapeHtml(s.url)}">${escapeHtml(s.title.replace(/#$/, '').trim())}</a></li>`).join('')}</ul>`
      : '';
    const matched = matchedBy.get(r.id);
    const matchedHtml = matched
      ? `<br><span class="muted result-matched">Cocok: ${matched.map((c) => `“${escapeHtml(c)}”`).join(', ')}</span>`
      : '';
    li.innerHTML = `<a href="${escapeHtml(d.url)}"><strong>${escapeHtml(d.meta.title ?? d.url)}</strong></a> <span class="tag">${escapeHtml(kind)}</span>${factsHtml(d)}<p>${d.excerpt}</p>${subHtml}${matched && matched.length ? matchedHtml : ''}`;
    list.append(li);
  });
  offset += slice.length;
  more.hidden = offset >= shown.length;
}

const REVOKED = /^(Dicabut|Tidak berlaku)/;
/** Words a query for a place's declarations may add to its name ("deklarasi di jogja"). */
const PLACE_WORDS: ReadonlySet<string> = new Set(['deklarasi', 'netralitas', 'asn', 'ikrar']);

/**
 * Word-by-word results: within the first screen, a page whose title holds more of the asked words
 * goes first ("nonton debat capres": the question about watching debates before a page that
 * mentions a presidential candidate and, in passing, debates).
 */
async function titlesFirst(results: PagefindResult[], cs: Concept[]): Promise<PagefindResult[]> {
  const head = results.slice(0, PAGE);
  const datas = await Promise.all(head.map(dataOf));
  const cover = head.map((_, i) => titleCoverage(datas[i]!.meta.title ?? '', cs));
  const order = head.map((r, i) => ({ r, i })).sort((a, b) => cover[b.i]! - cover[a.i]! || a.i - b.i);
  return [...order.map((x) => x.r), ...results.slice(PAGE)];
}

/** Queries up to this many words may name a page. */
const NAME_TERMS = 3;
/** Pages looked at among those that have names: glossary, people, instruments and places compete for a word. */
const NAMED_CANDIDATES = 4;

/** The pages that have names, for a query (memoized: run() starts it with the first search). */
const lookedUp = new Map<string, Promise<PagefindResult[]>>();
function namedLookup(pf: Pagefind, q: string, filters: Filters): Promise<PagefindResult[]> {
  const key = JSON.stringify([q, filters]);
  let p = lookedUp.get(key);
  if (!p) {
    p = pf.search(q, { filters: { ...filters, [NAMED_FILTER]: ['ya'] } }).then((r) => r?.results ?? []);
    lookedUp.set(key, p);
  }
  return p;
}

/**
 * Pages named by the query move to the top: first those whose name is the query, then those whose
 * name holds every query word; an instrument no longer in force after one that is. Candidates are
 * the first screen of results (loaded for showing anyway) and, for a short query, the best four
 * pages among those that have names (a second search with the small NAMED_FILTER file: a name
 * such as "PPPK" is also a word on hundreds of pages, which can push the page it names down the
 * list). "deklarasi di <place>" looks for the place alone.
 */
async function promoteNamed(
  pf: Pagefind,
  results: PagefindResult[],
  terms: string[],
  filters: Filters,
): Promise<PagefindResult[]> {
  const head = results.slice(0, PAGE);
  const core = terms.filter((t) => !PLACE_WORDS.has(t));
  const lookups: string[][] = [];
  if (terms.length <= NAME_TERMS) lookups.push(terms);
  if (terms.includes('deklarasi') && core.length && core.length < terms.length) lookups.push(core);
  const found = await Promise.all(lookups.map((words) => namedLookup(pf, words.join(' '), filters)));
  for (const list of found) {
    const seen = new Set(head.map((r) => r.id));
    // A page whose name holds the query scores far above one that only mentions it: the others are
    // not worth their data download.
    const best = list[0]?.score ?? 0;
    const strong = list.filter((r) => r.score >= best * 0.5).slice(0, NAMED_CANDIDATES);
    head.push(...strong.filter((r) => !seen.has(r.id)));
  }
  const datas = await Promise.all(head.map(dataOf));
  const rank = head.map((r, i) => ({
    r,
    i,
    tier: nameMatch(datas[i]!.meta.nama, terms, datas[i]!.filters.jenis?.[0] === 'Wilayah' ? PLACE_WORDS : undefined),
    revoked: REVOKED.test(datas[i]!.meta.status ?? '') ? 1 : 0,
  }));
  // A page whose name merely contains the query word ("Atribut partai" for "partai") moves up only
  // when the query is itself a name ("pppk": PPPK, then "PP Manajemen PPPK").
  const exact = rank.some((x) => x.tier === 2);
  const named = rank
    .filter((x) => x.tier === 2 || (exact && x.tier === 1))
    .sort((a, b) => b.tier - a.tier || a.revoked - b.revoked || a.i - b.i);
  if (!named.length) return results;
  const moved = new Set(named.map((x) => x.r.id));
  return [...named.map((x) => x.r), ...results.filter((r) => !moved.has(r.id))];
}

// ---- Citations ------------------------------------------------------------------------------

// A query shaped like a citation ("pasal 5 huruf n") is answered from the small provision index
// (/data/pasal.json): the provision itself, with its instrument and status, and no full-text
// download. "Cari di seluruh isi situs" runs the full-text search for the same words.
let provisions: Promise<ProvisionHit[]> | undefined;
const loadProvisions = () =>
  (provisions ??= fetch(`${base}data/pasal.json`).then((r) => r.json() as Promise<ProvisionHit[]>));
const isCitationQuery = (q: string) => CITATION.test(q) && !Object.keys(currentFilters()).length;

function renderProvisions(hits: ProvisionHit[]) {
  list.replaceChildren(
    ...hits.map((h) => {
      const li = document.createElement('li');
      li.innerHTML = `<a href="${escapeHtml(base + h.href.replace(/^\//, ''))}"><strong>${escapeHtml(`${h.regulasi} ${h.label}`)}</strong></a> <span class="tag">Pasal</span><br><span class="muted">${escapeHtml(h.status)}</span><p>${escapeHtml(h.inti)}</p>`;
      return li;
    }),
  );
}

// ---- Words one by one -----------------------------------------------------------------------

let synonyms: Promise<SynonymData> | undefined;
const loadSynonyms = () =>
  (synonyms ??= fetch(`${base}data/sinonim.json`)
    .then((r) => r.json() as Promise<SynonymData>)
    .catch(() => ({ grup: [] })));
let vocabulary: Promise<string[]> | undefined;
const loadVocabulary = () =>
  (vocabulary ??= fetch(`${base}data/kosakata.json`)
    .then((r) => r.json() as Promise<string[]>)
    .catch(() => []));

/**
 * One alternative's hits. A single word must occur as a word (in any inflection: Pagefind stems
 * it): Pagefind's own search also takes longer words that begin with it ("insta" → "instansi"), so
 * it is intersected with the exact search ("…" in quotes), whose scores are flat. `prefix` keeps
 * Pagefind's prefix matching, for a word that is not in the index (perhaps still being typed).
 */
async function searchAlternative(pf: Pagefind, alt: string, filters: Filters, prefix = false) {
  const ranked = (await pf.search(alt, { filters }))?.results ?? [];
  if (prefix || alt.includes(' ')) return ranked;
  const exact = new Set(((await pf.search(`"${alt}"`, { filters }))?.results ?? []).map((r) => r.id));
  return ranked.filter((r) => exact.has(r.id));
}

/** Query words that are no word of the index (a typo, a colloquial word, a word being typed). */
async function unknownTerms(pf: Pagefind, terms: string[]): Promise<Set<string>> {
  const unknown = new Set<string>();
  await Promise.all(
    terms.map(async (t) => {
      if (/\d/.test(t)) return;
      if (!(await pf.search(`"${t}"`))?.results.length) unknown.add(t);
    }),
  );
  return unknown;
}

interface Partial {
  results: PagefindResult[];
  concepts: Concept[];
  corrections: Map<string, string>;
}

/** Each concept searched with its alternatives; pages matching more concepts first. */
async function searchByConcept(
  pf: Pagefind,
  terms: string[],
  unknown: Set<string>,
  filters: Filters,
): Promise<Partial> {
  const syn = await loadSynonyms();
  const vocab = unknown.size ? await loadVocabulary() : [];
  // Typos corrected first, so a corrected word can complete a phrase ("masa tenag").
  const fixed = correctTerms(terms, unknown, vocab, syn.grup);
  const corrections = fixed.corrections;
  const cs = concepts(fixed.terms, syn.grup);
  const byId = new Map<string, PagefindResult>();
  const perConcept = await Promise.all(
    cs.map(async (c) => {
      const hits: ConceptHits = new Map();
      const alts = [...c.alternatives, ...c.narrower];
      const lists = await Promise.all(
        alts.map((a) =>
          // A word not in the index and not corrected may be a word still being typed: keep prefixes.
          searchAlternative(pf, a, filters, a === c.asked && unknown.has(a) && a.length >= 4),
        ),
      );
      lists.forEach((results, i) => {
        const w = alternativeWeight(c, alts[i]!);
        for (const r of results) {
          byId.set(r.id, byId.get(r.id) ?? r);
          hits.set(r.id, (hits.get(r.id) ?? 0) + r.score * w);
        }
      });
      return hits;
    }),
  );
  matchedBy = new Map();
  perConcept.forEach((hits, i) => {
    for (const id of hits.keys()) matchedBy.set(id, [...(matchedBy.get(id) ?? []), cs[i]!.asked]);
  });
  const ranked = rankByConcepts(perConcept);
  return { results: ranked.map((r) => byId.get(r.id)!), concepts: cs, corrections };
}

// ---- What was searched for ------------------------------------------------------------------

function describeSearch(terms: string[], dropped: string[], partial: Partial | undefined, total: number) {
  const lines: string[] = [];
  const ignored = dropped.length ? ` Diabaikan: ${dropped.map(escapeHtml).join(', ')}.` : '';
  if (partial) {
    const words = partial.concepts.map((c) => `<strong>${escapeHtml(c.asked)}</strong>`).join(' · ');
    const order = total && terms.length > 1 ? '; yang memuat lebih banyak kata tampil lebih dulu' : '';
    lines.push(`<p>Dicari kata per kata: ${words} (juga sinonimnya${order}).${ignored}</p>`);
    if (partial.corrections.size)
      lines.push(
        `<p>Ejaan dibetulkan: ${[...partial.corrections].map(([a, b]) => `${escapeHtml(a)} → <strong>${escapeHtml(b)}</strong>`).join(', ')}.</p>`,
      );
    const also = partial.concepts.flatMap((c) => {
      const alts = [...c.alternatives, ...c.narrower].filter((a) => a !== c.asked);
      return alts.length ? [`${escapeHtml(c.asked)}: ${alts.map(escapeHtml).join(', ')}`] : [];
    });
    if (also.length)
      lines.push(`<details><summary>Sinonim yang ikut dicari</summary><p>${also.join('<br>')}</p></details>`);
  } else if (dropped.length) {
    lines.push(`<p>Dicari: <strong>${escapeHtml(terms.join(' '))}</strong>.${ignored}</p>`);
  }
  const active = Object.entries(currentFilters());
  if (active.length)
    lines.push(
      `<p>Disaring: ${active.map(([, v]) => escapeHtml(v[0]!)).join(' · ')} (<a href="#search-filters">ubah saringan</a>).</p>`,
    );
  info.innerHTML = lines.join('');
}

// ---- One search -----------------------------------------------------------------------------

async function run(fullText = false) {
  const my = ++ticket;
  syncUrl();
  const q = input.value.trim();
  const filters = currentFilters();
  fullTextBtn.hidden = true;
  empty.hidden = true;
  info.replaceChildren();
  if (!q && !Object.keys(filters).length) {
    list.replaceChildren();
    more.hidden = true;
    status.textContent = 'Ketik kata kunci, pertanyaan, atau pilih saringan.';
    return;
  }
  status.textContent = 'Mencari…';
  if (!fullText && isCitationQuery(q)) {
    const hits = matchProvisions(q, await loadProvisions().catch(() => []));
    if (my !== ticket) return;
    if (hits.length) {
      renderProvisions(hits);
      more.hidden = true;
      fullTextBtn.hidden = false;
      status.textContent = `${hits.length} pasal cocok untuk “${q}”.`;
      return;
    }
  }
  const { terms, dropped } = parseQuery(q);
  const term = terms.length ? terms.join(' ') : null;
  const pf = await load();
  // The name lookup and the check for unknown words run alongside the first search.
  if (term && terms.length <= NAME_TERMS) void namedLookup(pf, term, filters);
  const [first, unknown] = await Promise.all([
    pf.search(term, { filters }),
    term ? unknownTerms(pf, terms) : new Set<string>(),
  ]);
  if (my !== ticket || !first) return;
  let results = first.results;
  let partial: Partial | undefined;
  matchedBy = new Map();
  // Word by word when all words together find too few pages, when a word is not in the index,
  // or for a whole question (pages holding every word of one are mostly the longest pages).
  if (term && (results.length < MIN_RESULTS || unknown.size || terms.length >= QUESTION_TERMS)) {
    partial = await searchByConcept(pf, terms, unknown, filters);
    if (my !== ticket) return;
    // Pages that matched all words together stay first, unless a word was unknown (then they
    // matched it only through Pagefind's guesses at a prefix).
    const all = new Set(results.map((r) => r.id));
    results =
      unknown.size || terms.length >= QUESTION_TERMS
        ? partial.results
        : [...results, ...partial.results.filter((r) => !all.has(r.id))];
  }
  const asked = terms.map((t) => partial?.corrections.get(t) ?? t);
  if (partial) results = await titlesFirst(results, partial.concepts);
  if (term) results = await promoteNamed(pf, results, asked, filters);
  if (my !== ticket) return;
  shown = results;
  offset = 0;
  list.replaceChildren();
  await renderMore();
  if (my !== ticket) return;
  describeSearch(terms, dropped, partial, shown.length);
  last = { term, filters, partial: !!partial };
  if (filtersFilled) void filtersFilled.then(() => updateCounts(pf, my, term, filters, !!partial));
  // Announced after the first results are on screen, so screen readers and tests see both together.
  // Filter-only results come in indexing order, which puts declarations newest first (src/integrations/pagefind.ts).
  const order = !q && filters.jenis?.[0] === 'Deklarasi' ? ', terbaru dahulu' : '';
  empty.hidden = shown.length > 0;
  status.textContent = shown.length
    ? `${shown.length.toLocaleString('id-ID')} hasil${q ? ` untuk “${q}”` : ''}${order}.`
    : `Tidak ada hasil${q ? ` untuk “${q}”` : ''}. Coba kata lain, atau pilih situasinya di bawah.`;
}

/** The search on screen, for counting filter values once they are loaded. */
let last: { term: string | null; filters: Filters; partial: boolean } | undefined;

let timer: number | undefined;
input.addEventListener('input', () => {
  clearTimeout(timer);
  // Fetch the index chunks for these words while the debounce waits.
  const q = input.value.trim();
  if (pagefind && q && !isCitationQuery(q)) {
    const { terms } = parseQuery(q);
    if (terms.length) void pagefind.preload(terms.join(' '), { filters: currentFilters() }).catch(() => undefined);
  }
  timer = window.setTimeout(() => run(), 60);
});
filterBox.addEventListener('change', () => run());
form.addEventListener('submit', (e) => {
  e.preventDefault();
  run();
});
more.addEventListener('click', () => renderMore());
fullTextBtn.addEventListener('click', () => void run(true));

const params = new URLSearchParams(location.search);
input.value = params.get('q') ?? '';
// Filter values are fetched only when needed (a filter in the URL, or the reader opens the
// filters), so a plain query costs no filter chunks.
let filtersFilled: Promise<void> | undefined;
const fillFilters = () =>
  (filtersFilled ??= load()
    .then((pf) => pf.filters())
    .then((counts) => fillOptions(counts, (k) => params.get(k))));
filterBox.addEventListener('toggle', () => {
  if (!filterBox.open) return;
  const my = ticket;
  void fillFilters().then(async () => {
    if (last) await updateCounts(await load(), my, last.term, last.filters, last.partial);
  });
});
filterBox.addEventListener('focusin', () => void fillFilters());
const needFilters = FILTER_KEYS.some((k) => params.get(k));
if (needFilters) filterBox.open = true;
load()
  .then(() => (needFilters ? fillFilters() : undefined))
  .then(() => (form.dataset.ready = 'true'))
  .then(() => run())
  .catch(
    () => (status.textContent = 'Indeks pencarian tidak dapat dimuat. Muat ulang halaman, atau telusuri lewat menu.'),
  );
