// `npm run docs:konten`: rewrites the generated sections of docs/content-guide.md from the schemas
// and templates. With --check, only reports whether they are up to date (exit 1 when not).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { GUIDE, readGuide, updateGuide } from './lib/content-guide.ts';
import { ROOT } from './lib/templates.ts';

const current = readGuide();
const next = updateGuide(current);
if (process.argv.includes('--check')) {
  if (next !== current) {
    console.error(`${GUIDE} tidak sesuai dengan skema; jalankan: npm run docs:konten`);
    process.exit(1);
  }
  console.log(`${GUIDE} sesuai dengan skema.`);
} else if (next === current) console.log(`${GUIDE} sudah sesuai dengan skema.`);
else {
  writeFileSync(path.join(ROOT, GUIDE), next);
  console.log(`${GUIDE} diperbarui dari skema.`);
}
