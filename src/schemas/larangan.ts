import { z } from 'zod';
import { isoDate, legalRefSchema, msg, nonEmpty, slug } from './common.ts';

// Situation groups, in the order people ask about them.
export const SITUATION_GROUPS = [
  'media-sosial',
  'kampanye-dan-acara-calon',
  'atribut-dan-alat-peraga',
  'fasilitas-dan-kewenangan-jabatan',
  'keputusan-yang-menguntungkan-atau-merugikan',
  'partai-politik-dan-pencalonan-diri',
  'keluarga-yang-menjadi-calon',
  'pemberian-barang-atau-uang',
] as const;

export const VIOLATION_KINDS = ['kode-etik', 'disiplin', 'pidana'] as const;

// moral = PP 42/2004 Pasal 15; ringan/sedang/berat = PP 94/2021 Pasal 8;
// ptdh = dismissal by statute; pidana = criminal sanction; sesuai-ketentuan = per the rule breached.
export const SANCTION_LEVELS = ['moral', 'ringan', 'sedang', 'berat', 'ptdh', 'pidana', 'sesuai-ketentuan'] as const;

const refs = (label: string) =>
  z
    .array(legalRefSchema, { error: msg(`${label} wajib diisi: daftar {regulasi, pasal}`, `${label} harus daftar {regulasi, pasal}`) })
    .min(1, { error: `${label} minimal satu rujukan {regulasi, pasal}` });

export const laranganSchema = z.object({
  judul: nonEmpty('judul'),
  kelompok: z.enum(SITUATION_GROUPS, { error: `kelompok harus salah satu dari: ${SITUATION_GROUPS.join(', ')}` }),
  jenis: z.enum(VIOLATION_KINDS, { error: `jenis harus salah satu dari: ${VIOLATION_KINDS.join(', ')}` }),
  /** Item in Lampiran of the 2022 joint decree: A = kode etik, B = disiplin. */
  skb: z
    .object({
      bagian: z.enum(['A', 'B'], { error: 'skb.bagian harus "A" (kode etik) atau "B" (disiplin)' }),
      nomor: z.number({ error: 'skb.nomor harus angka' }).int().min(1),
    })
    .optional(),
  /** Whom the act concerns: before (bakal-calon) or after (calon) candidates are set. */
  subjek: z.enum(['bakal-calon', 'calon', 'semua']).optional(),
  ringkasan: nonEmpty('ringkasan (apa yang dilarang, dengan kata sederhana)'),
  contoh: z.array(nonEmpty('contoh'), { error: msg('contoh wajib diisi: minimal satu contoh konkret', 'contoh harus daftar') }).min(1, { error: 'contoh minimal satu' }),
  sanksi: z.object(
    {
      tingkat: z.enum(SANCTION_LEVELS, { error: `sanksi.tingkat harus salah satu dari: ${SANCTION_LEVELS.join(', ')}` }),
      uraian: nonEmpty('sanksi.uraian'),
      dasar: refs('sanksi.dasar'),
    },
    { error: msg('sanksi wajib diisi: {tingkat, uraian, dasar}', 'sanksi harus berisi {tingkat, uraian, dasar}') },
  ),
  dasar_hukum: refs('dasar_hukum'),
  tetap_boleh: z.array(nonEmpty('tetap_boleh')).default([]),
  kata_kunci: z.array(nonEmpty('kata_kunci')).default([]),
  terkait: z.array(slug('terkait (id larangan lain)')).default([]),
  diverifikasi: isoDate('diverifikasi'),
  catatan: z.string().trim().min(1).optional(),
  urutan: z.number().int().optional(),
});
export type Larangan = z.infer<typeof laranganSchema>;
