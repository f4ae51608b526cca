import { z } from 'zod';
import { isoDate, legalRefSchema, msg, nonEmpty, slug, sourcesSchema, TIMEZONES } from './common.ts';

export const EVENT_TYPES = [
  'deklarasi',
  'ikrar',
  'pakta-integritas',
  'apel',
  'sosialisasi',
  'rapat-koordinasi',
  'surat-edaran',
  'kunjungan-kerja',
  'lainnya',
] as const;

export const LEVELS = ['nasional', 'provinsi', 'kabupaten', 'kota', 'kecamatan', 'opd', 'instansi-vertikal'] as const;

export const ELECTIONS = ['pemilu-2019', 'pilkada-2020', 'pemilu-2024', 'pilkada-2024'] as const;

export const PARTICIPANT_GROUPS = ['pns', 'pppk', 'non-asn', 'kepala-desa', 'perangkat-desa', 'tni', 'polri', 'pejabat-daerah'] as const;

export const WEEKDAYS = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'] as const;

export const deklarasiSchema = z
  .object({
    /** Stable forever; equals the file name. */
    id: slug('id'),
    judul: nonEmpty('judul'),
    tanggal: isoDate('tanggal'),
    /** hari: how precise the date is. perkiraan = the source only implies the day. */
    presisi_tanggal: z.enum(['hari', 'perkiraan'], { error: 'presisi_tanggal harus "hari" atau "perkiraan"' }).default('hari'),
    /** Weekday as printed in the source, checked against tanggal. */
    hari: z.enum(WEEKDAYS, { error: `hari harus salah satu dari: ${WEEKDAYS.join(', ')}` }).optional(),
    waktu: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'waktu harus berformat JJ:MM 24 jam, misalnya 07:30' })
      .optional(),
    zona_waktu: z.enum(TIMEZONES, { error: 'zona_waktu harus WIB, WITA, atau WIT' }).optional(),
    /** Kemendagri code: "53" (province) or "53.71" (regency/city). */
    wilayah: z
      .string({ error: msg('wilayah wajib diisi: kode Kemendagri seperti "53.71" (Kota Kupang)', 'wilayah harus teks kode Kemendagri, misalnya "53.71"; beri tanda kutip') })
      .regex(/^\d{2}(\.\d{2})?$/, { error: 'wilayah harus kode Kemendagri "NN" (provinsi) atau "NN.NN" (kabupaten/kota), misalnya "53.71"' }),
    /** Office below or beside the region (kecamatan, OPD, Kanwil). */
    unit: z.string().trim().min(1).optional(),
    tingkat: z.enum(LEVELS, { error: `tingkat harus salah satu dari: ${LEVELS.join(', ')}` }),
    jenis_kegiatan: z
      .array(z.enum(EVENT_TYPES, { error: `jenis_kegiatan harus dari: ${EVENT_TYPES.join(', ')}` }), {
        error: msg('jenis_kegiatan wajib diisi', 'jenis_kegiatan harus daftar'),
      })
      .min(1, { error: 'jenis_kegiatan minimal satu' }),
    pemilihan: z
      .array(z.enum(ELECTIONS, { error: `pemilihan harus dari: ${ELECTIONS.join(', ')}` }), {
        error: msg('pemilihan wajib diisi, misalnya [pilkada-2024]', 'pemilihan harus daftar'),
      })
      .min(1, { error: 'pemilihan minimal satu' }),
    penyelenggara: z.array(nonEmpty('penyelenggara')).default([]),
    pejabat: z
      .array(z.object({ nama: nonEmpty('pejabat.nama'), jabatan: nonEmpty('pejabat.jabatan') }))
      .default([]),
    lembaga_hadir: z.array(nonEmpty('lembaga_hadir')).default([]),
    peserta: z.array(z.enum(PARTICIPANT_GROUPS, { error: `peserta harus dari: ${PARTICIPANT_GROUPS.join(', ')}` })).default([]),
    tempat: z.string().trim().min(1).optional(),
    /** Pledge template used, when the source shows it. */
    ikrar: slug('ikrar (id teks ikrar)').optional(),
    ikrar_jumlah_butir: z.number().int().min(1).optional(),
    dasar_hukum: z.array(legalRefSchema).default([]),
    ringkasan: nonEmpty('ringkasan (dengan kata-kata sendiri)'),
    sumber: sourcesSchema,
    diverifikasi: isoDate('diverifikasi'),
    catatan_verifikasi: nonEmpty('catatan_verifikasi (apa yang sudah dicek terhadap sumber)'),
  })
  .superRefine((d, ctx) => {
    if (d.waktu && !d.zona_waktu)
      ctx.addIssue({ code: 'custom', path: ['zona_waktu'], message: 'waktu diisi tetapi zona_waktu kosong; tambahkan WIB, WITA, atau WIT' });
  });
export type Deklarasi = z.infer<typeof deklarasiSchema>;
