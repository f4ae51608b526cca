import { z } from 'zod';
import { isoDate, legalRefSchema, msg, nonEmpty, slug, sourcesSchema, httpUrl } from './common.ts';

export const REGULATION_KINDS = [
  'UU',
  'Perppu',
  'PP',
  'Perpres',
  'Keputusan Bersama',
  'Peraturan Menteri',
  'Peraturan BKN',
  'Peraturan Bawaslu',
  'PKPU',
  'Surat Edaran',
  'Surat',
  'Putusan MK',
] as const;

// dicabut: formally revoked; diubah: in force with amendments;
// tidak-berlaku: lapsed without revocation (e.g. a decree for one election).
export const REGULATION_STATUSES = ['berlaku', 'diubah', 'dicabut', 'tidak-berlaku'] as const;

// Stored on the instrument that acts; the inverse (dicabut oleh, diubah oleh,
// dilaksanakan oleh) is derived in src/lib/relations.ts, never written by hand.
export const RELATION_KINDS = ['mencabut', 'mengubah', 'melaksanakan', 'dasar-hukum', 'menggantikan-fungsi'] as const;

const ANCHOR = /^pasal-[0-9a-z]+(?:-[a-z0-9]+)*$|^(?:lampiran|diktum|angka|bagian|menimbang|penjelasan|amar|butir)(?:-[a-z0-9]+)*$/;

export const provisionSchema = z.object({
  anchor: z
    .string({ error: msg('anchor wajib diisi (misalnya "pasal-5-huruf-n")', 'anchor harus teks') })
    .regex(ANCHOR, {
      error:
        'anchor harus huruf kecil dengan tanda hubung dan diawali "pasal-", "lampiran-", "diktum-", "angka-", "bagian-", "menimbang", "penjelasan", "amar", atau "butir-" (misalnya "pasal-5-huruf-n")',
    }),
  label: nonEmpty('label pasal (misalnya "Pasal 5 huruf n")'),
  inti: nonEmpty('inti (isi pokok ketentuan dengan kata-kata sendiri)'),
  kutipan: z.string().trim().min(1).optional(),
  makna: z.string().trim().min(1).optional(),
  /** For a provision of a revoked instrument: where the rule lives now. */
  dilanjutkan_oleh: legalRefSchema.optional(),
  catatan: z.string().trim().min(1).optional(),
});
export type Provision = z.infer<typeof provisionSchema>;

export const relationSchema = z.object({
  jenis: z.enum(RELATION_KINDS, {
    error: `jenis relasi harus salah satu dari: ${RELATION_KINDS.join(', ')}`,
  }),
  regulasi: slug('regulasi tujuan relasi'),
  pasal: z.string().optional(),
  catatan: z.string().trim().min(1).optional(),
});
export type Relation = z.infer<typeof relationSchema>;

export const regulasiSchema = z
  .object({
    judul_singkat: nonEmpty('judul_singkat (misalnya "UU 20/2023")'),
    judul: nonEmpty('judul (judul resmi lengkap)'),
    jenis: z.enum(REGULATION_KINDS, {
      error: `jenis harus salah satu dari: ${REGULATION_KINDS.join(', ')}`,
    }),
    nomor: z
      .array(
        z.object({
          nomor: nonEmpty('nomor'),
          penerbit: z.string().trim().min(1).optional(),
        }),
        { error: msg('nomor wajib diisi: daftar {nomor, penerbit}', 'nomor harus daftar {nomor, penerbit}') },
      )
      .min(1, { error: 'nomor minimal satu' }),
    tahun: z
      .number({ error: msg('tahun wajib diisi (angka, misalnya 2023)', 'tahun harus angka, misalnya 2023') })
      .int()
      .min(1945, { error: 'tahun terlalu kecil' })
      .max(2100, { error: 'tahun terlalu besar' }),
    penerbit: z.array(nonEmpty('penerbit'), { error: msg('penerbit wajib diisi', 'penerbit harus daftar') }).min(1),
    tanggal_ditetapkan: isoDate('tanggal_ditetapkan').optional(),
    tanggal_berlaku: isoDate('tanggal_berlaku').optional(),
    status: z.enum(REGULATION_STATUSES, {
      error: `status harus salah satu dari: ${REGULATION_STATUSES.join(', ')}`,
    }),
    status_catatan: z.string().trim().min(1).optional(),
    relasi: z.array(relationSchema).default([]),
    sumber_resmi: z.object({ nama: nonEmpty('nama sumber resmi'), url: httpUrl('url sumber resmi') }).optional(),
    sumber: sourcesSchema,
    diverifikasi: isoDate('diverifikasi'),
    ringkasan: nonEmpty('ringkasan (satu-dua kalimat untuk daftar dan hasil pencarian)'),
    pasal: z.array(provisionSchema).default([]),
    /** Number of violation types in the instrument's annex, as counted in the instrument itself. */
    jumlah_butir_lampiran: z.number().int().min(1).optional(),
    catatan: z.string().trim().min(1).optional(),
  })
  .superRefine((d, ctx) => {
    const seen = new Set<string>();
    d.pasal.forEach((p, i) => {
      if (seen.has(p.anchor))
        ctx.addIssue({
          code: 'custom',
          path: ['pasal', i, 'anchor'],
          message: `anchor "${p.anchor}" dipakai dua kali; setiap pasal harus punya anchor unik`,
        });
      seen.add(p.anchor);
    });
    if (d.tanggal_ditetapkan && Number(d.tanggal_ditetapkan.slice(0, 4)) !== d.tahun)
      ctx.addIssue({
        code: 'custom',
        path: ['tanggal_ditetapkan'],
        message: `tahun pada tanggal_ditetapkan (${d.tanggal_ditetapkan}) tidak sama dengan tahun (${d.tahun}); samakan keduanya`,
      });
  });
export type Regulasi = z.infer<typeof regulasiSchema>;
