// Builds the Pagefind index of a finished site. Run by scripts/postbuild.ts after `astro build`
// has exited, so Astro's memory is freed before Pagefind's binary needs its own (peak stays
// at the larger of the two instead of their sum; see docs/benchmarks.md).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { close, createIndex } from 'pagefind';
import { htmlFiles, toFile } from './files.ts';

// Pagefind splits the word index into chunks of ~20,000 word positions (about 20–25 KB
// compressed); a query downloads every chunk its words fall in. 2,000 makes a chunk about
// 2–3 KB, which keeps the first query under budget (docs/benchmarks.md has 20,000/4,000/2,000).
// The variable is marked unstable by Pagefind, so its version is pinned and
// tests/e2e/budgets.test.ts fails if it stops working.
export const INDEX_CHUNK_SIZE = '2000';

/**
 * What Pagefind needs of a page: the language and the <main> element, which holds the
 * data-pagefind-body block (src/layouts/Base.astro), without the parts Pagefind would ignore.
 * Pages without that block are not indexed, so they are not sent at all; the header and footer
 * are not sent either (at 10,000 records that is most of what would otherwise go through the
 * Pagefind service's pipe).
 */
export function searchableHtml(html: string, lean = true): string | undefined {
  const start = html.indexOf('<main');
  const end = html.lastIndexOf('</main>');
  if (start === -1 || end === -1) return undefined;
  const main = html.slice(start, end + '</main>'.length);
  if (!main.includes('data-pagefind-body')) return undefined;
  const lang = /<html[^>]*\blang="([^"]+)"/.exec(html)?.[1] ?? 'id';
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"></head><body>${lean ? withoutIgnored(main) : main}</body></html>`;
}

const IGNORED = /<([a-z][a-z0-9]*)\b[^>]*\sdata-pagefind-ignore\b[^>]*>/g;
// Pagefind reads filters, meta and sort keys even inside an ignored element.
const READ_WHEN_IGNORED = /\sdata-pagefind-(?:filter|meta|sort|body)\b/;

/** Where the element whose start tag ends at `from` ends: just after its matching end tag, or -1. */
function endOf(html: string, tag: string, from: number): number {
  const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'g');
  tags.lastIndex = from;
  let depth = 1;
  for (let m; (m = tags.exec(html));) {
    if (m[1]) {
      if (--depth === 0) return tags.lastIndex;
    } else if (!m[0].endsWith('/>')) depth++;
  }
  return -1;
}

/**
 * Leaves out elements marked data-pagefind-ignore (verification notes, the cite box, field labels):
 * Pagefind parses them only to drop them, and it handles one page at a time, so at 10,000 records
 * they cost 1.3 of its 6.7 s. The index it writes is byte for byte the same
 * (tests/build/search-index.test.ts). An element that holds something Pagefind reads even when
 * ignored, or whose end cannot be found, is kept.
 */
export function withoutIgnored(html: string): string {
  let out = '';
  let from = 0;
  const open = new RegExp(IGNORED.source, 'g');
  for (let m; (m = open.exec(html));) {
    const end = endOf(html, m[1]!, open.lastIndex);
    if (end === -1 || READ_WHEN_IGNORED.test(html.slice(m.index, end))) continue;
    out += html.slice(from, m.index);
    from = end;
    open.lastIndex = end;
  }
  return out + html.slice(from);
}

/** Site paths in indexing order: `first` (in the given order), then every other page by path. */
export function indexOrder(pages: string[], first: string[]): string[] {
  const all = new Set(pages);
  const head = first.filter((p) => all.has(p));
  const inHead = new Set(head);
  return [...head, ...pages.filter((p) => !inHead.has(p)).sort()];
}

/**
 * Indexes every HTML page of `site`. Pages are added one by one in `first` order: Pagefind
 * returns filter-only results (e.g. "all declarations in Maluku") in indexing order, so passing
 * the records newest first lists them newest first without a Pagefind sort, whose order would
 * sit in the metadata every query downloads (22 KB at 10,000 records).
 */
export async function indexSite(
  site: string,
  first: string[] = [],
): Promise<{ pages: number; seconds: number; addSeconds: number; writeSeconds: number }> {
  const t0 = performance.now();
  // Read by the Pagefind binary, which createIndex() starts as a child of this process.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= INDEX_CHUNK_SIZE;
  const { index, errors } = await createIndex({});
  if (!index) throw new Error(`pagefind createIndex: ${errors.join('; ')}`);
  const order = indexOrder(await htmlFiles(site), first);
  let pages = 0;
  // Batches of concurrent calls: the service handles them in the order they are sent (checked
  // by tests/e2e/search.test.ts), and this is ~1.5× faster than one call at a time. The service
  // works on one page at a time, so the next batch is read and trimmed here while it works on
  // this one (at 10,000 records that reading takes ~0.6 s); at most two batches wait for answers.
  const waiting: Promise<string[]>[] = [];
  const settle = async (added: Promise<string[]>) => {
    const failed = await added;
    if (failed.length) throw new Error(`pagefind addHTMLFile: ${failed.join('; ')}`);
  };
  for (let i = 0; i < order.length; i += 64) {
    const batch = order.slice(i, i + 64).flatMap((url) => {
      const content = searchableHtml(readFileSync(path.join(site, toFile(url)), 'utf8'));
      return content ? [{ url, content }] : [];
    });
    pages += batch.length;
    waiting.push(Promise.all(batch.map((f) => index.addHTMLFile(f))).then((a) => a.flatMap((x) => x.errors)));
    if (waiting.length > 2) await settle(waiting.shift()!);
  }
  for (const added of waiting) await settle(added);
  const t1 = performance.now();
  const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
  if (written.errors.length) throw new Error(`pagefind writeFiles: ${written.errors.join('; ')}`);
  await close();
  const t2 = performance.now();
  return { pages, seconds: (t2 - t0) / 1000, addSeconds: (t1 - t0) / 1000, writeSeconds: (t2 - t1) / 1000 };
}
