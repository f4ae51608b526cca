import { z } from 'zod';
import { isoDate, nonEmpty, slug } from './common.ts';

// Public change log of the declarations database: ids never change, so every removal or
// correction is written down here (and appears in the Atom feed).
export const perubahanSchema = z.object({
  tanggal: isoDate('tanggal'),
  jenis: z.enum(['rilis', 'tambah', 'koreksi', 'hapus'], { error: 'jenis harus rilis, tambah, koreksi, atau hapus' }),
  /** Record ids concerned (empty for a release note). */
  deklarasi: z.array(slug('deklarasi (id rekaman)')).default([]),
  ringkasan: nonEmpty('ringkasan (apa yang berubah dan mengapa)'),
});
export type Perubahan = z.infer<typeof perubahanSchema>;
