// Second half of `npm run build`, in its own process once `astro build` has exited:
// the Pagefind index, then the offline pack (which must include the index).
import path from 'node:path';
import { indexSite } from '../src/integrations/pagefind.ts';
import { writeOfflinePack } from '../src/integrations/offline.ts';

const out = path.resolve(process.env.OUT_DIR ?? 'dist');
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/').replace(/^(?!\/)/, '/');
const idx = await indexSite(out);
console.log(`[rambu:pagefind] indexed ${idx.pages} pages in ${idx.seconds.toFixed(2)}s`);
const pack = await writeOfflinePack(out, base);
console.log(`[rambu:offline] offline pack: ${pack.files} files, ${(pack.bytes / 1e6).toFixed(1)} MB, version ${pack.version}`);
