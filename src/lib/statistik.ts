// Shaping of the violation figures (content/statistik) for pages, charts, exports and tests.
// Pure functions only. A figure is shown as its agency published it: nothing here adds, averages
// or recomputes values, and a percentage stays a percentage. Agencies that disagree are kept side
// by side, and every snapshot (one agency's figures on one as-of date) is kept.
import {
  AGENCIES,
  AGENCY_LABEL,
  ELECTION_OR_PERIOD,
  METRIC_LABEL,
  METRICS,
  POSTS,
  SANCTION_TIERS,
  type Agency,
  type Dimension,
  type Metric,
} from '../collections/statistik.ts';
import { ELECTION_LABEL } from '../collections/pemilihan.ts';
import type { EntryOf } from '../collections/index.ts';
import { provinceOf } from './regions.ts';
import { routes } from './routes.ts';
import { formatDateShort, formatMonth } from './dates.ts';

export type Fig = EntryOf<'statistik'>;
export type Cycle = (typeof ELECTION_OR_PERIOD)[number];

/** Display name of an election or of the cross-election period bucket. */
export const cycleLabel = (c: Cycle) => (c === 'lintas' ? 'Lintas pemilihan' : ELECTION_LABEL[c]);

/** The stages a case moves along, in order: reported → forwarded → found → recommended → followed up → sanctioned. */
export const CHAIN_METRICS = [
  'dilaporkan',
  'diteruskan',
  'terbukti',
  'direkomendasikan',
  'ditindaklanjuti-ppk',
  'dijatuhi-sanksi',
] as const satisfies readonly Metric[];
export type ChainMetric = (typeof CHAIN_METRICS)[number];
export const isChainMetric = (m: Metric): m is ChainMetric => (CHAIN_METRICS as readonly Metric[]).includes(m);

/** A national top-line figure: national scope, not part of a breakdown. */
export const isHeadline = (f: Fig) => f.data.cakupan === 'nasional' && !f.data.rincian;
/** A headline figure that measures the metric as defined, without a qualifying description. */
export const isPrimary = (f: Fig) => isHeadline(f) && !f.data.metrik_uraian;

/** Cycles (elections, then "lintas") that have at least one figure, in the schema's order. */
export function cyclesWithFigures(figs: readonly Fig[]): Cycle[] {
  const have = new Set(figs.map((f) => f.data.pemilihan));
  return ELECTION_OR_PERIOD.filter((c) => have.has(c));
}

/** The latest election (not "lintas") that has national headline figures: the one the printed sheet shows. */
export function latestCycle(figs: readonly Fig[]): Cycle | undefined {
  return cyclesWithFigures(figs.filter((f) => isHeadline(f) && f.data.pemilihan !== 'lintas')).at(-1);
}

const byValueDesc = (a: Fig, b: Fig) =>
  (b.data.nilai ?? -1) - (a.data.nilai ?? -1) ||
  (b.data.persen ?? -1) - (a.data.persen ?? -1) ||
  a.id.localeCompare(b.id);
const byMetric = (a: Fig, b: Fig) =>
  METRICS.indexOf(a.data.metrik) - METRICS.indexOf(b.data.metrik) ||
  Number(Boolean(a.data.metrik_uraian)) - Number(Boolean(b.data.metrik_uraian)) ||
  byPreference(a, b);
const agencyOrder = (a: Agency, b: Agency) => AGENCIES.indexOf(a) - AGENCIES.indexOf(b);
/** Versions of one figure: the better-sourced first, then by id (the plain id before "…-versi-…"). */
const byPreference = (a: Fig, b: Fig) => b.data.sumber.length - a.data.sumber.length || a.id.localeCompare(b.id);

// ---------------------------------------------------------------------------------------------
// Chains: one agency's national figures on one as-of date.

export interface Snapshot {
  key: string;
  pemilihan: Cycle;
  lembaga: Agency;
  per_tanggal: string;
  resmi: boolean;
  /** Every national top-line figure of this agency on this date, in metric order. */
  figures: Fig[];
}

/** Figures of a snapshot at one stage: the plain ones when there are any, else the qualified ones. */
export function stage(s: Snapshot, m: Metric): Fig[] {
  const at = s.figures.filter((f) => f.data.metrik === m);
  const plain = at.filter((f) => !f.data.metrik_uraian);
  return plain.length ? plain : at;
}

/** Chain stages of a snapshot that hold at least one figure with a count. */
export const countedStages = (s: Snapshot) =>
  CHAIN_METRICS.filter((m) => stage(s, m).some((f) => f.data.nilai !== undefined));

/**
 * National chains per cycle, agency and as-of date, every snapshot kept; ordered by cycle, date,
 * agency. Pass one cycle's figures or all of them.
 */
export function chains(figs: readonly Fig[]): Snapshot[] {
  const groups = new Map<string, Snapshot>();
  for (const f of figs) {
    if (!isHeadline(f)) continue;
    const d = f.data;
    const key = `${d.pemilihan}|${d.lembaga}|${d.per_tanggal}|${d.resmi ? 'resmi' : 'pemantau'}`;
    let s = groups.get(key);
    if (!s) {
      s = { key, pemilihan: d.pemilihan, lembaga: d.lembaga, per_tanggal: d.per_tanggal, resmi: d.resmi, figures: [] };
      groups.set(key, s);
    }
    s.figures.push(f);
  }
  const out = [...groups.values()];
  for (const s of out) s.figures.sort(byMetric);
  return out.sort(
    (a, b) =>
      ELECTION_OR_PERIOD.indexOf(a.pemilihan) - ELECTION_OR_PERIOD.indexOf(b.pemilihan) ||
      a.per_tanggal.localeCompare(b.per_tanggal) ||
      agencyOrder(a.lembaga, b.lembaga),
  );
}

/**
 * The chain to chart for each official agency of a cycle: its snapshot with at least two counted
 * stages that has the most stages counted by plain figures (the measure as defined, not a
 * sub-group), then the most stages in all, the latest on a tie. Agencies in the schema's order.
 */
export function chartedChains(snapshots: readonly Snapshot[]): Snapshot[] {
  const score = (s: Snapshot) => {
    const stages = countedStages(s);
    const plain = stages.filter((m) => stage(s, m).some((f) => !f.data.metrik_uraian));
    return [plain.length, stages.length] as const;
  };
  const best = new Map<Agency, Snapshot>();
  for (const s of snapshots) {
    if (!s.resmi) continue;
    const [p, n] = score(s);
    if (n < 2) continue;
    const cur = best.get(s.lembaga);
    const [cp, cn] = cur ? score(cur) : [-1, -1];
    if (!cur || p > cp || (p === cp && (n > cn || (n === cn && s.per_tanggal > cur.per_tanggal))))
      best.set(s.lembaga, s);
  }
  return [...best.values()].sort((a, b) => agencyOrder(a.lembaga, b.lembaga));
}

// ---------------------------------------------------------------------------------------------
// Agencies side by side: for each metric, each agency's latest figures. Never averaged.

export interface AgencyCell {
  lembaga: Agency;
  per_tanggal: string;
  figures: Fig[];
}
export interface ComparisonRow {
  metrik: Metric;
  cells: (AgencyCell | undefined)[];
}
export interface Comparison {
  agencies: Agency[];
  rows: ComparisonRow[];
}

/**
 * Side-by-side comparison of one cycle's official national figures: one row per chain metric
 * that any agency published, one column per agency; each cell holds that agency's figures on its
 * latest as-of date for the metric (plain figures when there are any).
 */
export function compareAgencies(figs: readonly Fig[], metrics: readonly Metric[] = CHAIN_METRICS): Comparison {
  const official = figs.filter((f) => isHeadline(f) && f.data.resmi);
  const agencies = [
    ...new Set(official.filter((f) => metrics.includes(f.data.metrik)).map((f) => f.data.lembaga)),
  ].sort(agencyOrder);
  const rows: ComparisonRow[] = [];
  for (const m of metrics) {
    const cells = agencies.map((a): AgencyCell | undefined => {
      const xs = official.filter((f) => f.data.lembaga === a && f.data.metrik === m);
      if (!xs.length) return undefined;
      const last = xs
        .map((f) => f.data.per_tanggal)
        .sort()
        .at(-1)!;
      const at = xs.filter((f) => f.data.per_tanggal === last);
      const plain = at.filter((f) => !f.data.metrik_uraian);
      return { lembaga: a, per_tanggal: last, figures: (plain.length ? plain : at).sort(byPreference) };
    });
    if (cells.some(Boolean)) rows.push({ metrik: m, cells });
  }
  return { agencies, rows };
}

// ---------------------------------------------------------------------------------------------
// Breakdowns: figures that are parts of one published split (dimension, agency, date, metric, scope).

export interface BreakdownSet {
  key: string;
  pemilihan: Cycle;
  dimensi: Dimension;
  lembaga: Agency;
  lembaga_nama?: string | undefined;
  per_tanggal: string;
  metrik: Metric;
  cakupan: Fig['data']['cakupan'];
  /** Region code for provincial and regional splits. */
  wilayah?: string | undefined;
  /** True when the parts are percentages as the agency gave them (no count). */
  persen: boolean;
  items: Fig[];
}

const setKey = (f: Fig) => {
  const d = f.data;
  const place = d.cakupan === 'provinsi' || d.cakupan === 'wilayah' ? (d.wilayah ?? '') : '';
  const kind = d.nilai === undefined ? 'persen' : d.satuan;
  return [
    d.pemilihan,
    d.rincian!.dimensi,
    d.lembaga,
    d.lembaga_nama ?? '',
    d.per_tanggal,
    d.metrik,
    d.cakupan,
    place,
    kind,
  ].join('|');
};

/** The order of a set's parts: posts and sanction levels by the schema's order, others by value. */
function itemOrder(dim: Dimension) {
  if (dim === 'jabatan')
    return (a: Fig, b: Fig) =>
      POSTS.indexOf(a.data.rincian!.jabatan ?? 'lainnya') - POSTS.indexOf(b.data.rincian!.jabatan ?? 'lainnya') ||
      byValueDesc(a, b);
  if (dim === 'tingkat-sanksi')
    return (a: Fig, b: Fig) =>
      SANCTION_TIERS.indexOf(a.data.rincian!.tingkat_sanksi ?? 'lainnya') -
        SANCTION_TIERS.indexOf(b.data.rincian!.tingkat_sanksi ?? 'lainnya') || byValueDesc(a, b);
  return byValueDesc;
}

/**
 * Breakdown sets of one dimension, national sets first, then by date. A set holds the parts one
 * agency published together; parts are never summed into a total no source states.
 */
export function breakdowns(figs: readonly Fig[], dimensi: Dimension): BreakdownSet[] {
  const groups = new Map<string, BreakdownSet>();
  for (const f of figs) {
    const r = f.data.rincian;
    if (!r || r.dimensi !== dimensi) continue;
    const key = setKey(f);
    let s = groups.get(key);
    if (!s) {
      const d = f.data;
      s = {
        key,
        pemilihan: d.pemilihan,
        dimensi,
        lembaga: d.lembaga,
        lembaga_nama: d.lembaga_nama,
        per_tanggal: d.per_tanggal,
        metrik: d.metrik,
        cakupan: d.cakupan,
        wilayah: d.cakupan === 'provinsi' || d.cakupan === 'wilayah' ? d.wilayah : undefined,
        persen: d.nilai === undefined,
        items: [],
      };
      groups.set(key, s);
    }
    s.items.push(f);
  }
  const out = [...groups.values()];
  for (const s of out) s.items.sort(itemOrder(dimensi));
  const national = (s: BreakdownSet) => (s.cakupan === 'nasional' ? 0 : 1);
  return out.sort(
    (a, b) =>
      ELECTION_OR_PERIOD.indexOf(a.pemilihan) - ELECTION_OR_PERIOD.indexOf(b.pemilihan) ||
      national(a) - national(b) ||
      a.per_tanggal.localeCompare(b.per_tanggal) ||
      agencyOrder(a.lembaga, b.lembaga) ||
      a.key.localeCompare(b.key),
  );
}

/** The set a chart shows: a national one when there is any, with the most parts (at least two), the latest on a tie. */
export function chartedSet(sets: readonly BreakdownSet[]): BreakdownSet | undefined {
  const pool = sets.some((s) => s.cakupan === 'nasional') ? sets.filter((s) => s.cakupan === 'nasional') : sets;
  let best: BreakdownSet | undefined;
  for (const s of pool) {
    if (s.items.length < 2) continue;
    if (
      !best ||
      s.items.length > best.items.length ||
      (s.items.length === best.items.length && s.per_tanggal > best.per_tanggal)
    )
      best = s;
  }
  return best;
}

/** The value a chart draws for a figure: its count, or its percentage in a set of percentages. */
export const chartValue = (f: Fig, persen: boolean) => (persen ? f.data.persen : f.data.nilai);

// ---------------------------------------------------------------------------------------------
// Places.

/** The province a figure belongs to, from its Kemendagri code (none for national or uncoded figures). */
export const provinceOfFig = (f: Fig) => (f.data.wilayah ? provinceOf(f.data.wilayah) : undefined);

/** Figures with a province, grouped by province code (codes sorted). */
export function byProvince(figs: readonly Fig[]): Map<string, Fig[]> {
  const out = new Map<string, Fig[]>();
  for (const f of figs) {
    const p = provinceOfFig(f);
    if (!p) continue;
    if (!out.has(p)) out.set(p, []);
    out.get(p)!.push(f);
  }
  return new Map([...out.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

/** Figures about one place: a province code takes the province's own figures only; a regency code its own. */
export const figuresOf = (figs: readonly Fig[], code: string) => figs.filter((f) => f.data.wilayah === code);

/** Figures of a regency (NN.NN), grouped by code, inside one province's figures. */
export function byRegency(figs: readonly Fig[]): Map<string, Fig[]> {
  const out = new Map<string, Fig[]>();
  for (const f of figs) {
    const w = f.data.wilayah;
    if (!w || w.length !== 5) continue;
    if (!out.has(w)) out.set(w, []);
    out.get(w)!.push(f);
  }
  return new Map([...out.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

export interface ProvinceRelease {
  lembaga: Agency;
  per_tanggal: string;
  metrik: Metric;
  satuan: Fig['data']['satuan'];
  /** One figure per province, largest first. */
  items: Fig[];
}

/**
 * The comparison between provinces that a map may show: province-level counts that one agency
 * published together (same national release: no regional office name, same date, metric and unit)
 * for at least three provinces; the one with most provinces, "dilaporkan" first, latest on a tie.
 * Figures from different agencies or dates are never ranked against each other.
 */
export function provinceRelease(figs: readonly Fig[]): ProvinceRelease | undefined {
  const groups = new Map<string, Fig[]>();
  for (const f of figs) {
    const d = f.data;
    if (d.cakupan !== 'provinsi' || d.rincian || d.lembaga_nama || d.nilai === undefined || !d.resmi) continue;
    const key = [d.lembaga, d.per_tanggal, d.metrik, d.satuan, d.metrik_uraian ?? ''].join('|');
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(f);
  }
  let best: Fig[] | undefined;
  const score = (xs: Fig[]) => [
    new Set(xs.map((f) => f.data.wilayah)).size,
    xs[0]!.data.metrik === 'dilaporkan' ? 1 : 0,
  ];
  for (const xs of groups.values()) {
    const [n, rep] = score(xs) as [number, number];
    if (n < 3) continue;
    if (!best) {
      best = xs;
      continue;
    }
    const [bn, brep] = score(best) as [number, number];
    if (n > bn || (n === bn && (rep > brep || (rep === brep && xs[0]!.data.per_tanggal > best[0]!.data.per_tanggal))))
      best = xs;
  }
  if (!best) return undefined;
  const d = best[0]!.data;
  return {
    lembaga: d.lembaga,
    per_tanggal: d.per_tanggal,
    metrik: d.metrik,
    satuan: d.satuan,
    items: [...best].sort(byValueDesc),
  };
}

// ---------------------------------------------------------------------------------------------
// Prohibited acts and sources.

/** Breakdown figures that name each prohibited act (larangan id), in figure order. */
export function figuresByLarangan(figs: readonly Fig[]): Map<string, Fig[]> {
  const out = new Map<string, Fig[]>();
  for (const f of figs)
    for (const id of f.data.rincian?.larangan ?? []) {
      if (!out.has(id)) out.set(id, []);
      out.get(id)!.push(f);
    }
  return out;
}

/** How many sources a figure cites. */
export const sourceCount = (f: Fig) => f.data.sumber.length;

/** Number of figures by how many sources they cite: {1: n, 2: n, …}. */
export function sourceCounts(figs: readonly Fig[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const f of figs) out.set(sourceCount(f), (out.get(sourceCount(f)) ?? 0) + 1);
  return new Map([...out.entries()].sort(([a], [b]) => a - b));
}

// ---------------------------------------------------------------------------------------------
// Where a figure is shown, and how a value reads.

/** The page that shows a figure in full: its province's page for figures with a region code, else the cycle page. */
export function figurePage(f: Fig): string {
  const p = provinceOfFig(f);
  return p ? routes.statistikProvinsi(f.data.pemilihan, p) : routes.statistik(f.data.pemilihan);
}
/** The figure's citable address: its page plus its id as anchor. */
export const figurePath = (f: Fig) => `${figurePage(f)}#${f.id}`;

const int = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });
const pct = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 });
export const formatCount = (n: number) => int.format(n);
export const formatPercent = (n: number) => `${pct.format(n)}%`;

const UNIT_SHORT = { asn: 'ASN', kasus: 'kasus' } as const;

/** "1.450 ASN", "92 kasus", "1.450 ASN (90,8%)", or "30,4%": the value exactly as given. */
export function formatValue(d: Fig['data']): string {
  if (d.nilai === undefined) return formatPercent(d.persen!);
  const n = `${formatCount(d.nilai)} ${UNIT_SHORT[d.satuan]}`;
  return d.persen === undefined ? n : `${n} (${formatPercent(d.persen)})`;
}

/** Splits a label into lines of at most `width` characters at spaces (a longer word keeps its own line). */
export function wrapLabel(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The as-of text, preceded by the period for figures that cover one ("kurun 2020–2023, disampaikan 19 Juni 2023"). */
export const whenText = (d: Pick<Fig['data'], 'per_tanggal' | 'presisi_per_tanggal' | 'periode'>) =>
  d.periode ? `kurun ${d.periode}, ${asOfText(d)}` : asOfText(d);

/** When a figure stands: "per 26 November 2020", "disampaikan 6 Februari 2024" (no data date given), "per Januari 2021". */
export function asOfText(d: Pick<Fig['data'], 'per_tanggal' | 'presisi_per_tanggal'>): string {
  if (d.presisi_per_tanggal === 'bulan') return `per ${formatMonth(d.per_tanggal)}`;
  if (d.presisi_per_tanggal === 'terbit') return `disampaikan ${formatDateShort(d.per_tanggal)}`;
  return `per ${formatDateShort(d.per_tanggal)}`;
}

// ---------------------------------------------------------------------------------------------
// Chart data: bars and the sentence that describes them (the chart's text alternative).

export interface Bar {
  label: string;
  /** Drawn length; none for a value that cannot share the scale (a percentage among counts). */
  value?: number | undefined;
  /** The value as written beside the bar ("1.450 ASN"). */
  text: string;
  /** A second version of the same figure (sources disagree). */
  alt?: boolean;
}
export interface BarGroup {
  label?: string;
  bars: Bar[];
}

/** A second or later plain figure for one measure in one release: the sources gave different numbers. */
export const isOtherVersion = (f: Fig, index: number) => index > 0 && !f.data.metrik_uraian;

/** The text with its first letter in lower case ("Ditindaklanjuti PPK" → "ditindaklanjuti PPK"). */
export const lcFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** What a figure measures, in words: the measure's name and its qualification, or the description of "lainnya". */
export function measureText(d: Pick<Fig['data'], 'metrik' | 'metrik_uraian'>): string {
  if (d.metrik === 'lainnya') return d.metrik_uraian ?? METRIC_LABEL.lainnya.label;
  return d.metrik_uraian ? `${METRIC_LABEL[d.metrik].label} — ${d.metrik_uraian}` : METRIC_LABEL[d.metrik].label;
}

/** The one province all parts of a breakdown belong to, if they share one (a regional breakdown). */
export function setProvince(set: BreakdownSet): string | undefined {
  const codes = new Set(set.items.map((f) => provinceOfFig(f) ?? ''));
  const [only] = codes;
  return codes.size === 1 && only ? only : undefined;
}

/** Who published a figure, as the source names it. */
export const publisherOf = (d: Fig['data']) => d.lembaga_nama ?? AGENCY_LABEL[d.lembaga];

/** Bars of the charted chains: one group per agency, one bar per chain figure (both versions when sources disagree). */
export function chainChart(snapshots: readonly Snapshot[]): { groups: BarGroup[]; desc: string } {
  const groups = snapshots.map((s) => ({
    label: `${AGENCY_LABEL[s.lembaga]}, ${whenText(s.figures[0]!.data)}`,
    bars: CHAIN_METRICS.flatMap((m) =>
      stage(s, m).map((f, i) => ({
        label: measureText(f.data),
        value: f.data.nilai,
        text: formatValue(f.data) + (isOtherVersion(f, i) ? ' (versi lain)' : ''),
        alt: isOtherVersion(f, i),
      })),
    ),
  }));
  const desc = groups
    .map((g) => `${g.label}: ${g.bars.map((b) => `${lcFirst(b.label)} ${b.text}`).join('; ')}.`)
    .join(' ');
  return { groups, desc };
}

/** Bars of one breakdown: one per part, counts or percentages as given. */
export function breakdownChart(set: BreakdownSet): { groups: BarGroup[]; desc: string } {
  const bars = set.items.map((f) => ({
    label: f.data.rincian!.kategori,
    value: chartValue(f, set.persen),
    text: formatValue(f.data),
  }));
  const first = set.items[0]!.data;
  const desc = `${publisherOf(first)}, ${asOfText(first)}: ${bars.map((b) => `${b.label} ${b.text}`).join('; ')}.`;
  return { groups: [{ bars }], desc };
}
