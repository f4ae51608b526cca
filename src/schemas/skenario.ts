import { z } from 'zod';
import { isoDate, legalRefSchema, msg, nonEmpty, slug } from './common.ts';
import { SANCTION_LEVELS } from './larangan.ts';

// Situations a trainer walks through; each scenario's verdict rests on a larangan entry
// and/or pasal anchors, which the content checker resolves.
export const SCENARIO_TOPICS = [
  'media-sosial',
  'acara-kampanye',
  'keluarga-calon',
  'fasilitas-dinas',
  'keputusan-jabatan',
  'pemberian-barang',
  'masa-tenang',
  'hari-pemungutan-suara',
  'partai-dan-pencalonan',
  'pppk-dan-non-asn',
] as const;

export const VERDICTS = ['boleh', 'tidak-boleh', 'tergantung'] as const;

export const skenarioSchema = z
  .object({
    pertanyaan: nonEmpty('pertanyaan (situasi, ditulis sebagai pertanyaan "Bolehkah saya …?")'),
    topik: z.enum(SCENARIO_TOPICS, { error: `topik harus salah satu dari: ${SCENARIO_TOPICS.join(', ')}` }),
    putusan: z.enum(VERDICTS, { error: 'putusan harus boleh, tidak-boleh, atau tergantung' }),
    /** Required when putusan is "tergantung": the condition that decides. */
    syarat: z.string().trim().min(1).optional(),
    penjelasan: nonEmpty('penjelasan (singkat, kata-kata sendiri)'),
    /** The prohibited-act entry the verdict rests on (for tidak-boleh/tergantung). */
    larangan: z.array(slug('larangan (id)')).default([]),
    dasar_hukum: z
      .array(legalRefSchema, { error: msg('dasar_hukum wajib diisi: daftar {regulasi, pasal}', 'dasar_hukum harus daftar') })
      .min(1, { error: 'dasar_hukum minimal satu rujukan {regulasi, pasal}' }),
    sanksi: z.enum(SANCTION_LEVELS, { error: `sanksi harus salah satu dari: ${SANCTION_LEVELS.join(', ')}` }).optional(),
    berlaku_untuk: z.array(z.enum(['pns', 'pppk', 'non-asn'])).default(['pns', 'pppk']),
    diverifikasi: isoDate('diverifikasi'),
    urutan: z.number().int().optional(),
  })
  .superRefine((d, ctx) => {
    if (d.putusan === 'tergantung' && !d.syarat)
      ctx.addIssue({ code: 'custom', path: ['syarat'], message: 'putusan "tergantung" memerlukan syarat: tulis kondisi yang menentukan boleh/tidaknya' });
    if (d.putusan !== 'boleh' && !d.sanksi)
      ctx.addIssue({ code: 'custom', path: ['sanksi'], message: `putusan "${d.putusan}" memerlukan sanksi (tingkat sanksi bila dilanggar)` });
    if (d.putusan !== 'boleh' && d.larangan.length === 0)
      ctx.addIssue({ code: 'custom', path: ['larangan'], message: `putusan "${d.putusan}" memerlukan minimal satu id larangan sebagai dasarnya` });
  });
export type Skenario = z.infer<typeof skenarioSchema>;
