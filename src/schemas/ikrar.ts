import { z } from 'zod';
import { isoDate, msg, nonEmpty, slug, sourcesSchema } from './common.ts';

export const ikrarSchema = z.object({
  judul: nonEmpty('judul'),
  butir: z.array(nonEmpty('butir'), { error: msg('butir wajib diisi: daftar butir ikrar', 'butir harus daftar') }).min(1, { error: 'butir minimal satu' }),
  pembuka: z.string().trim().min(1).optional(),
  penutup: z.string().trim().min(1).optional(),
  periode: nonEmpty('periode (misalnya "2020–2024")'),
  asal: nonEmpty('asal (siapa/di mana teks ini dipakai pertama kali menurut sumber)'),
  /** Lineage: the template this text was adapted from. */
  turunan_dari: slug('turunan_dari (id ikrar induk)').optional(),
  /** Whether the text is given verbatim or as the editors' paraphrase. */
  bentuk_teks: z.enum(['kutipan', 'parafrasa'], { error: 'bentuk_teks harus "kutipan" atau "parafrasa"' }),
  sumber: sourcesSchema,
  diverifikasi: isoDate('diverifikasi'),
  catatan: z.string().trim().min(1).optional(),
});
export type Ikrar = z.infer<typeof ikrarSchema>;
