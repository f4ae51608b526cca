// Build benchmark at growing record counts (`npm run bench`; not part of `npm test`).
//
//   npm run bench -- --sizes 100,1000,5000,10000 --runs 1 [--out docs/benchmarks.md] [--no-write] [--keep]
//
// The method is stated once, in METHOD below (it is also the report's "Method" paragraph).
// Reports wall time, Pagefind time, peak memory, output sizes, the page budgets and a
// per-route-kind render breakdown taken from Astro's own "(+Xms)" route log. Writes a Markdown
// report; temp dirs are removed.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './gen-records.ts';
import { pageWeights, type PageWeight } from './lib/weight.ts';
import { DEKLARASI_SUBPAGES } from '../src/lib/routes.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** How a size is measured; the report's "Method" paragraph. */
const METHOD = `for each N, \`scripts/gen-records.ts\` copies \`content/\` and adds N synthetic declaration records (realistic size,
valid codes, dates and time zones). Then a cold \`npm run build\` runs with \`CONTENT_DIR\`/\`OUT_DIR\` in a temp dir and that
folder's content cache deleted first: \`astro build\` (content check and rendering), then \`scripts/postbuild.ts\` in a new process
(Pagefind index and offline pack); the time covers both. Peak RSS: "largest process" is \`/usr/bin/time -v\` "Maximum resident set
size"; "process tree" sums RSS over the build and its children polled every 100 ms.`;
const BIN = path.join(ROOT, 'node_modules/.bin');

// ---------- arguments ----------
function arg(name: string, fallback: string): string | true {
  const i = process.argv.indexOf(`--${name}`);
  if (i === -1) return fallback;
  const v = process.argv[i + 1];
  return v === undefined || v.startsWith('--') ? true : v;
}
const sizes = String(arg('sizes', '100,1000,5000,10000'))
  .split(',')
  .map((s) => Number(s.trim()))
  .filter((n) => Number.isInteger(n) && n >= 0);
const runs = Math.max(1, Number(arg('runs', '1')) || 1);
const outFile = path.resolve(ROOT, String(arg('out', 'docs/benchmarks.md')));
const write = !process.argv.includes('--no-write');
const keep = process.argv.includes('--keep');
if (!sizes.length) {
  console.error('usage: npm run bench -- --sizes 100,1000,5000,10000 --runs 1');
  process.exit(2);
}

// ---------- helpers ----------
type Maybe = number | null | undefined;
const median = (xs: Maybe[]): number | null => {
  const s = xs.filter((x): x is number => x != null && !Number.isNaN(x)).sort((a, b) => a - b);
  if (!s.length) return null;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const fmt = (x: Maybe, d = 1) => (x == null ? '–' : x.toFixed(d));
const MiB = 1024 * 1024;

async function dirStats(dir: string): Promise<{ bytes: number; files: number; html: number }> {
  let bytes = 0;
  let files = 0;
  let html = 0;
  const walk = async (d: string): Promise<void> => {
    for (const it of await readdir(d, { withFileTypes: true })) {
      const p = path.join(d, it.name);
      if (it.isDirectory()) await walk(p);
      else {
        files++;
        if (it.name.endsWith('.html')) html++;
        bytes += (await stat(p)).size;
      }
    }
  };
  if (existsSync(dir)) await walk(dir);
  return { bytes, files, html };
}

/** Sum of RSS over `pid` and all its descendants, in bytes (Linux /proc). With `foreign`, also
 *  counts other build/test processes (astro, vitest, chromium, pagefind) outside that tree: two
 *  builds in one checkout share `.astro/` and the CPU, so such a run is marked as contended. */
function treeRss(rootPid: number, foreign = false): { total: number; others: number } {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const st = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(st.slice(st.lastIndexOf(')') + 2).split(' ')[1]);
      const pid = Number(name);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid)!.push(pid);
      const statm = readFileSync(`/proc/${name}/statm`, 'utf8').split(' ');
      rss.set(pid, Number(statm[1]) * 4096);
    } catch {
      /* process ended while we looked */
    }
  }
  let total = 0;
  const mine = new Set([process.pid]);
  const stack = [rootPid];
  while (stack.length) {
    const p = stack.pop()!;
    mine.add(p);
    total += rss.get(p) ?? 0;
    stack.push(...(children.get(p) ?? []));
  }
  let others = 0;
  if (foreign)
    for (const pid of rss.keys()) {
      if (mine.has(pid)) continue;
      try {
        const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
        if (/astro (build|dev|preview)|vitest|chromium|pagefind|npm (run )?(build|test)/.test(cmd)) others++;
      } catch {
        /* gone */
      }
    }
  return { total, others };
}

/** Route kind for Astro's "├─ /path/index.html (+12ms)" lines. */
function routeKind(route: string): string {
  if (/^\/deklarasi\/provinsi\//.test(route)) return 'deklarasi/provinsi/[kode]';
  if (/^\/deklarasi\/wilayah\//.test(route)) return 'deklarasi/wilayah/[kode]';
  if (/^\/deklarasi\/halaman\//.test(route) || route === '/deklarasi/index.html') return 'deklarasi/[...page] (tabel)';
  if (/^\/deklarasi\/(linimasa|perubahan|peta)\//.test(route) || route === '/deklarasi/feed.xml')
    return 'deklarasi/linimasa, peta, perubahan, feed';
  if (/^\/deklarasi\/[^/]+\/index\.html$/.test(route)) return 'deklarasi/[id] (rekaman)';
  if (/^\/data\//.test(route)) return 'data/* (CSV, JSON, indeks)';
  if (route === '/peta-situs/index.html') return 'peta-situs';
  if (route === '/index.html') return 'beranda (/)';
  if (/^\/ikrar\//.test(route)) return 'ikrar/*';
  return 'lainnya';
}

function machine() {
  const cpu = (readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.+)$/m) ?? [])[1] ?? 'unknown';
  const nodeV = spawnSync(path.join(BIN, 'node'), ['--version'], { encoding: 'utf8' }).stdout.trim();
  const versionOf = (pkg: string) =>
    (JSON.parse(readFileSync(path.join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string })
      .version;
  const astroV = versionOf('astro');
  const pagefindV = versionOf('pagefind');
  return {
    nproc: os.availableParallelism?.() ?? os.cpus().length,
    memGiB: os.totalmem() / 1024 ** 3,
    cpu,
    node: nodeV,
    astro: astroV,
    pagefind: pagefindV,
    date: new Date().toISOString().replace('T', ' ').slice(0, 16) + ' UTC',
  };
}

/** Other build/test processes on this machine (not ours). */
function othersRunning() {
  return treeRss(-1, true).others;
}

/** Astro writes `.astro/content-modules.mjs` (paths of the content folder being built) in the project
 *  root for every build, whatever CONTENT_DIR/OUT_DIR say, so two builds in one checkout at the same
 *  time can render each other's MDX or fail. Wait (up to 20 min) until no other build or test runs. */
async function waitForQuiet() {
  // `npm test` runs several builds in a row; require 15 s of quiet so its gaps do not count.
  const t0 = Date.now();
  let said = false;
  let quietSince = Date.now();
  while (Date.now() - t0 < 20 * 60_000) {
    if (othersRunning()) {
      if (!said) process.stdout.write('(waiting for another build/test to finish) ');
      said = true;
      quietSince = Date.now();
    } else if (!said || Date.now() - quietSince >= 15_000) return;
    await new Promise((r) => setTimeout(r, 1000));
  }
}

// ---------- one build ----------
type Phase = 'checked' | 'synced' | 'render' | 'rendered' | 'indexed';
interface RouteTime {
  n: number;
  ms: number;
}
interface Budgets {
  pages: number;
  over: string[];
  maxFirst: PageWeight;
  maxRecordHtml: PageWeight | null;
  withJs: string[];
}
interface BuildResult {
  ok: boolean;
  contended: number;
  code: number | null;
  wall: number;
  pagefindS: number | null;
  indexed: number | null;
  peakMiB: number | null;
  peakTreeMiB: number;
  distMB: number;
  pagefindMB: number;
  pagefindFiles: number;
  pages: number;
  budgets: Budgets | null;
  pack: { files: number; mb: number } | null;
  routes: number;
  routeMs: Map<string, RouteTime>;
  marks: Partial<Record<Phase, number>>;
  tail: string;
}

async function build(contentDir: string, outDir: string, logFile: string): Promise<BuildResult> {
  await waitForQuiet();
  // Same cache path rule as astro.config.mjs.
  const cacheDir = path.join(ROOT, 'node_modules/.astro-cache', contentDir.replace(/[^a-z0-9]+/gi, '-'));
  await rm(cacheDir, { recursive: true, force: true });
  await rm(outDir, { recursive: true, force: true });
  spawnSync('sync'); // flush the generator's writes so they do not land inside the timing

  const useTime = existsSync('/usr/bin/time');
  // The same two steps as `npm run build`: astro build, then Pagefind + offline pack in a new process.
  // /usr/bin/time reports the largest RSS of any process in the chain.
  const script = `${path.join(BIN, 'astro')} build && ${path.join(BIN, 'node')} scripts/postbuild.ts`;
  const cmd = useTime ? '/usr/bin/time' : 'sh';
  const args = useTime ? ['-v', 'sh', '-c', script] : ['-c', script];
  const env = {
    ...process.env,
    PATH: `${BIN}:${process.env.PATH}`,
    CONTENT_DIR: contentDir,
    OUT_DIR: outDir,
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  const log = createWriteStream(logFile);
  const t0 = performance.now();
  const child = spawn(cmd, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const marks: Partial<Record<Phase, number>> = {};
  const mark = (k: Phase) => (marks[k] ??= (performance.now() - t0) / 1000);
  const routeMs = new Map<string, RouteTime>();
  let routes = 0;
  let text = '';
  let buf = '';
  const onLine = (line: string) => {
    text += `${line}\n`;
    if (line.includes('konten valid')) mark('checked');
    else if (line.includes('[content] Synced content')) mark('synced');
    else if (line.includes('generating static routes')) mark('render');
    else if (line.includes('[rambu:pagefind]')) mark('indexed');
    const m = /[├└]─ (\S+) \(\+(\d+)ms\)/.exec(line);
    if (m) {
      routes++;
      const k = routeKind(m[1]!);
      const e = routeMs.get(k) ?? { n: 0, ms: 0 };
      e.n++;
      e.ms += Number(m[2]);
      routeMs.set(k, e);
    } else if (marks.render && !marks.rendered && /Completed in/.test(line) && !line.includes('[build]'))
      mark('rendered');
  };
  const feed = (chunk: Buffer) => {
    log.write(chunk);
    buf += chunk.toString();
    let i;
    while ((i = buf.indexOf('\n')) !== -1) {
      onLine(buf.slice(0, i));
      buf = buf.slice(i + 1);
    }
  };
  child.stdout.on('data', feed);
  child.stderr.on('data', feed);
  let peakTree = 0;
  let contended = 0;
  let tick = 0;
  const poll = setInterval(() => {
    const { total, others } = treeRss(child.pid!, tick++ % 10 === 0);
    peakTree = Math.max(peakTree, total);
    contended = Math.max(contended, others);
  }, 100);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(poll);
  const wall = (performance.now() - t0) / 1000;
  if (buf) onLine(buf);
  log.end();

  const pf = /\[rambu:pagefind\] indexed (\d+) pages in ([\d.]+)s/.exec(text);
  const maxRssKb = /Maximum resident set size \(kbytes\): (\d+)/.exec(text);
  const dist = await dirStats(outDir);
  const pfStats = await dirStats(path.join(outDir, 'pagefind'));
  await rm(cacheDir, { recursive: true, force: true });
  // The page budgets of tests/build/budgets.test.ts, at this N (after the timed part).
  const budgets = code === 0 ? weighPages(outDir) : null;
  const pack = /offline pack: (\d+) files, ([\d.]+) MB/.exec(text);
  return {
    ok: code === 0,
    contended,
    code,
    wall,
    pagefindS: pf ? Number(pf[2]) : null,
    indexed: pf ? Number(pf[1]) : null,
    peakMiB: maxRssKb ? Number(maxRssKb[1]) / 1024 : null,
    peakTreeMiB: peakTree / MiB,
    distMB: dist.bytes / 1e6,
    pagefindMB: pfStats.bytes / 1e6,
    pagefindFiles: pfStats.files,
    pages: dist.html,
    budgets,
    pack: pack ? { files: Number(pack[1]), mb: Number(pack[2]) } : null,
    routes,
    routeMs,
    marks,
    tail: text.split('\n').slice(-30).join('\n'),
  };
}

const RESERVED = new RegExp(`^/deklarasi/(${DEKLARASI_SUBPAGES.join('|')})/`);
function weighPages(dist: string): Budgets {
  const w = pageWeights(dist);
  const records = w.filter((x) => /^\/deklarasi\/[^/]+\/$/.test(x.path) && !RESERVED.test(x.path));
  const top = (xs: PageWeight[], k: 'firstLoad' | 'html') => xs.reduce((a, b) => (b[k] > a[k] ? b : a), xs[0]!);
  return {
    pages: w.length,
    over: w.filter((x) => x.firstLoad > 50_000).map((x) => x.path),
    maxFirst: top(w, 'firstLoad'),
    maxRecordHtml: records.length ? top(records, 'html') : null,
    withJs: w.filter((x) => x.scripts > 0).map((x) => x.path),
  };
}

// ---------- main ----------
const m = machine();
console.log(
  `machine: ${m.nproc} cores, ${m.memGiB.toFixed(1)} GiB, ${m.cpu}, node ${m.node}, astro ${m.astro}, pagefind ${m.pagefind}`,
);
interface SizeResult {
  n: number;
  runs: number;
  genS: number;
  wall: number;
  wallMin: number;
  wallMax: number;
  contended: number;
  pagefindS: number | null;
  peakMiB: number | null;
  peakTreeMiB: number;
  distMB: number;
  pagefindMB: number;
  pagefindFiles: number;
  pages: number;
  budgets: Budgets | null;
  pack: BuildResult['pack'];
  routeMs: Map<string, RouteTime>;
  phases: Partial<Record<Phase, number | null>>;
}
const results: SizeResult[] = [];
const logDir = await mkdtemp(path.join(os.tmpdir(), 'rambu-bench-logs-'));
for (const n of sizes) {
  const tmp = await mkdtemp(path.join(os.tmpdir(), `rambu-bench-${n}-`));
  try {
    const tg = performance.now();
    const contentDir = await generate(n, path.join(tmp, 'content'));
    const genS = (performance.now() - tg) / 1000;
    const all: BuildResult[] = [];
    for (let r = 1; r <= runs; r++) {
      const logFile = path.join(logDir, `build-${n}-${r}.log`);
      process.stdout.write(`N=${n} run ${r}/${runs}: building… `);
      const res = await build(contentDir, path.join(tmp, 'dist'), logFile);
      if (!res.ok) {
        console.log(`FAILED (exit ${res.code}); log: ${logFile}\n${res.tail}`);
        process.exitCode = 1;
        break;
      }
      console.log(
        `${res.wall.toFixed(1)} s, pagefind ${fmt(res.pagefindS, 2)} s, peak ${fmt(res.peakMiB, 0)} MiB (tree ${fmt(res.peakTreeMiB, 0)}), ${res.pages} pages${res.contended ? ` — CONTENDED: ${res.contended} other build/test process(es) ran meanwhile` : ''}`,
      );
      all.push(res);
    }
    if (all.length) {
      type Numeric = 'wall' | 'pagefindS' | 'peakMiB' | 'peakTreeMiB' | 'distMB' | 'pagefindMB' | 'pagefindFiles';
      const med = (k: Numeric) => median(all.map((x) => x[k]));
      const first = all[0]!;
      const routeMs = new Map<string, RouteTime>();
      for (const [k, v] of first.routeMs)
        routeMs.set(k, { n: v.n, ms: median(all.map((x) => x.routeMs.get(k)?.ms ?? 0)) ?? 0 });
      const phase = (k: Phase) => median(all.map((x) => x.marks[k] ?? null));
      results.push({
        n,
        runs: all.length,
        genS,
        wall: med('wall')!,
        wallMin: Math.min(...all.map((x) => x.wall)),
        wallMax: Math.max(...all.map((x) => x.wall)),
        contended: Math.max(...all.map((x) => x.contended)),
        pagefindS: med('pagefindS'),
        peakMiB: med('peakMiB'),
        peakTreeMiB: med('peakTreeMiB')!,
        distMB: med('distMB')!,
        pagefindMB: med('pagefindMB')!,
        pagefindFiles: med('pagefindFiles')!,
        pages: first.pages,
        budgets: first.budgets,
        pack: first.pack,
        routeMs,
        phases: {
          checked: phase('checked'),
          synced: phase('synced'),
          render: phase('render'),
          rendered: phase('rendered'),
          indexed: phase('indexed'),
        },
      });
    }
  } finally {
    if (!keep) await rm(tmp, { recursive: true, force: true });
    else console.log(`kept ${tmp}`);
  }
}

// ---------- report ----------
const rows = results.map((r) => {
  const wall = r.runs > 1 ? `${fmt(r.wall)} (${fmt(r.wallMin)}–${fmt(r.wallMax)})` : fmt(r.wall);
  return `| ${r.n} | ${r.pages} | ${wall}${r.contended ? ' ⚠ contended' : ''} | ${fmt(r.pagefindS, 2)} | ${fmt(r.pages / r.wall, 0)} | ${fmt(r.peakMiB, 0)} | ${fmt(r.peakTreeMiB, 0)} | ${fmt(r.distMB, 1)} | ${fmt(r.pagefindMB, 1)} / ${r.pagefindFiles} |`;
});
const table = [
  '| N records | pages (HTML) | wall s (build + index) | Pagefind s | pages/s | peak RSS MiB (largest process) | peak RSS MiB (process tree) | dist MB | pagefind MB / files |',
  '|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...rows,
].join('\n');

const kb = (b: number) => fmt(b / 1024, 1);
const budgetTable = [
  '| N records | pages weighed | first load > 50 KB | largest first load (KiB, page) | largest record page HTML (KiB) | pages with JavaScript | offline pack files / MB |',
  '|---:|---:|---:|---|---:|---|---:|',
  ...results.map((r) => {
    const b = r.budgets;
    if (!b) return `| ${r.n} | – | – | – | – | – | – |`;
    return `| ${r.n} | ${b.pages} | ${b.over.length ? `**${b.over.length}** (${b.over.slice(0, 3).join(', ')})` : '0'} | ${kb(b.maxFirst.firstLoad)} \`${b.maxFirst.path}\` | ${b.maxRecordHtml ? kb(b.maxRecordHtml.html) : '–'} | ${b.withJs.map((p) => `\`${p}\``).join(' ')} | ${r.pack ? `${r.pack.files} / ${fmt(r.pack.mb, 1)}` : '–'} |`;
  }),
].join('\n');

const phaseRows = results.map((r) => {
  const p = r.phases;
  const d = (a: Maybe, b: Maybe) => (a != null && b != null ? fmt(b - a, 1) : '–');
  return `| ${r.n} | ${fmt(p.checked, 1)} | ${d(p.checked, p.render)} | ${d(p.render, p.rendered)} | ${d(p.rendered, r.wall)} |`;
});
const phaseTable = [
  '| N | start → content checked | → rendering starts (sync, types, Vite) | rendering all routes | → exit (Pagefind, write) |',
  '|---:|---:|---:|---:|---:|',
  ...phaseRows,
].join('\n');

const kinds = [...new Set(results.flatMap((r) => [...r.routeMs.keys()]))];
const kindTable = [
  `| route kind | ${results.map((r) => `N=${r.n}: pages, total s, ms/page`).join(' | ')} |`,
  `|---|${results.map(() => '---:').join('|')}|`,
  ...kinds.map(
    (k) =>
      `| ${k} | ${results
        .map((r) => {
          const e = r.routeMs.get(k);
          return e ? `${e.n}, ${fmt(e.ms / 1000, 2)}, ${fmt(e.ms / e.n, 2)}` : '–';
        })
        .join(' | ')} |`,
  ),
].join('\n');

const marg: string[] = [];
for (let i = 1; i < results.length; i++) {
  const a = results[i - 1]!;
  const b = results[i]!;
  const dn = b.n - a.n;
  if (dn <= 0) continue;
  marg.push(
    `| ${a.n} → ${b.n} | ${fmt(((b.wall - a.wall) / dn) * 1000, 2)} | ${a.pagefindS != null && b.pagefindS != null ? fmt(((b.pagefindS - a.pagefindS) / dn) * 1000, 2) : '–'} | ${a.peakMiB != null && b.peakMiB != null ? fmt(((b.peakMiB - a.peakMiB) / dn) * 1024, 0) : '–'} |`,
  );
}
const margTable = [
  '| sizes | wall ms per added record | Pagefind ms per added record | peak RSS KiB per added record |',
  '|---|---:|---:|---:|',
  ...marg,
].join('\n');

// Short automatic analysis of growth and the targets (10k records < 60 s, < 2 GiB, flat per-record cost).
const analysis: string[] = [];
if (results.length > 1) {
  const per: { from: number; to: number; ms: number }[] = [];
  for (let i = 1; i < results.length; i++) {
    const a = results[i - 1]!;
    const b = results[i]!;
    if (b.n > a.n) per.push({ from: a.n, to: b.n, ms: ((b.wall - a.wall) / (b.n - a.n)) * 1000 });
  }
  if (per.length) {
    const first = per[0]!;
    const last = per[per.length - 1]!;
    const fixed = results[0]!.wall - (results[0]!.n * first.ms) / 1000;
    analysis.push(
      `- Fixed cost about ${fmt(Math.max(0, fixed), 1)} s; marginal cost ${per.map((p) => `${fmt(p.ms, 2)} ms/record (${p.from}→${p.to})`).join(', ')}.`,
    );
    const ratio = last.ms / first.ms;
    analysis.push(
      ratio > 1.5
        ? `- Cost per record is **not flat**: the last step costs ${fmt(ratio, 1)}× the first, i.e. something grows faster than N (look at the route-kind table for per-page costs that rise with N).`
        : `- Cost per record is roughly flat (last step ${fmt(ratio, 2)}× the first; single runs are ±25% noisy).`,
    );
  }
}
const big = results.find((r) => r.n === 10000) ?? results.at(-1);
if (big) {
  analysis.push(
    `- Target at N=${big.n}: wall ${fmt(big.wall, 1)} s (target < 60 s: ${big.wall < 60 ? 'met' : '**missed**'}), peak RSS ${fmt(big.peakMiB, 0)} MiB largest process / ${fmt(big.peakTreeMiB, 0)} MiB tree (target < 2048 MiB: ${Math.max(big.peakMiB ?? 0, big.peakTreeMiB) < 2048 ? 'met' : '**missed**'}).`,
  );
}

const md = `# Build benchmark

Generated by \`npm run bench -- --sizes ${sizes.join(',')} --runs ${runs}\` (scripts/bench.ts) on ${m.date}.

**Machine:** ${m.nproc} cores, ${m.memGiB.toFixed(1)} GiB RAM, ${m.cpu}; Node ${m.node} (node_modules/.bin), Astro ${m.astro}, Pagefind ${m.pagefind}.

**Method:** ${METHOD} ${runs > 1 ? 'Cells are medians of the runs, with (min–max).' : 'One run per size: expect ±25% noise from disk writeback on this machine.'}

${table}

Marginal cost between sizes:

${margTable}

${analysis.join('\n')}

Page budgets at each size (the measure of \`tests/build/budgets.test.ts\`: gzip level 9; first load = HTML + CSS + JS + icons + images;
targets: first load < 50 KB, record HTML < 20 KB, JavaScript only on search, quiz and the offline opt-in page):

${budgetTable}

Where the wall time goes (seconds since start, from log lines as they arrive):

${phaseTable}

Render time per route kind (sum of Astro's per-route "+ms" log):

${kindTable}
`;

console.log(`\n${md}`);
if (write) {
  // Keep any hand-written analysis below the generated part.
  let tail = '';
  if (existsSync(outFile)) {
    const old = readFileSync(outFile, 'utf8');
    const i = old.indexOf('<!-- analysis -->');
    if (i !== -1) tail = old.slice(i);
  }
  await writeFile(outFile, `${md}\n${tail || '<!-- analysis -->\n'}`);
  console.log(`written: ${path.relative(ROOT, outFile)}`);
}
if (keep || process.exitCode) console.log(`logs: ${logDir}`);
else await rm(logDir, { recursive: true, force: true });
