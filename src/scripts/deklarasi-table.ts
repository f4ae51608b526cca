// Progressive enhancement for /deklarasi/: filter and sort ALL records (not just this page's
// rows) from a compact index fetched on first use; the state lives in the URL.
import { escapeHtml } from '../lib/html.ts';
import { filterRows, sortRows, type SortKey, type TableFilter, type TableIndex, type TableRow } from '../lib/deklarasi.ts';
import { EVENT_LABEL, ELECTION_LABEL } from '../lib/labels.ts';
import { formatDateShort } from '../lib/dates.ts';

const KEYS = ['provinsi', 'wilayah', 'tahun', 'bulan', 'kegiatan', 'pemilihan', 'ikrar'] as const;
const STEP = 200;
const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
const form = document.querySelector<HTMLFormElement>('#deklarasi-filter')!;
const status = form.querySelector<HTMLElement>('#filter-status')!;
const table = document.querySelector<HTMLTableElement>('table.deklarasi-table')!;
const tbody = table.tBodies[0]!;
const caption = table.caption!;
const pager = document.querySelector<HTMLElement>('nav[aria-label="Halaman tabel"]');
const original = { rows: tbody.innerHTML, caption: caption.textContent };
const showProvince = table.tHead!.rows[0]!.cells.length === 5;
form.hidden = false;

let index: Promise<TableIndex> | undefined;
const load = () => (index ??= fetch(`${base}data/deklarasi-indeks.json`).then((r) => r.json()));

const sel = (name: string) => form.elements.namedItem(name) as HTMLSelectElement;
function state(): { filter: TableFilter; sort: SortKey } {
  const filter: TableFilter = {};
  for (const k of KEYS) if (sel(k).value) filter[k] = sel(k).value;
  return { filter, sort: sel('urut').value as SortKey };
}

function rowHtml(r: TableRow, names: Record<string, string>) {
  const [id, tanggal, wilayah, kegiatan, pemilihan, ikrar, unit] = r;
  const cells = [
    `<td><time datetime="${tanggal}">${formatDateShort(tanggal)}</time></td>`,
    `<td><a href="${base}deklarasi/${id}/">${escapeHtml(names[wilayah] ?? wilayah)}${unit ? ` — ${escapeHtml(unit)}` : ''}</a></td>`,
    showProvince ? `<td>${escapeHtml(names[wilayah.slice(0, 2)] ?? '')}</td>` : '',
    `<td>${kegiatan.map((k) => EVENT_LABEL[k] ?? k).join(', ')}</td>`,
    `<td>${pemilihan.map((p) => ELECTION_LABEL[p] ?? p).join(', ')}</td>`,
  ];
  return `<tr data-id="${id}" data-tanggal="${tanggal}" data-provinsi="${wilayah.slice(0, 2)}" data-wilayah="${wilayah}" data-kegiatan="${kegiatan.join(' ')}" data-pemilihan="${pemilihan.join(' ')}" data-ikrar="${ikrar}">${cells.join('')}</tr>`;
}

let matches: TableRow[] = [];
let shown = 0;
let names: Record<string, string> = {};
const more = document.createElement('button');
more.type = 'button';
more.className = 'secondary';
more.textContent = 'Tampilkan lebih banyak';
more.hidden = true;
table.parentElement!.after(more);
more.addEventListener('click', () => renderMore());

function renderMore() {
  const next = matches.slice(shown, shown + STEP);
  tbody.insertAdjacentHTML('beforeend', next.map((r) => rowHtml(r, names)).join(''));
  shown += next.length;
  more.hidden = shown >= matches.length;
}

function syncUrl() {
  const params = new URLSearchParams();
  const { filter, sort } = state();
  for (const [k, v] of Object.entries(filter)) params.set(k, v!);
  if (sort !== 'tanggal-desc') params.set('urut', sort);
  const qs = params.toString();
  history.replaceState(null, '', qs ? `?${qs}` : location.pathname);
}

// Narrow the regency list to the chosen province.
function narrowRegencies() {
  const p = sel('provinsi').value;
  for (const o of Array.from(sel('wilayah').options)) if (o.value) o.hidden = Boolean(p) && o.dataset.provinsi !== p;
  if (sel('wilayah').selectedOptions[0]?.hidden) sel('wilayah').value = '';
}

async function apply() {
  narrowRegencies();
  syncUrl();
  const { filter, sort } = state();
  const active = Object.keys(filter).length > 0 || sort !== 'tanggal-desc';
  if (!active) {
    tbody.innerHTML = original.rows;
    caption.textContent = original.caption;
    if (pager) pager.hidden = false;
    more.hidden = true;
    status.textContent = '';
    return;
  }
  status.textContent = 'Memuat…';
  const idx = await load();
  names = idx.wilayah;
  matches = sortRows(filterRows(idx.baris, filter), sort, names);
  tbody.innerHTML = '';
  shown = 0;
  renderMore();
  if (pager) pager.hidden = true;
  caption.textContent = `${matches.length} dari ${idx.baris.length} catatan sesuai saringan`;
  status.textContent = `${matches.length} catatan ditemukan.`;
}

const params = new URLSearchParams(location.search);
for (const k of [...KEYS, 'urut']) if (params.get(k)) sel(k).value = params.get(k)!;
form.addEventListener('change', () => void apply());
form.addEventListener('reset', () => setTimeout(() => void apply()));
form.addEventListener('submit', (e) => e.preventDefault());
void apply().then(() => (form.dataset.ready = 'true'));
