// Search page enhancement: Pagefind JS API (smaller than the Default UI), filters kept in the
// URL so a search can be shared (the /deklarasi/ form links here). The page says what to do
// without JS. No Pagefind sort (it would put the whole order in the metadata every search
// downloads: 22 KB at 10,000 records): word queries are ranked by relevance, filter-only results
// come in indexing order (declarations newest first), citations come from /data/pasal.json.
import { escapeHtml } from '../lib/html.ts';
import { CITATION, matchProvisions, type ProvisionHit } from '../lib/provisions.ts';
type Filters = Record<string, string[]>;
interface PagefindResult {
  id: string;
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
const fullTextBtn = document.querySelector<HTMLButtonElement>('#search-fulltext')!;
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
    const values = Object.entries(available[k] ?? {}).sort(([a], [b]) =>
      k === 'tahun' ? b.localeCompare(a) : a.localeCompare(b, 'id'),
    );
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
    // Deep links to the matching sections (headings carry the anchors).
    const subs = (d.sub_results ?? []).filter((s) => s.url.includes('#')).slice(0, 3);
    const subHtml = subs.length
      ? `<ul>${subs.map((s) => `<li><a href="${escapeHtml(s.url)}">${escapeHtml(s.title.replace(/#$/, '').trim())}</a></li>`).join('')}</ul>`
      : '';
    li.innerHTML = `<a href="${escapeHtml(d.url)}"><strong>${escapeHtml(d.meta.title ?? d.url)}</strong></a> <span class="tag">${escapeHtml(kind)}</span>${extra ? `<br><span class="muted">${extra}</span>` : ''}<p>${d.excerpt}</p>${subHtml}`;
    list.append(li);
  }
  offset += slice.length;
  more.hidden = offset >= shown.length;
}

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

async function run(fullText = false) {
  const my = ++ticket;
  syncUrl();
  const q = input.value.trim();
  const filters = currentFilters();
  fullTextBtn.hidden = true;
  if (!q && !Object.keys(filters).length) {
    list.replaceChildren();
    more.hidden = true;
    status.textContent = 'Ketik kata kunci atau pilih filter.';
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
  const pf = await load();
  const res = await pf.search(q || null, { filters });
  if (my !== ticket || !res) return;
  shown = res.results;
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

let timer: number | undefined;
input.addEventListener('input', () => {
  clearTimeout(timer);
  // Fetch the index chunks for these words while the debounce waits.
  const q = input.value.trim();
  if (pagefind && q && !isCitationQuery(q))
    void pagefind.preload(q, { filters: currentFilters() }).catch(() => undefined);
  timer = window.setTimeout(() => run(), 60);
});
form.addEventListener('change', (e) => {
  if (e.target !== input) run();
});
form.addEventListener('submit', (e) => {
  e.preventDefault();
  run();
});
more.addEventListener('click', () => renderMore());
fullTextBtn.addEventListener('click', () => void run(true));

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
  .then(() => run())
  .catch(
    () => (status.textContent = 'Indeks pencarian tidak dapat dimuat. Muat ulang halaman, atau telusuri lewat menu.'),
  );
