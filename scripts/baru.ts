// `npm run baru -- <koleksi> <id>`: writes a new entry into content/<koleksi>/<id>.<ext> from the
// collection's template (docs/templat/), never over an existing file, and says in Indonesian what
// to fill in. The collections come from the registry (src/collections/index.ts).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { COLLECTIONS, COLLECTION_NAMES } from '../src/collections/index.ts';
import { ROOT, extensionOf, isCollection, skeleton, templatePath } from './lib/templates.ts';
import { fieldDocs } from './lib/schema-doc.ts';

const [collection, id] = process.argv.slice(2);
const usage = `Pakai: npm run baru -- <koleksi> <id>\n  koleksi: ${COLLECTION_NAMES.join(', ')}\n  contoh: npm run baru -- deklarasi 2024-10-17-kota-kupang-apel-korpri`;
if (!collection || !id) {
  console.error(usage);
  process.exit(2);
}
if (!isCollection(collection)) {
  console.error(`Koleksi "${collection}" tidak ada.\n${usage}`);
  process.exit(2);
}
const contentDir = path.resolve(ROOT, process.env.CONTENT_DIR ?? 'content');
const file = path.join(contentDir, collection, `${id}${extensionOf(collection)}`);
const shown = path.relative(process.cwd(), file);
if (existsSync(file)) {
  console.error(`${shown} sudah ada; berkas yang ada tidak ditimpa. Pilih id lain atau sunting berkas itu.`);
  process.exit(1);
}
let text: string;
try {
  text = skeleton(collection, id, new Date().toISOString().slice(0, 10));
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
mkdirSync(path.dirname(file), { recursive: true });
writeFileSync(file, text, { flag: 'wx' });

const fields = fieldDocs(COLLECTIONS[collection].schema).filter((f) => !f.path.includes('.'));
const line = (f: (typeof fields)[number]) => `  - ${f.path}: ${f.description ?? ''}`;
console.log(`Berkas baru: ${shown} (dari ${templatePath(collection)}).

Ganti SETIAP nilai contoh dengan fakta dari sumber. Isian wajib:
${fields
  .filter((f) => f.required)
  .map(line)
  .join('\n')}

Isian opsional (hapus bila sumber tidak menyebutnya):
${fields
  .filter((f) => !f.required)
  .map(line)
  .join('\n')}

Lalu hapus baris "# DRAF" di awal berkas dan jalankan: npm run check:content
Penjelasan lengkap: docs/content-guide.md`);
