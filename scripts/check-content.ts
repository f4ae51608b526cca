// `npm run check:content`: the build's content checks, without building. Also names the files
// that still carry the draft mark of `npm run baru` (a warning: they are valid, but unfinished).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkContentDir, formatProblem } from '../src/lib/validate.ts';
import { isDraft } from './lib/templates.ts';

const dir = path.resolve(process.argv[2] ?? 'content');
const problems = await checkContentDir(dir);
for (const p of problems) console.error(formatProblem(p));
if (problems.length) {
  console.error(`\n${problems.length} masalah konten; build dihentikan.`);
  process.exit(1);
}
const drafts = readdirSync(dir, { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.(ya?ml|mdx)$/.test(f) && isDraft(readFileSync(path.join(dir, f), 'utf8')))
  .map((f) => path.relative(process.cwd(), path.join(dir, f)));
for (const f of drafts)
  console.warn(`${f}: peringatan: masih draf dari \`npm run baru\`; ganti nilai contoh lalu hapus baris "# DRAF"`);
console.log('Konten valid.');
