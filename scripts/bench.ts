// Build benchmark at growing record counts (`npm run bench`; not part of `npm test`).
//
//   npm run bench -- --sizes 100,1000 --runs 1 [--profile] [--out docs/benchmarks.md] [--no-write] [--keep]
//
// The method is stated once, in METHOD below (it is also the report's "Method" paragraph).
// Each round builds this project and a plain Astro site of the same records (scripts/lib/plain-astro.ts)
// one after the other, and reports both side by side with their ratios: wall time, the step after
// Astro, peak memory, output sizes. Also the page budgets, a phase breakdown and a per-route-kind
// render breakdown taken from Astro's own "(+Xms)" route log; with --profile, one more (untimed)
// build under V8's CPU profiler, summarized per phase. Writes a Markdown report; temp dirs are removed.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync, readdirSync, readlinkSync } from 'node:fs';
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { generate } from './gen-records.ts';
import { profileMarkdown, summarizeProfiles, type PhaseWindow } from './lib/cpu-profile.ts';
import { writePlainProject } from './lib/plain-astro.ts';
import { pageWeights, type PageWeight } from './lib/weight.ts';
import { siteFiles } from '../src/integrations/files.ts';
import { INDEX_CHUNK_SIZE } from '../src/integrations/pagefind.ts';
import { DEKLARASI_SUBPAGES } from '../src/lib/routes.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** How a size is measured; the report's "Method" paragraph. */
const METHOD = `for each N, \`scripts/gen-records.ts\` copies \`content/\` and adds N synthetic declaration records (realistic size,
valid codes, dates and time zones). Then a cold \`npm run build\` runs with \`CONTENT_DIR\`/\`OUT_DIR\` in a temp dir and that
folder's content cache deleted first: \`astro build\` (content check and rendering), then \`scripts/postbuild.ts\` in a new process
(Pagefind index and offline pack); the time covers both. In the same round, the plain baseline builds the same records:
a generated Astro project in the temp dir (one page per record listing its fields, glob loader, minimal layout, no
integrations, this repository's node_modules symlinked), \`astro build\`, then \`pagefind --site dist\`; its caches are deleted
first too. The two builds alternate order from round to round. Peak RSS: "largest process" is \`/usr/bin/time -v\` "Maximum resident set
size"; "process tree" sums RSS over the build and its children polled every 100 ms. Record page size: gzip -9 of every
record page, median. A run is marked contended when another build or test ran on the machine meanwhile.`;
const BIN = path.join(ROOT, 'node_modules/.bin');

// ---------- arguments ----------
function arg(name: string, fallback: string): string | true {
  const i = process.argv.indexOf(`--${name}`);
  if (i === -1) return fallback;
  const v = process.argv[i + 1];
  return v === undefined || v.startsWith('--') ? true : v;
}
// 5000 and 10000 take minutes and GiBs: ask for them explicitly, on a machine nobody else is using.
const sizes = String(arg('sizes', '100,1000'))
  .split(',')
  .map((s) => Number(s.trim()))
  .filter((n) => Number.isInteger(n) && n >= 0);
const runs = Math.max(1, Number(arg('runs', '1')) || 1);
const outFile = path.resolve(ROOT, String(arg('out', 'docs/benchmarks.md')));
const write = !process.argv.includes('--no-write');
const keep = process.argv.includes('--keep');
const doProfile = process.argv.includes('--profile');
if (!sizes.length) {
  console.error('usage: npm run bench -- --sizes 100,1000 --runs 1 [--profile]');
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
 *  counts other build/test processes (astro, vitest, chromium, pagefind) outside that tree, anywhere
 *  on the machine (they share the CPU: such a run is marked as contended), and how many of them run
 *  in this checkout (they share `.astro/`: see waitForQuiet). */
function treeRss(rootPid: number, foreign = false): { total: number; others: number; here: number } {
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
  let here = 0;
  if (foreign)
    for (const pid of rss.keys()) {
      if (mine.has(pid)) continue;
      try {
        const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
        if (!/astro (build|dev|preview)|vitest|chromium|pagefind|npm (run )?(build|test)/.test(cmd)) continue;
        others++;
        if (readlinkSync(`/proc/${pid}/cwd`) === ROOT) here++;
      } catch {
        /* gone */
      }
    }
  return { total, others, here };
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

/** Other build/test processes in this checkout (not ours). */
function othersRunningHere() {
  return treeRss(-1, true).here;
}

/** Astro writes `.astro/content-modules.mjs` (paths of the content folder being built) in the project
 *  root for every build, whatever CONTENT_DIR/OUT_DIR say, so two builds in one checkout at the same
 *  time can render each other's MDX or fail. Wait (up to 20 min) until no other build or test runs in
 *  this checkout. Builds in other checkouts (git worktrees) only share the CPU: the run is marked
 *  contended instead of waiting for them. */
async function waitForQuiet() {
  // `npm test` runs several builds in a row; require 15 s of quiet so its gaps do not count.
  const t0 = Date.now();
  let said = false;
  let quietSince = Date.now();
  while (Date.now() - t0 < 20 * 60_000) {
    if (othersRunningHere()) {
      if (!said) process.stdout.write('(waiting for another build/test to finish) ');
      said = true;
      quietSince = Date.now();
    } else if (!said || Date.now() - quietSince >= 15_000) return;
    await new Promise((r) => setTimeout(r, 1000));
  }
}

// ---------- one build ----------
/** Log marks, seconds since the build started. `astroExit`: `astro build` has exited. */
type Phase = 'checked' | 'synced' | 'render' | 'rendered' | 'astroExit' | 'indexed';
const ASTRO_EXIT = '@@bench: astro build exited';
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
/** One timed command: `astro build && <the step after Astro>`. */
interface Run {
  ok: boolean;
  code: number | null;
  contended: number;
  wall: number;
  /** Monotonic clock at the start, microseconds (the clock of CPU profile samples). */
  t0Mono: number;
  peakMiB: number | null;
  peakTreeMiB: number;
  routes: number;
  routeMs: Map<string, RouteTime>;
  /** Sum of every route's "(+Xms)", both kinds of site. */
  renderMs: number;
  marks: Partial<Record<Phase, number>>;
  text: string;
  tail: string;
}
interface Output {
  distMB: number;
  pages: number;
  /** gzip -9 of record pages: median and largest, bytes. */
  recordGz: { median: number; max: number; n: number };
}
interface BuildResult extends Run, Output {
  checkS: number | null;
  pagefindS: number | null;
  pagefindAddS: number | null;
  pagefindWriteS: number | null;
  indexed: number | null;
  pagefindMB: number;
  pagefindFiles: number;
  budgets: Budgets | null;
  pack: { files: number; mb: number; s: number | null } | null;
  /** `pagefind --site` (the CLI) over this build's dist, after the timed part. */
  cliOnDistS: number | null;
}
interface PlainResult extends Run, Output {
  /** The Pagefind CLI step: Astro's exit to the end. */
  pagefindS: number | null;
}

async function timed(cwd: string, script: string, extraEnv: Record<string, string>, logFile: string): Promise<Run> {
  await waitForQuiet();
  const useTime = existsSync('/usr/bin/time');
  // /usr/bin/time reports the largest RSS of any process in the chain.
  const cmd = useTime ? '/usr/bin/time' : 'sh';
  const args = useTime ? ['-v', 'sh', '-c', script] : ['-c', script];
  const env = { ...process.env, PATH: `${BIN}:${process.env.PATH}`, ASTRO_TELEMETRY_DISABLED: '1', ...extraEnv };
  const log = createWriteStream(logFile);
  const t0 = performance.now();
  const t0Mono = Number(process.hrtime.bigint() / 1000n);
  const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const marks: Partial<Record<Phase, number>> = {};
  const mark = (k: Phase) => (marks[k] ??= (performance.now() - t0) / 1000);
  const routeMs = new Map<string, RouteTime>();
  let routes = 0;
  let renderMs = 0;
  let text = '';
  let buf = '';
  const onLine = (line: string) => {
    text += `${line}\n`;
    if (line.includes('konten valid')) mark('checked');
    else if (line.includes('[content] Synced content')) mark('synced');
    else if (line.includes('generating static routes')) mark('render');
    else if (line.includes(ASTRO_EXIT)) mark('astroExit');
    else if (line.includes('[rambu:pagefind]')) mark('indexed');
    const m = /[├└]─ (\S+) \(\+(\d+)ms\)/.exec(line);
    if (m) {
      routes++;
      renderMs += Number(m[2]);
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
  const maxRssKb = /Maximum resident set size \(kbytes\): (\d+)/.exec(text);
  return {
    ok: code === 0,
    code,
    contended,
    wall,
    t0Mono,
    peakMiB: maxRssKb ? Number(maxRssKb[1]) / 1024 : null,
    peakTreeMiB: peakTree / MiB,
    routes,
    routeMs,
    renderMs,
    marks,
    text,
    tail: text.split('\n').slice(-30).join('\n'),
  };
}

/** gzip -9 sizes of the given HTML files: median and largest. */
function gzipSizes(files: string[]): Output['recordGz'] {
  const sizes = files.map((f) => gzipSync(readFileSync(f), { level: 9 }).length);
  return { median: median(sizes) ?? 0, max: Math.max(0, ...sizes), n: sizes.length };
}

async function output(dist: string, isRecord: (file: string) => boolean): Promise<Output> {
  const all = await dirStats(dist);
  const records = (await siteFiles(dist)).filter(isRecord).map((f) => path.join(dist, f));
  return { distMB: all.bytes / 1e6, pages: all.html, recordGz: gzipSizes(records) };
}

/**
 * Flushes earlier writes and waits (at most 20 s) until the disk is quiet: deleting the previous
 * dist (~250 MB at 10,000 records) keeps the disk busy with discards for several seconds on the
 * 2-core test machine, which landed inside whichever build came next (docs/benchmarks.md). Linux
 * reports that pressure in /proc/pressure/io; elsewhere this only syncs.
 */
async function quietDisk(): Promise<void> {
  spawnSync('sync');
  if (!existsSync('/proc/pressure/io')) return;
  const t0 = performance.now();
  const pressure = () => Number(/some avg10=([\d.]+)/.exec(readFileSync('/proc/pressure/io', 'utf8'))?.[1] ?? 0);
  while (pressure() > 2 && performance.now() - t0 < 20_000) await new Promise((r) => setTimeout(r, 500));
}

/** Deletes the content caches astro.config.mjs gives `contentDir` (one per schema hash). */
async function dropCache(contentDir: string) {
  const dir = path.join(ROOT, 'node_modules/.astro-cache');
  const prefix = contentDir.replace(/[^a-z0-9]+/gi, '-');
  if (!existsSync(dir)) return;
  for (const name of await readdir(dir))
    if (name.startsWith(prefix)) await rm(path.join(dir, name), { recursive: true, force: true });
}

const RESERVED = new RegExp(`^/deklarasi/(${DEKLARASI_SUBPAGES.join('|')})/`);
const isOurRecord = (file: string) =>
  /^deklarasi\/[^/]+\/index\.html$/.test(file) && !RESERVED.test(`/${file.replace(/index\.html$/, '')}`);

/** `npm run build` of this project: astro build, then scripts/postbuild.ts (Pagefind, offline pack). */
async function buildOurs(
  contentDir: string,
  outDir: string,
  logFile: string,
  extraEnv: Record<string, string> = {},
): Promise<BuildResult | Run> {
  await dropCache(contentDir);
  await rm(outDir, { recursive: true, force: true });
  await quietDisk(); // earlier writes and deletes must not land inside the timing
  const script = `${path.join(BIN, 'astro')} build && echo '${ASTRO_EXIT}' && ${path.join(BIN, 'node')} scripts/postbuild.ts`;
  const run = await timed(ROOT, script, { CONTENT_DIR: contentDir, OUT_DIR: outDir, ...extraEnv }, logFile);
  await dropCache(contentDir);
  if (!run.ok) return run;
  const text = run.text;
  const check = /konten valid \(([\d.]+) s\)/.exec(text);
  const pf = /\[rambu:pagefind\] indexed (\d+) pages in ([\d.]+)s(?: \(adding ([\d.]+)s, writing ([\d.]+)s\))?/.exec(
    text,
  );
  const pack = /offline pack: (\d+) files, ([\d.]+) MB.*?(?:in ([\d.]+)s)?$/m.exec(text);
  const pfStats = await dirStats(path.join(outDir, 'pagefind'));
  // After the timed part: the page budgets of tests/build/budgets.test.ts at this N, and the
  // Pagefind CLI over the same dist (same chunk size as scripts/postbuild.ts) into a scratch folder.
  const budgets = weighPages(outDir);
  const cliOut = `${outDir}-pagefind-cli`;
  const tc = performance.now();
  const cli = spawnSync(path.join(BIN, 'pagefind'), ['--site', outDir, '--output-path', cliOut], {
    env: { ...process.env, PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: INDEX_CHUNK_SIZE },
    encoding: 'utf8',
  });
  const cliOnDistS = cli.status === 0 ? (performance.now() - tc) / 1000 : null;
  await rm(cliOut, { recursive: true, force: true });
  return {
    ...run,
    ...(await output(outDir, isOurRecord)),
    checkS: check ? Number(check[1]) : null,
    pagefindS: pf ? Number(pf[2]) : null,
    pagefindAddS: pf?.[3] ? Number(pf[3]) : null,
    pagefindWriteS: pf?.[4] ? Number(pf[4]) : null,
    indexed: pf ? Number(pf[1]) : null,
    pagefindMB: pfStats.bytes / 1e6,
    pagefindFiles: pfStats.files,
    budgets,
    pack: pack ? { files: Number(pack[1]), mb: Number(pack[2]), s: pack[3] ? Number(pack[3]) : null } : null,
    cliOnDistS,
  };
}

/** The plain Astro site (scripts/lib/plain-astro.ts): astro build, then `pagefind --site dist`. */
async function buildPlain(plainDir: string, outDir: string, logFile: string): Promise<PlainResult | Run> {
  await rm(path.join(plainDir, '.cache'), { recursive: true, force: true });
  await rm(path.join(plainDir, '.astro'), { recursive: true, force: true });
  await rm(outDir, { recursive: true, force: true });
  await quietDisk();
  const script = `${path.join(BIN, 'astro')} build && echo '${ASTRO_EXIT}' && ${path.join(BIN, 'pagefind')} --site '${outDir}'`;
  const run = await timed(plainDir, script, { OUT_DIR: outDir }, logFile);
  if (!run.ok) return run;
  const exit = run.marks.astroExit;
  return {
    ...run,
    ...(await output(outDir, (f) => /^[^/]+\/index\.html$/.test(f))),
    pagefindS: exit != null ? run.wall - exit : null,
  };
}

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

/** Phase windows of one build of this project, on the monotonic clock (for the CPU profile). */
function phaseWindows(b: BuildResult): PhaseWindow[] {
  const at = (s: number | undefined | null) => (s == null ? null : b.t0Mono + s * 1e6);
  const m = b.marks;
  const w: PhaseWindow[] = [];
  const add = (name: string, from: number | null, to: number | null) => {
    if (from != null && to != null && to > from) w.push({ name, from, to });
  };
  const checkStart = m.checked != null && b.checkS != null ? m.checked - b.checkS : null;
  add('Astro start-up before the content check', at(0), at(checkStart));
  add('content check', at(checkStart), at(m.checked));
  add('Astro start-up after the check (content sync, types, Vite bundle)', at(m.checked), at(m.render));
  add('rendering all routes', at(m.render), at(m.rendered));
  add('after rendering until astro build exits', at(m.rendered), at(m.astroExit));
  add('postbuild: Pagefind (start, add pages, write files)', at(m.astroExit), at(m.indexed));
  add('postbuild: offline pack', at(m.indexed), at(b.wall));
  return w;
}
// ---------- main ----------
const m = machine();
console.log(
  `machine: ${m.nproc} cores, ${m.memGiB.toFixed(1)} GiB, ${m.cpu}, node ${m.node}, astro ${m.astro}, pagefind ${m.pagefind}`,
);
/** Medians over the runs of one N (this project and the plain site). */
interface SizeResult {
  n: number;
  runs: number;
  genS: number;
  wall: number;
  wallMin: number;
  wallMax: number;
  contended: number;
  checkS: number | null;
  pagefindS: number | null;
  pagefindAddS: number | null;
  pagefindWriteS: number | null;
  packS: number | null;
  /** From `astro build`'s exit to the end: Pagefind and the offline pack in a new process. */
  afterAstroS: number | null;
  cliOnDistS: number | null;
  /** This project's wall time ÷ the plain build's, round by round (the two builds of one round run back to back). */
  roundRatios: number[];
  peakMiB: number | null;
  peakTreeMiB: number;
  distMB: number;
  pagefindMB: number;
  pagefindFiles: number;
  pages: number;
  recordGz: Output['recordGz'];
  budgets: Budgets | null;
  pack: BuildResult['pack'];
  routeMs: Map<string, RouteTime>;
  renderSumS: number;
  phases: Partial<Record<Phase, number | null>>;
  plain: {
    wall: number;
    wallMin: number;
    wallMax: number;
    pagefindS: number | null;
    peakMiB: number | null;
    distMB: number;
    pages: number;
    recordGz: Output['recordGz'];
    renderSumS: number;
    phases: Partial<Record<Phase, number | null>>;
  } | null;
}
const isBuild = (x: BuildResult | Run): x is BuildResult => 'budgets' in x;
const isPlain = (x: PlainResult | Run): x is PlainResult => 'recordGz' in x;
const results: SizeResult[] = [];
let profile: { n: number; text: string } | null = null;
const logDir = await mkdtemp(path.join(os.tmpdir(), 'rambu-bench-logs-'));
const report = (r: Run, what: string) =>
  console.log(
    `${what} ${r.wall.toFixed(1)} s, peak ${fmt(r.peakMiB, 0)} MiB${r.contended ? ` — CONTENDED: ${r.contended} other build/test process(es) ran meanwhile` : ''}`,
  );
for (const n of sizes) {
  const tmp = await mkdtemp(path.join(os.tmpdir(), `rambu-bench-${n}-`));
  try {
    const tg = performance.now();
    const contentDir = await generate(n, path.join(tmp, 'content'));
    const genS = (performance.now() - tg) / 1000;
    const plainDir = await writePlainProject(
      path.join(tmp, 'plain'),
      path.join(contentDir, 'deklarasi'),
      path.join(ROOT, 'node_modules'),
    );
    const all: BuildResult[] = [];
    const plains: PlainResult[] = [];
    const ours = async (r: number) => {
      const logFile = path.join(logDir, `build-${n}-${r}.log`);
      process.stdout.write(`N=${n} run ${r}/${runs}: this project… `);
      const res = await buildOurs(contentDir, path.join(tmp, 'dist'), logFile);
      if (!isBuild(res)) {
        console.log(`FAILED (exit ${res.code}); log: ${logFile}\n${res.tail}`);
        return false;
      }
      report(res, `${res.pages} pages,`);
      all.push(res);
      return true;
    };
    const plain = async (r: number) => {
      const logFile = path.join(logDir, `plain-${n}-${r}.log`);
      process.stdout.write(`N=${n} run ${r}/${runs}: plain Astro… `);
      // Inside the plain project: Astro puts its prerender bundle next to an out-of-tree outDir, where
      // the bundle's imports cannot find node_modules.
      const res = await buildPlain(plainDir, path.join(plainDir, 'dist'), logFile);
      if (!isPlain(res)) {
        console.log(`FAILED (exit ${res.code}); log: ${logFile}\n${res.tail}`);
        return false;
      }
      report(res, `${res.pages} pages,`);
      plains.push(res);
      return true;
    };
    // Alternate the order from round to round so neither build always runs on a warmer machine.
    for (let r = 1; r <= runs; r++) {
      const order = r % 2 ? [ours, plain] : [plain, ours];
      let ok = true;
      for (const step of order) ok = ok && (await step(r));
      if (!ok) {
        process.exitCode = 1;
        break;
      }
    }
    // One more, untimed build with V8's CPU profiler in every Node process, at the largest N.
    if (doProfile && n === Math.max(...sizes) && all.length) {
      const profDir = path.join(logDir, `profile-${n}`);
      process.stdout.write(`N=${n}: CPU profile build (not timed)… `);
      const res = await buildOurs(contentDir, path.join(tmp, 'dist'), path.join(logDir, `profile-${n}.log`), {
        NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${profDir}`,
      });
      if (isBuild(res)) {
        report(res, 'profiled,');
        profile = { n, text: profileMarkdown(summarizeProfiles(profDir, phaseWindows(res), ROOT)) };
      } else console.log(`FAILED (exit ${res.code})\n${res.tail}`);
    }
    if (all.length) {
      const med = <T>(xs: T[], f: (x: T) => Maybe) => median(xs.map(f));
      const first = all[0]!;
      const routeMs = new Map<string, RouteTime>();
      for (const [k, v] of first.routeMs)
        routeMs.set(k, { n: v.n, ms: median(all.map((x) => x.routeMs.get(k)?.ms ?? 0)) ?? 0 });
      const phasesOf = (xs: Run[]) =>
        Object.fromEntries(
          (['checked', 'synced', 'render', 'rendered', 'astroExit', 'indexed'] as Phase[]).map((k) => [
            k,
            med(xs, (x) => x.marks[k]),
          ]),
        ) as Partial<Record<Phase, number | null>>;
      const p0 = plains[0];
      results.push({
        n,
        runs: all.length,
        genS,
        wall: med(all, (x) => x.wall)!,
        wallMin: Math.min(...all.map((x) => x.wall)),
        wallMax: Math.max(...all.map((x) => x.wall)),
        contended: Math.max(...[...all, ...plains].map((x) => x.contended)),
        checkS: med(all, (x) => x.checkS),
        pagefindS: med(all, (x) => x.pagefindS),
        pagefindAddS: med(all, (x) => x.pagefindAddS),
        pagefindWriteS: med(all, (x) => x.pagefindWriteS),
        packS: med(all, (x) => x.pack?.s),
        afterAstroS: med(all, (x) => (x.marks.astroExit != null ? x.wall - x.marks.astroExit : null)),
        cliOnDistS: med(all, (x) => x.cliOnDistS),
        roundRatios: all.flatMap((x, i) => (plains[i] ? [x.wall / plains[i]!.wall] : [])),
        peakMiB: med(all, (x) => x.peakMiB),
        peakTreeMiB: med(all, (x) => x.peakTreeMiB)!,
        distMB: med(all, (x) => x.distMB)!,
        pagefindMB: med(all, (x) => x.pagefindMB)!,
        pagefindFiles: med(all, (x) => x.pagefindFiles)!,
        pages: first.pages,
        recordGz: first.recordGz,
        budgets: first.budgets,
        pack: first.pack,
        routeMs,
        renderSumS: med(all, (x) => x.renderMs / 1000)!,
        phases: phasesOf(all),
        plain: p0
          ? {
              wall: med(plains, (x) => x.wall)!,
              wallMin: Math.min(...plains.map((x) => x.wall)),
              wallMax: Math.max(...plains.map((x) => x.wall)),
              pagefindS: med(plains, (x) => x.pagefindS),
              peakMiB: med(plains, (x) => x.peakMiB),
              distMB: med(plains, (x) => x.distMB)!,
              pages: p0.pages,
              recordGz: p0.recordGz,
              renderSumS: med(plains, (x) => x.renderMs / 1000)!,
              phases: phasesOf(plains),
            }
          : null,
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
    return `| ${r.n} | ${b.pages} | ${b.over.length ? `**${b.over.length}** (${b.over.slice(0, 3).join(', ')})` : '0'} | ${kb(b.maxFirst.firstLoad)} \`${b.maxFirst.path}\` | ${b.maxRecordHtml ? kb(b.maxRecordHtml.html) : '–'} | ${
      b.withJs.length > 6
        ? `${b.withJs.length} pages, e.g. ${b.withJs
            .slice(0, 3)
            .map((p) => `\`${p}\``)
            .join(' ')}`
        : b.withJs.map((p) => `\`${p}\``).join(' ')
    } | ${r.pack ? `${r.pack.files} / ${fmt(r.pack.mb, 1)}` : '–'} |`;
  }),
].join('\n');

// Side by side with the plain Astro build of the same records.
const ratio = (a: Maybe, b: Maybe) => (a != null && b != null && b > 0 ? `**${fmt(a / b, 2)}×**` : '–');
const sideRows = results.map((r) => {
  const q = r.plain;
  const c = r.contended ? ' ⚠' : '';
  if (!q)
    return `| ${r.n} | ${fmt(r.wall)}${c} | – | – | ${fmt(r.afterAstroS, 2)} | – | – | ${fmt(r.cliOnDistS, 2)} | ${fmt(r.peakMiB, 0)} | – | – | ${fmt(r.distMB, 1)} | – | – | ${r.pages} / – | ${kb(r.recordGz.median)} / – |`;
  const rounds =
    r.roundRatios.length > 1
      ? ` (rounds ${fmt(Math.min(...r.roundRatios), 2)}–${fmt(Math.max(...r.roundRatios), 2)})`
      : '';
  const vsCli = r.cliOnDistS ? ` · ${ratio(r.afterAstroS, r.cliOnDistS)}` : '';
  return `| ${r.n} | ${fmt(r.wall)}${c} | ${fmt(q.wall)} | ${ratio(r.wall, q.wall)}${rounds} | ${fmt(r.afterAstroS, 2)} | ${fmt(q.pagefindS, 2)} | ${ratio(r.afterAstroS, q.pagefindS)} | ${fmt(r.cliOnDistS, 2)}${vsCli} | ${fmt(r.peakMiB, 0)} | ${fmt(q.peakMiB, 0)} | ${ratio(r.peakMiB, q.peakMiB)} | ${fmt(r.distMB, 1)} | ${fmt(q.distMB, 1)} | ${ratio(r.distMB, q.distMB)} | ${r.pages} / ${q.pages} | ${kb(r.recordGz.median)} / ${kb(q.recordGz.median)} |`;
});
const sideTable = [
  '| N | wall s: this project | plain Astro | ratio (of medians; per round) | after Astro s: index + offline pack | plain: `pagefind --site dist` | ratio | Pagefind CLI on this dist s (after Astro ÷ it) | peak MiB (largest process): this | plain | ratio | dist MB: this | plain | ratio | HTML pages: this / plain | record page gzip KiB (median): this / plain |',
  '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...sideRows,
].join('\n');

// Phase breakdown: seconds, from log lines as they arrive (and the build's own timings).
const d = (a: Maybe, b: Maybe) => (a != null && b != null ? b - a : null);
const phaseRows = results.flatMap((r) => {
  const p = r.phases;
  const q = r.plain;
  const startup = (x: SizeResult['phases'], check: Maybe) => d(check ?? 0, x.render);
  const row = (
    who: string,
    x: SizeResult['phases'],
    check: Maybe,
    renderSum: number,
    after: (string | null)[],
    wall: number,
  ) =>
    `| ${r.n} | ${who} | ${fmt(check, 2)} | ${fmt(startup(x, check), 2)} | ${fmt(d(x.render, x.rendered), 2)} (${fmt(renderSum, 2)}) | ${fmt(d(x.rendered, x.astroExit), 2)} | ${after.map((a) => a ?? '–').join(' | ')} | ${fmt(wall, 1)} |`;
  return [
    row(
      'this project',
      p,
      r.checkS,
      r.renderSumS,
      [
        fmt(
          d(p.astroExit, p.indexed) != null && r.pagefindS != null ? d(p.astroExit, p.indexed)! - r.pagefindS : null,
          2,
        ),
        r.pagefindAddS != null ? `${fmt(r.pagefindAddS, 2)} + ${fmt(r.pagefindWriteS, 2)}` : fmt(r.pagefindS, 2),
        fmt(r.packS, 2),
      ],
      r.wall,
    ),
    ...(q
      ? [row('plain Astro', q.phases, null, q.renderSumS, ['–', `${fmt(q.pagefindS, 2)} (CLI)`, '–'], q.wall)]
      : []),
  ];
});
const phaseTable = [
  '| N | build | content check | other start-up (config, content sync, types, Vite bundle) | rendering all routes (sum of route times) | rendering end → astro exits | postbuild start-up | Pagefind: adding pages + writing files | offline pack | total wall |',
  '|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|',
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
  const perRecord = (x: Maybe, y: Maybe) => (x != null && y != null ? ((y - x) / dn) * 1000 : null);
  const ours = perRecord(a.wall, b.wall);
  const plain = perRecord(a.plain?.wall, b.plain?.wall);
  marg.push(
    `| ${a.n} → ${b.n} | ${fmt(ours, 2)} | ${fmt(plain, 2)} | ${ratio(ours, plain)} | ${a.pagefindS != null && b.pagefindS != null ? fmt(((b.pagefindS - a.pagefindS) / dn) * 1000, 2) : '–'} | ${a.peakMiB != null && b.peakMiB != null ? fmt(((b.peakMiB - a.peakMiB) / dn) * 1024, 0) : '–'} |`,
  );
}
const margTable = [
  '| sizes | wall ms per added record | plain Astro | ratio | Pagefind ms per added record | peak RSS KiB per added record |',
  '|---|---:|---:|---:|---:|---:|',
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

Generated by \`npm run bench -- --sizes ${sizes.join(',')} --runs ${runs}${doProfile ? ' --profile' : ''}\` (scripts/bench.ts) on ${m.date}.

**Machine:** ${m.nproc} cores, ${m.memGiB.toFixed(1)} GiB RAM, ${m.cpu}; Node ${m.node} (node_modules/.bin), Astro ${m.astro}, Pagefind ${m.pagefind}.

**Method:** ${METHOD} ${runs > 1 ? 'Cells are medians of the runs, with (min–max).' : 'One run per size: expect ±25% noise from disk writeback on this machine.'}

Side by side with a plain Astro build of the same records (ratio = this project ÷ plain; target of issue 16: ≤ 1.3×; ⚠ = contended):

${sideTable}

${table}

Marginal cost between sizes (what each added record costs, fixed costs left out):

${margTable}

${analysis.join('\n')}

Page budgets at each size (the measure of \`tests/build/budgets.test.ts\`: gzip level 9; first load = HTML + CSS + JS + icons + images;
targets: first load < 50 KB, record HTML < 20 KB, JavaScript only on search, quiz, the offline opt-in page and the record cite box):

${budgetTable}

Where the wall time goes (seconds, from log lines as they arrive and the steps' own timings; "other start-up" is from
the process start to the first route, minus the content check):

${phaseTable}

Render time per route kind (sum of Astro's per-route "+ms" log; this project renders four pages at a time
(\`build.concurrency\`), so its sums exceed the rendering wall time: compare route kinds with each other):

${kindTable}
${
  profile
    ? `
CPU profile at N=${profile.n} (\`--profile\`: an extra, untimed build with \`NODE_OPTIONS=--cpu-prof\`; the profiler slows
it down; its wall time is printed on the console, never used in the tables). Self time per phase, from the samples of every Node process (Pagefind's own binary is not
sampled: during "Pagefind" the Node process mostly waits for it):

${profile.text}
`
    : ''
}`;

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
