import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from './collections/index.ts';
import { checkedLoader } from './integrations/checked-content.ts';

// Same schemas and patterns as the content checker (src/lib/validate.ts), which runs first
// and reports problems in writer-friendly form. YAML collections store what the checker parsed;
// MDX goes through the glob loader, which renders it.
const make = (name: CollectionName) => {
  const { pattern, schema } = COLLECTIONS[name];
  const base = `${process.env.CONTENT_DIR ?? './content'}/${name}`;
  return defineCollection({
    loader: pattern.endsWith('.yaml') ? checkedLoader(name, pattern, base) : glob({ pattern, base }),
    schema,
  });
};

// One collection per registry entry. The mapped type gives Astro each collection's own schema
// (a plain map over the registry would merge them into one union).
export const collections = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, make(name)])) as {
  [C in CollectionName]: {
    loader: ReturnType<typeof glob> | ReturnType<typeof checkedLoader>;
    schema: (typeof COLLECTIONS)[C]['schema'];
  };
};
