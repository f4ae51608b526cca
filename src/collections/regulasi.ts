// Legal instruments (content/regulasi/<id>.mdx): schema, labels, order and cross-checks.
import { z } from 'astro/zod';
import { httpUrl, isoDate, legalRefSchema, msg, nonEmpty, optionalText, slug, sourcesSchema } from './common.ts';
import { ELECTIONS, LAW_SCOPES } from './pemilihan.ts';
import type { Ctx, EntryOf } from './index.ts';

export const pattern = '**/*.mdx';

export const REGULATION_KINDS = [
  'UU',
  'Perppu',
  'PP',
  'Perpres',
  'Keputusan Bersama',
  'Keputusan Menteri',
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
export type RegulationStatus = (typeof REGULATION_STATUSES)[number];

export const STATUS_LABEL = {
  berlaku: 'Berlaku',
  diubah: 'Berlaku dengan perubahan',
  dicabut: 'Dicabut',
  'tidak-berlaku': 'Tidak berlaku lagi',
} satisfies Record<RegulationStatus, string>;

// Stored on the instrument that acts; the inverse (dicabut oleh, diubah oleh,
// dilaksanakan oleh) is derived in src/lib/relations.ts, never written by hand.
export const RELATION_KINDS = ['mencabut', 'mengubah', 'melaksanakan', 'dasar-hukum', 'menggantikan-fungsi'] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

export const RELATION_LABEL = {
  mencabut: { forward: 'Mencabut', inverse: 'Dicabut oleh' },
  mengubah: { forward: 'Mengubah', inverse: 'Diubah oleh' },
  melaksanakan: { forward: 'Melaksanakan', inverse: 'Dilaksanakan oleh' },
  'dasar-hukum': { forward: 'Berdasarkan', inverse: 'Menjadi dasar hukum bagi' },
  'menggantikan-fungsi': { forward: 'Menggantikan fungsi', inverse: 'Fungsinya digantikan oleh' },
} satisfies Record<RelationKind, { forward: string; inverse: string }>;

export const ANCHOR_PREFIXES = [
  'pasal-',
  'lampiran',
  'diktum',
  'angka',
  'bagian',
  'menimbang',
  'penjelasan',
  'amar',
  'butir',
] as const;
const ANCHOR =
  /^pasal-[0-9a-z]+(?:-[a-z0-9]+)*$|^(?:lampiran|diktum|angka|bagian|menimbang|penjelasan|amar|butir)(?:-[a-z0-9]+)*$/;

export const provisionSchema = z.object({
  anchor: z
    .string({ error: msg('anchor wajib diisi (misalnya "pasal-5-huruf-n")', 'anchor harus teks') })
    .regex(ANCHOR, {
      error:
        'anchor harus huruf kecil dengan tanda hubung dan diawali "pasal-", "lampiran-", "diktum-", "angka-", "bagian-", "menimbang", "penjelasan", "amar", atau "butir-" (misalnya "pasal-5-huruf-n")',
    })
    .describe(
      'Anchor di halaman peraturan: pasal-5-huruf-n, pasal-9-ayat-2, lampiran-b-1, diktum-kedua, amar, bagian-…',
    ),
  label: nonEmpty('label pasal (misalnya "Pasal 5 huruf n")').describe(
    'Sebutan pasal seperti tertulis: "Pasal 5 huruf n".',
  ),
  inti: nonEmpty('inti (isi pokok ketentuan dengan kata-kata sendiri)').describe(
    'Isi pokok ketentuan dengan kata-kata sendiri.',
  ),
  kutipan: optionalText().describe('Kutipan persis yang singkat, hanya bila bunyinya penting.'),
  makna: optionalText().describe('Artinya bagi ASN, dengan bahasa sederhana.'),
  dilanjutkan_oleh: legalRefSchema
    .optional()
    .describe('Untuk pasal peraturan yang sudah dicabut: di mana aturannya berlanjut sekarang {regulasi, pasal}.'),
  catatan: optionalText().describe('Perbedaan antarsumber, keraguan, atau alasan tidak ada penerus.'),
});
export type Provision = z.infer<typeof provisionSchema>;

export const relationSchema = z.object({
  jenis: z
    .enum(RELATION_KINDS, { error: `jenis relasi harus salah satu dari: ${RELATION_KINDS.join(', ')}` })
    .describe('Hubungan yang dilakukan peraturan ini terhadap peraturan tujuan.'),
  regulasi: slug('regulasi tujuan relasi').describe('Id peraturan tujuan.'),
  pasal: z.string().optional().describe('Anchor pasal tujuan, bila relasinya hanya menyangkut satu pasal.'),
  catatan: optionalText().describe('Penjelasan singkat relasi.'),
});
export type Relation = z.infer<typeof relationSchema>;

export const schema = z
  .object({
    judul_singkat: nonEmpty('judul_singkat (misalnya "UU 20/2023")').describe(
      'Sebutan singkat: "UU 20/2023", "PP 94/2021".',
    ),
    judul: nonEmpty('judul (judul resmi lengkap)').describe(
      'Judul resmi lengkap; untuk peraturan biasanya memuat kata "tentang".',
    ),
    jenis: z
      .enum(REGULATION_KINDS, { error: `jenis harus salah satu dari: ${REGULATION_KINDS.join(', ')}` })
      .describe('Jenis instrumen.'),
    nomor: z
      .array(
        z.object({
          nomor: nonEmpty('nomor').describe('Nomor resmi, misalnya "94 Tahun 2021".'),
          penerbit: optionalText().describe('Penerbit nomor itu (keputusan bersama punya beberapa nomor).'),
        }),
        { error: msg('nomor wajib diisi: daftar {nomor, penerbit}', 'nomor harus daftar {nomor, penerbit}') },
      )
      .min(1, { error: 'nomor minimal satu' })
      .describe('Satu baris per nomor resmi.'),
    tahun: z
      .number({ error: msg('tahun wajib diisi (angka, misalnya 2023)', 'tahun harus angka, misalnya 2023') })
      .int()
      .min(1945, { error: 'tahun terlalu kecil' })
      .max(2100, { error: 'tahun terlalu besar' })
      .describe('Tahun penetapan.'),
    penerbit: z
      .array(nonEmpty('penerbit'), { error: msg('penerbit wajib diisi', 'penerbit harus daftar') })
      .min(1)
      .describe('Lembaga yang menetapkan.'),
    tanggal_ditetapkan: isoDate('tanggal_ditetapkan')
      .optional()
      .describe('Tanggal ditetapkan; kosongkan bila belum pasti.'),
    tanggal_berlaku: isoDate('tanggal_berlaku')
      .optional()
      .describe('Tanggal mulai berlaku, bila berbeda atau diketahui.'),
    status: z
      .enum(REGULATION_STATUSES, { error: `status harus salah satu dari: ${REGULATION_STATUSES.join(', ')}` })
      .describe('berlaku, diubah (berlaku dengan perubahan), dicabut, atau tidak-berlaku (habis masa tanpa dicabut).'),
    status_catatan: optionalText().describe('Catatan status, misalnya putusan MK atas satu pasal.'),
    berlaku_sampai: isoDate('berlaku_sampai')
      .optional()
      .describe('Untuk instrumen yang habis masa berlakunya tanpa dicabut: hari terakhir berlakunya, bila pasti.'),
    lingkup: z
      .array(z.enum(LAW_SCOPES, { error: `lingkup harus dari: ${LAW_SCOPES.join(', ')}` }))
      .min(1)
      .default(['pemilu', 'pilkada'])
      .describe('Pemilihan jenis apa yang disentuh instrumen ini: pemilu, pilkada, atau keduanya.'),
    untuk_pemilihan: z
      .array(z.enum(ELECTIONS, { error: `untuk_pemilihan harus dari: ${ELECTIONS.join(', ')}` }))
      .default([])
      .describe('Bila instrumen dibuat untuk pemilihan tertentu saja (misalnya SKB 2020 untuk Pilkada 2020).'),
    relasi: z
      .array(relationSchema)
      .default([])
      .describe('Relasi yang DILAKUKAN instrumen ini; kebalikannya dihitung otomatis.'),
    sumber_resmi: z
      .object({
        nama: nonEmpty('nama sumber resmi').describe('Nama salinan resmi, misalnya "JDIH BPK".'),
        url: httpUrl('url sumber resmi').describe('Alamat salinan resmi yang benar-benar dibuka.'),
      })
      .optional()
      .describe('Salinan resmi (JDIH) yang benar-benar dilihat {nama, url}.'),
    sumber: sourcesSchema.describe('Sumber yang dipakai untuk memeriksa isi halaman.'),
    diverifikasi: isoDate('diverifikasi').describe('Hari isi halaman diperiksa terhadap sumbernya.'),
    ringkasan: nonEmpty('ringkasan (satu-dua kalimat untuk daftar dan hasil pencarian)').describe(
      'Satu-dua kalimat untuk daftar dan hasil pencarian.',
    ),
    pasal: z.array(provisionSchema).default([]).describe('Ketentuan yang dirujuk situs, masing-masing dengan anchor.'),
    jumlah_butir_lampiran: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe('Jumlah jenis pelanggaran dalam lampiran, seperti dihitung pada instrumennya sendiri.'),
    catatan: optionalText().describe('Catatan redaksi tentang instrumen ini.'),
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
export type Regulasi = z.infer<typeof schema>;

/** Newest first, then by short title. */
export const sort = (a: EntryOf<'regulasi'>, b: EntryOf<'regulasi'>) =>
  b.data.tahun - a.data.tahun || a.data.judul_singkat.localeCompare(b.data.judul_singkat, 'id');

export function check(ctx: Ctx) {
  const regs = ctx.entries('regulasi');
  const revokedBy = new Map<string, string[]>();
  for (const r of regs) {
    ctx.notFuture(r.file, 'diverifikasi', r.data.diverifikasi);
    r.data.relasi.forEach((rel, i) => {
      if (rel.regulasi === r.id)
        ctx.add(r.file, `relasi[${i}].regulasi`, 'relasi menunjuk ke peraturan ini sendiri; tunjuk peraturan lain');
      ctx.checkRef(r.file, `relasi[${i}]`, rel);
      if (rel.jenis === 'mencabut') revokedBy.set(rel.regulasi, [...(revokedBy.get(rel.regulasi) ?? []), r.id]);
    });
    r.data.pasal.forEach((p, i) => {
      if (p.dilanjutkan_oleh) ctx.checkRef(r.file, `pasal[${i}].dilanjutkan_oleh`, p.dilanjutkan_oleh);
    });
  }
  for (const r of regs) {
    if (r.data.berlaku_sampai && r.data.status !== 'tidak-berlaku')
      ctx.add(
        r.file,
        'berlaku_sampai',
        `berlaku_sampai hanya untuk status tidak-berlaku (habis masa berlaku); status tertulis "${r.data.status}"`,
      );
    const by = revokedBy.get(r.id);
    if (r.data.status === 'dicabut' && !by)
      ctx.add(
        r.file,
        'status',
        `status "dicabut" tetapi tidak ada peraturan dengan relasi {jenis: mencabut, regulasi: ${r.id}}; tambahkan relasi itu pada peraturan pencabutnya`,
      );
    if (by && r.data.status !== 'dicabut')
      ctx.add(
        r.file,
        'status',
        `${by.join(', ')} mencabut peraturan ini, tetapi status tertulis "${r.data.status}"; ubah status menjadi dicabut`,
      );
    // A reader who lands on a revoked provision must learn where the rule lives now, or why nowhere.
    if (r.data.status === 'dicabut')
      r.data.pasal.forEach((p, i) => {
        if (!p.dilanjutkan_oleh && !p.catatan)
          ctx.add(
            r.file,
            `pasal[${i}]`,
            `${p.label} ada pada peraturan yang dicabut tetapi tidak menyebut penerusnya; isi dilanjutkan_oleh {regulasi, pasal} atau catatan yang menjelaskan mengapa tidak ada penerus`,
          );
      });
  }
}
