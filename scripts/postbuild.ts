// Second half of `npm run build`, in its own process once `astro build` has exited:
// the Pagefind index, then the offline pack (which must include the index).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { indexSite } from '../src/integrations/pagefind.ts';
import { writeOfflinePack } from '../src/integrations/offline.ts';
import { routes } from '../src/lib/routes.ts';
import { normalizeBase } from '../src/lib/url.ts';

const out = path.resolve(process.env.OUT_DIR ?? 'dist');
const base = normalizeBase(process.env.BASE_PATH);
// Records newest first (the order of the JSON export), so filter-only searches list them that way.
const exported = JSON.parse(readFileSync(path.join(out, 'data/deklarasi.json'), 'utf8')) as { data: { id: string }[] };
const idx = await indexSite(
  out,
  exported.data.map((r) => routes.deklarasi(r.id)),
);
// scripts/bench.ts reads these lines.
console.log(
  `[rambu:pagefind] indexed ${idx.pages} pages in ${idx.seconds.toFixed(2)}s (adding ${idx.addSeconds.toFixed(2)}s, writing ${idx.writeSeconds.toFixed(2)}s)`,
);
const t0 = performance.now();
const pack = await writeOfflinePack(out, base);
console.log(
  `[rambu:offline] offline pack: ${pack.files} files, ${(pack.bytes / 1e6).toFixed(1)} MB, version ${pack.version}, in ${((performance.now() - t0) / 1000).toFixed(2)}s`,
);
