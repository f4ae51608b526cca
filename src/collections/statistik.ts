// Official figures on ASN neutrality breaches (content/statistik/<id>.yaml): one figure per file,
// as an agency published it on a given as-of date. Figures are never averaged or recomputed:
// a percentage stays a percentage, and agencies that disagree are shown side by side.
import { z } from 'astro/zod';
import { isoDate, nonEmpty, optionalText, recordSourcesSchema, slug } from './common.ts';
import { ELECTIONS } from './pemilihan.ts';
import { provinceOf } from '../lib/regions.ts';
import type { Ctx, EntryOf } from './index.ts';

export const pattern = '**/*.yaml';

export const AGENCIES = ['KASN', 'BKN', 'Bawaslu', 'Kemendagri', 'KemenPANRB', 'Ombudsman', 'pemantau'] as const;
export type Agency = (typeof AGENCIES)[number];
export const AGENCY_LABEL = {
  KASN: 'KASN',
  BKN: 'BKN',
  Bawaslu: 'Bawaslu',
  Kemendagri: 'Kemendagri',
  KemenPANRB: 'KemenPANRB',
  Ombudsman: 'Ombudsman RI',
  pemantau: 'Pemantau (masyarakat sipil)',
} satisfies Record<Agency, string>;

/** The chain a case moves along, in order; `lainnya` needs metrik_uraian. */
export const METRICS = [
  'dilaporkan',
  'diteruskan',
  'terbukti',
  'tidak-terbukti',
  'direkomendasikan',
  'ditindaklanjuti-ppk',
  'belum-ditindaklanjuti',
  'dijatuhi-sanksi',
  'diblokir',
  'lainnya',
] as const;
export type Metric = (typeof METRICS)[number];

export const METRIC_LABEL = {
  dilaporkan: {
    label: 'Dilaporkan',
    definisi:
      'ASN atau kasus yang dilaporkan kepada lembaga atau ditemukan olehnya (laporan dan temuan, "dugaan pelanggaran").',
  },
  diteruskan: { label: 'Diteruskan', definisi: 'Kasus yang diteruskan Bawaslu kepada KASN atau BKN.' },
  terbukti: { label: 'Terbukti melanggar', definisi: 'ASN yang dinyatakan terbukti melanggar netralitas.' },
  'tidak-terbukti': {
    label: 'Tidak terbukti',
    definisi: 'ASN yang dinyatakan tidak melanggar, atau kasus yang dihentikan.',
  },
  direkomendasikan: {
    label: 'Direkomendasikan',
    definisi:
      'Rekomendasi sanksi yang dikeluarkan: oleh KASN/BKN kepada pejabat pembina kepegawaian (PPK), atau oleh Bawaslu kepada KASN/BKN (catatannya menyebut yang mana).',
  },
  'ditindaklanjuti-ppk': {
    label: 'Ditindaklanjuti PPK',
    definisi: 'Rekomendasi yang sudah ditindaklanjuti pejabat pembina kepegawaian.',
  },
  'belum-ditindaklanjuti': { label: 'Belum ditindaklanjuti', definisi: 'Rekomendasi yang belum ditindaklanjuti PPK.' },
  'dijatuhi-sanksi': { label: 'Dijatuhi sanksi', definisi: 'ASN yang benar-benar dijatuhi sanksi.' },
  diblokir: {
    label: 'Data diblokir',
    definisi: 'ASN yang data kepegawaiannya diblokir di SIASN karena rekomendasi tidak ditindaklanjuti.',
  },
  lainnya: { label: 'Lainnya', definisi: 'Ukuran lain; uraiannya ada pada angka itu sendiri.' },
} satisfies Record<Metric, { label: string; definisi: string }>;

export const UNITS = ['asn', 'kasus'] as const;
export const UNIT_LABEL = { asn: 'orang ASN', kasus: 'kasus/laporan' } satisfies Record<(typeof UNITS)[number], string>;

export const SCOPES = ['nasional', 'provinsi', 'wilayah', 'instansi'] as const;
export type Scope = (typeof SCOPES)[number];

export const DIMENSIONS = [
  'jenis-pelanggaran',
  'jabatan',
  'tingkat-sanksi',
  'instansi',
  'jenis-kelamin',
  'lainnya',
] as const;
export type Dimension = (typeof DIMENSIONS)[number];
export const DIMENSION_LABEL = {
  'jenis-pelanggaran': 'Jenis pelanggaran',
  jabatan: 'Jabatan',
  'tingkat-sanksi': 'Tingkat sanksi',
  instansi: 'Instansi',
  'jenis-kelamin': 'Jenis kelamin',
  lainnya: 'Lainnya',
} satisfies Record<Dimension, string>;

export const POSTS = [
  'jpt',
  'administrator',
  'pengawas',
  'fungsional',
  'pelaksana',
  'kepala-wilayah',
  'lainnya',
] as const;
export type Post = (typeof POSTS)[number];
export const POST_LABEL = {
  jpt: 'Jabatan pimpinan tinggi (JPT)',
  administrator: 'Administrator',
  pengawas: 'Pengawas',
  fungsional: 'Fungsional',
  pelaksana: 'Pelaksana',
  'kepala-wilayah': 'Kepala wilayah (camat, lurah)',
  lainnya: 'Lainnya',
} satisfies Record<Post, string>;

export const SANCTION_TIERS = ['moral', 'ringan', 'sedang', 'berat', 'lainnya'] as const;

export const AS_OF_PRECISIONS = ['hari', 'terbit', 'bulan'] as const;

export const ELECTION_OR_PERIOD = [...ELECTIONS, 'lintas'] as const;

export const schema = z
  .object({
    pemilihan: z
      .enum(ELECTION_OR_PERIOD, { error: `pemilihan harus salah satu dari: ${ELECTION_OR_PERIOD.join(', ')}` })
      .describe('Pemilihan yang diukur, atau "lintas" untuk angka satu kurun waktu (isi periode).'),
    periode: optionalText().describe('Wajib bila pemilihan "lintas": kurun waktu, misalnya "2020–2021".'),
    lembaga: z
      .enum(AGENCIES, { error: `lembaga harus salah satu dari: ${AGENCIES.join(', ')}` })
      .describe('Lembaga yang menerbitkan angka.'),
    lembaga_nama: optionalText().describe('Nama lembaga seperti disebut, bila kantor daerah atau pemantau.'),
    resmi: z.boolean().default(true).describe('false untuk angka pemantau masyarakat sipil.'),
    metrik: z
      .enum(METRICS, { error: `metrik harus salah satu dari: ${METRICS.join(', ')}` })
      .describe('Apa yang dihitung (daftar tertutup).'),
    metrik_uraian: optionalText().describe('Wajib bila metrik "lainnya": apa persisnya yang dihitung.'),
    satuan: z
      .enum(UNITS, { error: 'satuan harus asn atau kasus' })
      .describe('asn (orang) atau kasus (laporan), seperti hitungan sumber.'),
    nilai: z.number().int().min(0).optional().describe('Angka seperti disebut sumber.'),
    persen: z
      .number()
      .min(0)
      .max(100)
      .optional()
      .describe('Persentase seperti disebut lembaga (jangan dihitung ulang menjadi angka).'),
    per_tanggal: isoDate('per_tanggal').describe('Tanggal data (as-of).'),
    presisi_per_tanggal: z
      .enum(AS_OF_PRECISIONS)
      .default('hari')
      .describe(
        'hari (sumber menyebut tanggal data), terbit (tanggal data tidak disebut; dipakai tanggal angka itu disampaikan, atau tanggal terbit sumber bila tanggal penyampaian tidak diketahui), atau bulan.',
      ),
    cakupan: z
      .enum(SCOPES, { error: `cakupan harus salah satu dari: ${SCOPES.join(', ')}` })
      .describe('nasional, provinsi, wilayah, atau instansi.'),
    wilayah: z
      .string()
      .regex(/^\d{2}(\.\d{2})?$/, { error: 'wilayah harus kode Kemendagri "NN" (provinsi) atau "NN.NN"' })
      .optional()
      .describe('Wajib untuk cakupan provinsi ("NN") dan wilayah ("NN.NN").'),
    instansi: optionalText().describe('Untuk cakupan instansi: nama instansinya.'),
    rincian: z
      .object({
        dimensi: z
          .enum(DIMENSIONS, { error: `rincian.dimensi harus salah satu dari: ${DIMENSIONS.join(', ')}` })
          .describe('Menurut apa angka dipilah.'),
        kategori: nonEmpty('rincian.kategori').describe('Kategori persis seperti disebut sumber.'),
        jabatan: z.enum(POSTS).optional().describe('Untuk dimensi jabatan.'),
        larangan: z
          .array(slug('rincian.larangan'))
          .default([])
          .describe('Untuk jenis pelanggaran: id larangan yang cocok.'),
        tingkat_sanksi: z.enum(SANCTION_TIERS).optional().describe('Untuk dimensi tingkat-sanksi.'),
      })
      .optional()
      .describe('Rincian bila angka ini bagian dari pemilahan {dimensi, kategori, …}.'),
    disampaikan_oleh: z
      .object({
        nama: nonEmpty('disampaikan_oleh.nama').describe('Nama seperti tercetak.'),
        jabatan: nonEmpty('disampaikan_oleh.jabatan').describe('Jabatan seperti tercetak.'),
      })
      .optional()
      .describe('Siapa yang menyampaikan angka {nama, jabatan}, seperti tercetak.'),
    kutipan: nonEmpty('kutipan').describe('Kutipan singkat yang memuat angka itu.'),
    sumber: recordSourcesSchema.describe('Sumber; dua sumber lebih baik.'),
    diverifikasi: isoDate('diverifikasi').describe('Hari angka diperiksa terhadap sumbernya.'),
    catatan_verifikasi: nonEmpty('catatan_verifikasi').describe(
      'Apa yang dibaca, salinan atau asli, dan perbedaan antarsumber.',
    ),
    catatan: optionalText().describe('Perbedaan dengan angka lembaga lain dan alasannya, bila sumber menyebutkannya.'),
  })
  .superRefine((d, ctx) => {
    if (d.nilai === undefined && d.persen === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['nilai'],
        message: 'isi nilai (angka) atau persen seperti disebut sumber',
      });
    if (d.metrik === 'lainnya' && !d.metrik_uraian)
      ctx.addIssue({
        code: 'custom',
        path: ['metrik_uraian'],
        message: 'metrik "lainnya" memerlukan metrik_uraian: apa yang dihitung',
      });
    if (d.pemilihan === 'lintas' && !d.periode)
      ctx.addIssue({
        code: 'custom',
        path: ['periode'],
        message: 'pemilihan "lintas" memerlukan periode, misalnya "2020–2021"',
      });
    if ((d.cakupan === 'provinsi' || d.cakupan === 'wilayah') && !d.wilayah)
      ctx.addIssue({
        code: 'custom',
        path: ['wilayah'],
        message: `cakupan ${d.cakupan} memerlukan kode wilayah Kemendagri`,
      });
    if (d.cakupan === 'provinsi' && d.wilayah && d.wilayah.length !== 2)
      ctx.addIssue({ code: 'custom', path: ['wilayah'], message: 'cakupan provinsi memerlukan kode provinsi "NN"' });
    if (d.cakupan === 'wilayah' && d.wilayah && d.wilayah.length !== 5)
      ctx.addIssue({
        code: 'custom',
        path: ['wilayah'],
        message: 'cakupan wilayah memerlukan kode kabupaten/kota "NN.NN"',
      });
    if (d.cakupan === 'instansi' && !d.instansi)
      ctx.addIssue({ code: 'custom', path: ['instansi'], message: 'cakupan instansi memerlukan nama instansi' });
    if (d.rincian?.dimensi === 'jabatan' && !d.rincian.jabatan)
      ctx.addIssue({
        code: 'custom',
        path: ['rincian', 'jabatan'],
        message: 'rincian jabatan memerlukan jabatan: jpt, administrator, fungsional, pelaksana, kepala-wilayah …',
      });
  });
export type Statistik = z.infer<typeof schema>;

/** By election, then as-of date, agency, metric. */
export const sort = (a: EntryOf<'statistik'>, b: EntryOf<'statistik'>) =>
  ELECTION_OR_PERIOD.indexOf(a.data.pemilihan) - ELECTION_OR_PERIOD.indexOf(b.data.pemilihan) ||
  a.data.per_tanggal.localeCompare(b.data.per_tanggal) ||
  a.data.lembaga.localeCompare(b.data.lembaga) ||
  METRICS.indexOf(a.data.metrik) - METRICS.indexOf(b.data.metrik) ||
  a.id.localeCompare(b.id);

export function check(ctx: Ctx) {
  const larangan = ctx.byId('larangan');
  for (const s of ctx.entries('statistik')) {
    const d = s.data;
    ctx.notFuture(s.file, 'per_tanggal', d.per_tanggal);
    ctx.notFuture(s.file, 'diverifikasi', d.diverifikasi);
    d.sumber.forEach((x, i) => ctx.notFuture(s.file, `sumber[${i}].terbit`, x.terbit));
    if (d.wilayah) {
      const ok = d.wilayah.length === 2 ? ctx.regions.provinces.has(d.wilayah) : ctx.regions.regencies.has(d.wilayah);
      if (!ok)
        ctx.add(
          s.file,
          'wilayah',
          `kode "${d.wilayah}" tidak dikenal Kemendagri; lihat idn-area-data (misalnya "73" = Sulawesi Selatan)`,
        );
      else if (d.wilayah.length === 5 && !ctx.regions.provinces.has(provinceOf(d.wilayah)))
        ctx.add(s.file, 'wilayah', `provinsi kode "${provinceOf(d.wilayah)}" tidak dikenal`);
    }
    d.rincian?.larangan.forEach((id, i) => {
      if (!larangan.has(id))
        ctx.add(s.file, `rincian.larangan[${i}]`, `larangan "${id}" tidak ada di content/larangan/; perbaiki id-nya`);
    });
    if (d.per_tanggal > d.diverifikasi)
      ctx.add(s.file, 'diverifikasi', 'tanggal verifikasi lebih awal dari tanggal data; periksa kedua tanggal');
  }
}
