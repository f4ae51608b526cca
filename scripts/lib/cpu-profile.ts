// Summaries of V8 CPU profiles (`node --cpu-prof`) for `npm run bench -- --profile`: self time per
// function and per package, split into build phases by the samples' timestamps. V8 stamps samples
// with the monotonic clock in microseconds, the clock of `process.hrtime`, so phase boundaries seen
// by the bench process line up with samples taken in the build's processes.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface PhaseWindow {
  name: string;
  /** Monotonic clock, microseconds. */
  from: number;
  to: number;
}

export interface PhaseProfile {
  name: string;
  /** Sampled time in the phase, idle included, ms. */
  totalMs: number;
  idleMs: number;
  gcMs: number;
  /** Self time by package or area, ms, largest first. */
  areas: [string, number][];
  /** Self time by function, ms, largest first. */
  functions: [string, number][];
}

/** Where a function lives: a package name, "node" (its own JavaScript), "project" or a V8 bucket. */
export function areaOf(url: string, root: string): string {
  if (!url) return '(V8: GC, compiler, native)';
  if (url.startsWith('node:')) return 'node internals';
  const file = url.replace(/^file:\/\//, '');
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
  if (nm) return nm[1]!;
  if (file.includes('/.prerender/') || file.includes('/chunks/') || file.includes('/.astro/'))
    return 'project (bundled pages, components, src/lib)';
  if (file.startsWith(path.join(root, 'src'))) return 'project src/';
  if (file.startsWith(path.join(root, 'scripts'))) return 'project scripts/';
  return path.basename(file);
}

function shortUrl(url: string, root: string): string {
  const file = url.replace(/^file:\/\//, '');
  const nm = file.lastIndexOf('node_modules/');
  if (nm !== -1) return file.slice(nm + 'node_modules/'.length);
  return file.startsWith(root) ? path.relative(root, file) : file;
}

const top = (m: Map<string, number>, k: number): [string, number][] =>
  [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, k);

/** Reads every .cpuprofile in `dir` and sums self time per phase window (samples outside: "other"). */
export function summarizeProfiles(dir: string, windows: PhaseWindow[], root: string, k = 10): PhaseProfile[] {
  const acc = new Map<
    string,
    { total: number; idle: number; gc: number; areas: Map<string, number>; fns: Map<string, number> }
  >();
  const bucket = (name: string) => {
    let b = acc.get(name);
    if (!b) acc.set(name, (b = { total: 0, idle: 0, gc: 0, areas: new Map(), fns: new Map() }));
    return b;
  };
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.cpuprofile'))) {
    const prof = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Profile;
    const byId = new Map(prof.nodes.map((n) => [n.id, n]));
    let t = prof.startTime;
    for (let i = 0; i < prof.samples.length; i++) {
      const dt = prof.timeDeltas[i] ?? 0;
      t += dt;
      const node = byId.get(prof.samples[i]!);
      if (!node) continue;
      const w = windows.find((x) => t >= x.from && t < x.to);
      const b = bucket(w ? w.name : 'other');
      const ms = dt / 1000;
      b.total += ms;
      const { functionName, url, lineNumber } = node.callFrame;
      if (functionName === '(idle)') {
        b.idle += ms;
        continue;
      }
      if (functionName === '(garbage collector)') b.gc += ms;
      const area = areaOf(url, root);
      b.areas.set(area, (b.areas.get(area) ?? 0) + ms);
      const key = url ? `${functionName || '(anonymous)'} (${shortUrl(url, root)}:${lineNumber + 1})` : functionName;
      b.fns.set(key, (b.fns.get(key) ?? 0) + ms);
    }
  }
  const order = [...windows.map((w) => w.name), 'other'];
  return order
    .filter((name) => acc.has(name))
    .map((name) => {
      const b = acc.get(name)!;
      return { name, totalMs: b.total, idleMs: b.idle, gcMs: b.gc, areas: top(b.areas, 6), functions: top(b.fns, k) };
    });
}

/** Markdown for the report. */
export function profileMarkdown(phases: PhaseProfile[]): string {
  const ms = (x: number) => `${Math.round(x)} ms`;
  return phases
    .map((p) => {
      const head = `**${p.name}**: ${ms(p.totalMs)} sampled, of which idle ${ms(p.idleMs)}, GC ${ms(p.gcMs)}. By package: ${p.areas.map(([a, x]) => `${a} ${ms(x)}`).join(', ')}.`;
      const rows = p.functions.map(([f, x]) => `| ${ms(x)} | \`${f.replace(/\|/g, '\\|')}\` |`);
      return [head, '', '| self time | function (file:line) |', '|---:|---|', ...rows].join('\n');
    })
    .join('\n\n');
}
