// Builds the Pagefind index of a finished site. Run by scripts/postbuild.ts after `astro build`
// has exited, so Astro's memory is freed before Pagefind's binary needs its own (peak stays
// at the larger of the two instead of their sum; see docs/benchmarks.md).
import path from 'node:path';
import { close, createIndex } from 'pagefind';

export async function indexSite(site: string): Promise<{ pages: number; seconds: number }> {
  const t0 = performance.now();
  const { index, errors } = await createIndex({});
  if (!index) throw new Error(`pagefind createIndex: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: site });
  if (added.errors.length) throw new Error(`pagefind addDirectory: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
  if (written.errors.length) throw new Error(`pagefind writeFiles: ${written.errors.join('; ')}`);
  await close();
  return { pages: added.page_count, seconds: (performance.now() - t0) / 1000 };
}
