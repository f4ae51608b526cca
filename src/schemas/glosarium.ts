import { z } from 'zod';
import { legalRefSchema, nonEmpty, slug } from './common.ts';

export const glosariumSchema = z.object({
  istilah: nonEmpty('istilah'),
  kepanjangan: z.string().trim().min(1).optional(),
  definisi: nonEmpty('definisi'),
  /** Other spellings that should link to this entry on first use. */
  alias: z.array(nonEmpty('alias')).default([]),
  dasar: z.array(legalRefSchema).default([]),
  lihat_juga: z.array(slug('lihat_juga (id istilah lain)')).default([]),
  /** Skip automatic first-use linking (for very short or ambiguous terms). */
  tautan_otomatis: z.boolean().default(true),
});
export type Glosarium = z.infer<typeof glosariumSchema>;
