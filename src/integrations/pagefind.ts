// Builds the Pagefind index of a finished site. Run by scripts/postbuild.ts after `astro build`
// has exited, so Astro's memory is freed before Pagefind's binary needs its own (peak stays
// at the larger of the two instead of their sum; see docs/benchmarks.md).
import path from 'node:path';
import { close, createIndex } from 'pagefind';

// Pagefind splits the word index into chunks of ~20,000 word positions (about 20–25 KB
// compressed); a query downloads every chunk its words fall in. 2,000 makes a chunk about
// 2–3 KB, which keeps the first query under budget (docs/benchmarks.md has 20,000/4,000/2,000). The variable is marked
// unstable by Pagefind, so its version is pinned and tests/e2e/budgets.test.ts fails if it stops working.
export const INDEX_CHUNK_SIZE = '2000';

export async function indexSite(site: string): Promise<{ pages: number; seconds: number }> {
  const t0 = performance.now();
  // Read by the Pagefind binary, which createIndex() starts as a child of this process.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= INDEX_CHUNK_SIZE;
  const { index, errors } = await createIndex({});
  if (!index) throw new Error(`pagefind createIndex: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: site });
  if (added.errors.length) throw new Error(`pagefind addDirectory: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
  if (written.errors.length) throw new Error(`pagefind writeFiles: ${written.errors.join('; ')}`);
  await close();
  return { pages: added.page_count, seconds: (performance.now() - t0) / 1000 };
}
