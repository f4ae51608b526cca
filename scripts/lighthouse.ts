// `npm run lighthouse`: Lighthouse (mobile emulation, Debian Chromium) on the home page, a
// regulation page and a record page of the built site, served on 127.0.0.1 with gzip.
// Not part of `npm test`. Lighthouse is fetched on demand (pinned) to keep installs light.
// Writes the scores into docs/benchmarks.md between the lighthouse markers.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, readdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeSection } from './lib/doc-section.ts';
import { serveDist } from './lib/server.ts';
import { routes } from '../src/lib/routes.ts';

const LIGHTHOUSE = 'lighthouse@13.5.0';
const CHROME_FLAGS =
  '--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run';
const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist');
if (!existsSync(path.join(dist, 'index.html'))) throw new Error('dist/ missing: run `npm run build` first');

const reg =
  readdirSync(path.join(dist, 'regulasi')).find((d) => d === 'pp-94-2021') ??
  readdirSync(path.join(dist, 'regulasi'))[0];
const rec = readdirSync(path.join(dist, 'deklarasi'))
  .filter((d) => /^\d{4}-/.test(d))
  .sort()
  .at(-1);
if (!reg || !rec) throw new Error('dist/ has no regulation or record page');
const pages: [string, string][] = [
  ['Beranda', '/'],
  ['Regulasi', routes.regulasi(reg)],
  ['Rekaman deklarasi', routes.deklarasi(rec)],
];

/** The parts of Lighthouse's JSON report read here. */
interface LighthouseReport {
  categories: Record<string, { score: number } | undefined>;
  audits: Record<string, { displayValue?: string } | undefined>;
}

const server = await serveDist(dist, { gzip: true });
const out = mkdtempSync(path.join(tmpdir(), 'lh-'));
const rows = [];
try {
  for (const [label, p] of pages) {
    const file = path.join(out, `${rows.length}.json`);
    // Async: the test server lives in this process and must keep answering while Lighthouse runs.
    await promisify(execFile)(
      'npx',
      [
        '-y',
        LIGHTHOUSE,
        server.origin + p,
        `--chrome-flags=${CHROME_FLAGS}`,
        '--only-categories=performance,accessibility,best-practices,seo',
        '--output=json',
        `--output-path=${file}`,
        '--quiet',
      ],
      {
        env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    const r = JSON.parse(readFileSync(file, 'utf8')) as LighthouseReport;
    const s = (k: string) => Math.round((r.categories[k]?.score ?? 0) * 100);
    rows.push(
      `| ${label} | \`${p}\` | ${s('performance')} | ${s('accessibility')} | ${s('best-practices')} | ${s('seo')} | ${r.audits['largest-contentful-paint']?.displayValue} | ${r.audits['total-byte-weight']?.displayValue} |`,
    );
  }
} finally {
  await server.close();
}
const table = [
  `Lighthouse ${LIGHTHOUSE.split('@')[1]}, mobile emulation (simulated slow 4G, 4× CPU slowdown), Debian Chromium, site served with gzip on 127.0.0.1. Run on ${new Date().toISOString().slice(0, 10)}.`,
  '',
  '| page | path | performance | accessibility | best practices | SEO | LCP | transfer |',
  '|---|---|---|---|---|---|---|---|',
  ...rows,
].join('\n');
console.log(table);
writeSection(path.join(root, 'docs/benchmarks.md'), 'lighthouse', 'Lighthouse', table);
