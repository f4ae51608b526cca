import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from './collections/index.ts';

// Same schemas and patterns as the content checker (src/lib/validate.ts), which runs first
// and reports problems in writer-friendly form.
const make = (name: CollectionName) =>
  defineCollection({
    loader: glob({ pattern: COLLECTIONS[name].pattern, base: `${process.env.CONTENT_DIR ?? './content'}/${name}` }),
    schema: COLLECTIONS[name].schema,
  });

// One collection per registry entry. The mapped type gives Astro each collection's own schema
// (a plain map over the registry would merge them into one union).
export const collections = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, make(name)])) as {
  [C in CollectionName]: { loader: ReturnType<typeof glob>; schema: (typeof COLLECTIONS)[C]['schema'] };
};
