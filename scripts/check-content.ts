// `npm run check:content`: the build's content checks, without building.
import path from 'node:path';
import { checkContentDir, formatProblem } from '../src/lib/validate.ts';

const dir = path.resolve(process.argv[2] ?? 'content');
const problems = await checkContentDir(dir);
for (const p of problems) console.error(formatProblem(p));
if (problems.length) {
  console.error(`\n${problems.length} masalah konten; build dihentikan.`);
  process.exit(1);
}
console.log('Konten valid.');
