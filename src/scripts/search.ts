// Search page enhancement: Pagefind JS API (smaller than the Default UI), filters kept in the
// URL so a search can be shared (the /deklarasi/ form links here). The page says what to do
// without JS. Results are ranked by relevance only: a Pagefind sort would put the whole sort
// order in the metadata every search downloads (22 KB at 10,000 records).
import { escapeHtml } from '../lib/html.ts';
type Filters = Record<string, string[]>;
interface PagefindResult { id: string; data: () => Promise<ResultData> }
interface SubResult { title: string; url: string }
interface ResultData { url: string; excerpt: string; meta: Record<string, string>; filters: Filters; sub_results?: SubResult[] }
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(q: string | null, o?: Record<string, unknown>): Promise<{ results: PagefindResult[] } | null>;
  preload(q: string, o?: Record<string, unknown>): Promise<void>;
}

const FILTER_KEYS = ['jenis', 'provinsi', 'tahun', 'kegiatan', 'pemilihan', 'ikrar', 'status'] as const;
// Five results first: each one costs a fragment download (~1 KB) on a slow connection.
const PAGE = 5;
const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const more = document.querySelector<HTMLButtonElement>('#search-more')!;
document.querySelectorAll<HTMLElement>('[data-needs-js]').forEach((el) => (el.hidden = false));
document.querySelectorAll<HTMLElement>('[data-no-js]').forEach((el) => (el.hidden = true));

let pagefind: Pagefind | undefined;
async function load(): Promise<Pagefind> {
  if (pagefind) return pagefind;
  const url = `${base}pagefind/pagefind.js`;
  const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
  // No worker: saves a 12 KB script; the index is small enough for the main thread.
  await pf.options({ baseUrl: base, excerptLength: 22, noWorker: true });
  await pf.init();
  pagefind = pf;
  return pf;
}

function currentFilters(): Filters {
  const f: Filters = {};
  for (const k of FILTER_KEYS) {
    const v = form.querySelector<HTMLSelectElement>(`select[name="${k}"]`)?.value;
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

async function fillFilterOptions(pf: Pagefind, params: URLSearchParams) {
  const available = await pf.filters();
  for (const k of FILTER_KEYS) {
    const sel = form.querySelector<HTMLSelectElement>(`select[name="${k}"]`);
    if (!sel) continue;
    const values = Object.entries(available[k] ?? {}).sort(([a], [b]) => (k === 'tahun' ? b.localeCompare(a) : a.localeCompare(b, 'id')));
    for (const [value, count] of values) {
      const opt = document.createElement('option');
      opt.value = value;
      opt.textContent = `${value} (${count})`;
      sel.append(opt);
    }
    const wanted = params.get(k);
    if (wanted) sel.value = wanted;
  }
}

let shown: PagefindResult[] = [];
let offset = 0;
let ticket = 0;

async function renderMore() {
  const slice = shown.slice(offset, offset + PAGE);
  const my = ticket;
  const datas = await Promise.all(slice.map((r) => r.data()));
  if (my !== ticket) return;
  for (const d of datas) {
    const li = document.createElement('li');
    const kind = d.filters.jenis?.[0] ?? '';
    const extra = [d.meta.tanggal, d.meta.wilayah, d.meta.status].filter(Boolean).map(escapeHtml).join(' · ');
    // Pagefind excerpts are escaped text with <mark> only.
    // Deep links to the matching pasal (headings carry the anchors).
    const cite = CITATION.exec(input.value)?.[0];
    const subs = (d.sub_results ?? [])
      .filter((s) => s.url.includes('#'))
      .sort((a, b) => Number(cite ? norm(b.title) === norm(cite) : 0) - Number(cite ? norm(a.title) === norm(cite) : 0))
      .slice(0, 3);
    const subHtml = subs.length ? `<ul>${subs.map((s) => `<li><a href="${escapeHtml(s.url)}">${escapeHtml(s.title.replace(/#$/, '').trim())}</a></li>`).join('')}</ul>` : '';
    li.innerHTML = `<a href="${escapeHtml(d.url)}"><strong>${escapeHtml(d.meta.title ?? d.url)}</strong></a> <span class="tag">${escapeHtml(kind)}</span>${extra ? `<br><span class="muted">${extra}</span>` : ''}<p>${d.excerpt}</p>${subHtml}`;
    list.append(li);
  }
  offset += slice.length;
  more.hidden = offset >= shown.length;
}

async function run() {
  const my = ++ticket;
  syncUrl();
  const q = input.value.trim();
  const filters = currentFilters();
  if (!q && !Object.keys(filters).length) {
    list.replaceChildren();
    more.hidden = true;
    status.textContent = 'Ketik kata kunci atau pilih filter.';
    return;
  }
  status.textContent = 'Mencari…';
  const pf = await load();
  const res = await pf.search(q || null, { filters });
  if (my !== ticket || !res) return;
  shown = await citationFirst(q, res.results);
  if (my !== ticket) return;
  offset = 0;
  list.replaceChildren();
  await renderMore();
  if (my !== ticket) return;
  // Announced after the first results are on screen, so screen readers and tests see both together.
  // Filter-only results come in indexing order, which puts declarations newest first (src/integrations/pagefind.ts).
  const order = !q && filters.jenis?.[0] === 'Deklarasi' ? ', terbaru dahulu' : '';
  status.textContent = shown.length
    ? `${shown.length.toLocaleString('id-ID')} hasil${q ? ` untuk “${q}”` : ''}${order}.`
    : `Tidak ada hasil${q ? ` untuk “${q}”` : ''}. Coba kata lain, misalnya “media sosial” atau “spanduk”.`;
}

// "pasal 5 huruf n" should land on that provision: Pagefind ranks words, not citations,
// so for citation-shaped queries the results holding a matching pasal heading go first.
const CITATION = /\bpasal\s+\d+[a-z]?(?:\s+ayat\s*\(?\d+\)?)?(?:\s+huruf\s+[a-z])?(?:\s+angka\s+\d+)?/i;
const norm = (s: string) => s.toLowerCase().replace(/[()#]/g, '').replace(/\s+/g, ' ').trim();
async function citationFirst(q: string, results: PagefindResult[]): Promise<PagefindResult[]> {
  const m = CITATION.exec(q);
  if (!m || !pagefind) return results;
  const cite = norm(m[0]);
  // Pasal headings live on regulation pages: ask Pagefind for the best three of those (one small
  // filter file) instead of reading the fragments of every top result.
  const regs = await pagefind.search(q, { filters: { ...currentFilters(), jenis: ['Regulasi'] } });
  const head = (regs?.results ?? []).slice(0, 3);
  const datas = await Promise.all(head.map((r) => r.data()));
  const hitIds = new Set(head.filter((_, i) => (datas[i]!.sub_results ?? []).some((s) => norm(s.title) === cite)).map((r) => r.id));
  if (!hitIds.size) return results;
  const hits = [...results.filter((r) => hitIds.has(r.id)), ...head.filter((r) => hitIds.has(r.id) && !results.some((x) => x.id === r.id))];
  return [...hits, ...results.filter((r) => !hitIds.has(r.id))];
}

let timer: number | undefined;
input.addEventListener('input', () => {
  clearTimeout(timer);
  // Fetch the index chunks for these words while the debounce waits.
  const q = input.value.trim();
  if (pagefind && q) void pagefind.preload(q, { filters: currentFilters() }).catch(() => undefined);
  timer = window.setTimeout(run, 60);
});
form.addEventListener('change', (e) => {
  if (e.target !== input) run();
});
form.addEventListener('submit', (e) => {
  e.preventDefault();
  run();
});
more.addEventListener('click', () => renderMore());

const params = new URLSearchParams(location.search);
input.value = params.get('q') ?? '';
// Filter values are fetched only when needed (a filter in the URL, or the reader opens a list),
// so a plain query costs no filter chunks.
let filtersFilled: Promise<void> | undefined;
const fillFilters = () => (filtersFilled ??= load().then((pf) => fillFilterOptions(pf, params)));
form.querySelector('fieldset')?.addEventListener('focusin', () => void fillFilters());
form.querySelector('fieldset')?.addEventListener('pointerdown', () => void fillFilters());
const needFilters = FILTER_KEYS.some((k) => params.get(k));
load()
  .then(() => (needFilters ? fillFilters() : undefined))
  .then(() => (form.dataset.ready = 'true'))
  .then(run)
  .catch(() => (status.textContent = 'Indeks pencarian tidak dapat dimuat. Muat ulang halaman, atau telusuri lewat menu.'));
