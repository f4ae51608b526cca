import { z } from 'zod';
import { isoDate, nonEmpty } from './common.ts';

export const panduanSchema = z.object({
  judul: nonEmpty('judul'),
  deskripsi: nonEmpty('deskripsi'),
  audiens: z.enum(['asn', 'pelatih', 'jurnalis', 'umum']).default('umum'),
  diperbarui: isoDate('diperbarui'),
  urutan: z.number().int().default(100),
});
export type Panduan = z.infer<typeof panduanSchema>;
