// `npm run bench:search`: search payload and latency in Chromium at growing record counts.
// For each N: generate content (scripts/gen-records.ts), build it, serve it with gzip on
// 127.0.0.1, open /cari/ in a fresh context, type a query and count every byte the server sent
// for search (Pagefind files) until the results show. Writes a section of docs/benchmarks.md.
//   npm run bench:search -- --sizes 1000,10000
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { writeSection } from './lib/doc-section.ts';
import { generate } from './gen-records.ts';
import { serveDist } from './lib/server.ts';
import { launch } from './lib/browser.ts';
import { measureFirstQuery, type QueryMeasure } from './lib/search-measure.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const i = process.argv.indexOf('--sizes');
const sizes = ((i > -1 ? process.argv[i + 1] : undefined) ?? '1000,10000').split(',').map(Number);
// Three one-word queries (the budget test's), a two-word phrase and a pasal citation (re-ranked, so it reads more fragments).
const QUERIES = ['kupang', 'spanduk', 'ikrar', 'media sosial', 'pasal 5 huruf n'];

async function measure(dist: string): Promise<QueryMeasure[]> {
  const server = await serveDist(dist, { gzip: true });
  const browser = await launch();
  try {
    const out: QueryMeasure[] = [];
    for (const q of QUERIES) out.push(await measureFirstQuery(browser, server, q));
    return out;
  } finally {
    await browser.close();
    await server.close();
  }
}

const rows: string[] = [];
for (const n of sizes) {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'rambu-search-'));
  try {
    const content = await generate(n, path.join(tmp, 'content'));
    const dist = path.join(tmp, 'dist');
    const bin = path.join(ROOT, 'node_modules/.bin');
    const r = spawnSync('sh', ['-c', `${bin}/astro build && ${bin}/node scripts/postbuild.ts`], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: content, OUT_DIR: dist },
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`build failed at N=${n}:\n${r.stdout}\n${r.stderr}`);
    for (const m of await measure(dist)) {
      const kib = (k: string) => ((m.by[k] ?? 0) / 1024).toFixed(1);
      rows.push(
        `| ${n} | ${m.q} | ${(m.bytes / 1024).toFixed(1)} | ${kib('ui')} | ${kib('js')} | ${kib('wasm')} | ${kib('meta')} | ${kib('index')} | ${kib('fragments')} | ${kib('provisions')} | ${(m.pageBytes / 1024).toFixed(1)} | ${m.ms.toFixed(0)} |`,
      );
      console.log(rows.at(-1));
    }
  } finally {
    if (!process.argv.includes('--keep')) await rm(tmp, { recursive: true, force: true });
  }
}

const table = [
  `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench:search\` (scripts/search-payload.ts): synthetic records added to the real content, a fresh Chromium context per query, bytes counted by the test server (gzip level 9 on text; Pagefind files as shipped). KiB. "search total" = the page's search script (when Astro emits it as a file rather than inline), every Pagefind file for opening /cari/ and the first query, and the provision index that answers citation queries ("pasal 5 huruf n"); the page HTML is listed apart. Latency = from the input event to results on screen, including a 60 ms debounce.`,
  '',
  '| N records | query | search total | search script | pagefind.js | wasm | meta | index chunks | fragments | provision index | page HTML | ms |',
  '|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...rows,
].join('\n');
writeSection(path.join(ROOT, 'docs/benchmarks.md'), 'search', 'Search payload in Chromium', table);
