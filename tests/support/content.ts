// The real content/, parsed with the same schemas the build uses.
import path from 'node:path';
import { loadRawContent } from '../../src/lib/validate.ts';
import { COLLECTIONS, type CollectionName } from '../../src/schemas/index.ts';
import { ROOT } from './dist.ts';

export async function loadContent(dir = path.resolve(ROOT, process.env.CONTENT_DIR ?? 'content')) {
  const { entries } = await loadRawContent(dir, ROOT);
  const by = <T = any>(c: CollectionName) =>
    entries.filter((e) => e.collection === c).map((e) => ({ id: e.id, file: e.file, data: COLLECTIONS[c].schema.parse(e.data) as T }));
  return {
    regulasi: by('regulasi'),
    larangan: by('larangan'),
    ikrar: by('ikrar'),
    deklarasi: by('deklarasi'),
    glosarium: by('glosarium'),
    panduan: by('panduan'),
    skenario: by('skenario'),
    perubahan: by('perubahan'),
  };
}
