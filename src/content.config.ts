import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS, type CollectionName } from './schemas/index.ts';

// Same schemas and patterns as the content checker (src/lib/validate.ts), which runs first
// and reports problems in writer-friendly form.
const make = (name: CollectionName) =>
  defineCollection({
    loader: glob({ pattern: COLLECTIONS[name].pattern, base: `${process.env.CONTENT_DIR ?? './content'}/${name}` }),
    schema: COLLECTIONS[name].schema as any,
  });

export const collections = {
  regulasi: make('regulasi'),
  larangan: make('larangan'),
  ikrar: make('ikrar'),
  deklarasi: make('deklarasi'),
  glosarium: make('glosarium'),
  panduan: make('panduan'),
  skenario: make('skenario'),
  perubahan: make('perubahan'),
};
