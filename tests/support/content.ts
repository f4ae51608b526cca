// The real content/, parsed with the same schemas the build uses.
import path from 'node:path';
import { loadRawContent } from '../../src/lib/validate.ts';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName, type DataOf } from '../../src/collections/index.ts';
import { ROOT } from './dist.ts';

type Loaded = { [C in CollectionName]: { id: string; file: string; data: DataOf<C> }[] };

export async function loadContent(dir = path.resolve(ROOT, process.env.CONTENT_DIR ?? 'content')): Promise<Loaded> {
  const { entries } = await loadRawContent(dir, ROOT);
  const out = Object.fromEntries(COLLECTION_NAMES.map((c) => [c, [] as unknown[]])) as unknown as Loaded;
  for (const e of entries) {
    const data = COLLECTIONS[e.collection].schema.parse(e.data);
    (out[e.collection] as { id: string; file: string; data: unknown }[]).push({ id: e.id, file: e.file, data });
  }
  return out;
}
