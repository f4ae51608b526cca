import { regulasiSchema } from './regulasi.ts';
import { laranganSchema } from './larangan.ts';
import { ikrarSchema } from './ikrar.ts';
import { deklarasiSchema } from './deklarasi.ts';
import { glosariumSchema } from './glosarium.ts';
import { panduanSchema } from './panduan.ts';
import { skenarioSchema } from './skenario.ts';
import { perubahanSchema } from './perubahan.ts';

/** Collection name → schema and file pattern. One source of truth for Astro and the checker. */
export const COLLECTIONS = {
  regulasi: { schema: regulasiSchema, pattern: '**/*.mdx' },
  larangan: { schema: laranganSchema, pattern: '**/*.yaml' },
  ikrar: { schema: ikrarSchema, pattern: '**/*.yaml' },
  deklarasi: { schema: deklarasiSchema, pattern: '**/*.yaml' },
  glosarium: { schema: glosariumSchema, pattern: '**/*.yaml' },
  panduan: { schema: panduanSchema, pattern: '**/*.mdx' },
  skenario: { schema: skenarioSchema, pattern: '**/*.yaml' },
  perubahan: { schema: perubahanSchema, pattern: '**/*.yaml' },
} as const;

export type CollectionName = keyof typeof COLLECTIONS;
export { regulasiSchema, laranganSchema, ikrarSchema, deklarasiSchema, glosariumSchema, panduanSchema, skenarioSchema, perubahanSchema };
