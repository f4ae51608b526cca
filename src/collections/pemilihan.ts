// Elections (content/pemilihan/<id>.yaml): one file per election cycle, with its voting day, its
// campaign window and, for cycles still to come, what is not yet known. The ids are a closed list
// here because declarations, statistics and instruments refer to them; a new election adds an id
// below and a content file.
import { z } from 'astro/zod';
import { isoDate, nonEmpty, optionalText, sourcesSchema } from './common.ts';
import type { Ctx, EntryOf } from './index.ts';

export const pattern = '**/*.yaml';

export const ELECTIONS = [
  'pilkada-2015',
  'pilkada-2017',
  'pilkada-2018',
  'pemilu-2019',
  'pilkada-2020',
  'pemilu-2024',
  'pilkada-2024',
  'pemilu-nasional-2029',
  'pemilu-lokal-berikutnya',
] as const;
export type Election = (typeof ELECTIONS)[number];

export const ELECTION_LABEL = {
  'pilkada-2015': 'Pilkada 2015',
  'pilkada-2017': 'Pilkada 2017',
  'pilkada-2018': 'Pilkada 2018',
  'pemilu-2019': 'Pemilu 2019',
  'pilkada-2020': 'Pilkada 2020',
  'pemilu-2024': 'Pemilu 2024',
  'pilkada-2024': 'Pilkada 2024',
  'pemilu-nasional-2029': 'Pemilu nasional 2029',
  'pemilu-lokal-berikutnya': 'Pemilu lokal berikutnya',
} satisfies Record<Election, string>;

// pemilu = President, DPR, DPD and DPRD together (until 2024); pilkada = regional heads;
// pemilu-nasional = President, DPR, DPD (from 2029); pemilu-lokal = DPRD and regional heads together
// (Putusan MK 135/PUU-XXII/2024).
export const ELECTION_KINDS = ['pemilu', 'pilkada', 'pemilu-nasional', 'pemilu-lokal'] as const;
export type ElectionKind = (typeof ELECTION_KINDS)[number];
export const ELECTION_KIND_LABEL = {
  pemilu: 'Pemilihan umum (presiden, DPR, DPD, DPRD)',
  pilkada: 'Pemilihan kepala daerah',
  'pemilu-nasional': 'Pemilu nasional (presiden, DPR, DPD)',
  'pemilu-lokal': 'Pemilu lokal (DPRD dan kepala daerah)',
} satisfies Record<ElectionKind, string>;

/** Which election laws an election of this kind falls under (UU 7/2017 for pemilu, UU 10/2016 for pilkada). */
export const LAW_SCOPES = ['pemilu', 'pilkada'] as const;
export type LawScope = (typeof LAW_SCOPES)[number];
export const SCOPES_OF_KIND = {
  pemilu: ['pemilu'],
  pilkada: ['pilkada'],
  'pemilu-nasional': ['pemilu'],
  'pemilu-lokal': ['pemilu', 'pilkada'],
} satisfies Record<ElectionKind, LawScope[]>;

const month = (label: string) =>
  z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: `${label} harus berformat YYYY-MM, misalnya 2024-08` });

export const schema = z.object({
  nama: optionalText().describe('Sebutan pemilihan; bila kosong dipakai sebutan dari daftar pemilihan di kode.'),
  jenis: z
    .enum(ELECTION_KINDS, { error: `jenis harus salah satu dari: ${ELECTION_KINDS.join(', ')}` })
    .describe('pemilu, pilkada, pemilu-nasional, atau pemilu-lokal.'),
  pemungutan_suara: isoDate('pemungutan_suara').optional().describe('Hari pemungutan suara, bila sudah pasti.'),
  perkiraan: optionalText().describe('Untuk pemilihan yang belum terjadwal: perkiraan waktunya dan dasarnya.'),
  kampanye: z
    .object({
      mulai: isoDate('kampanye.mulai').describe('Hari pertama kampanye.'),
      selesai: isoDate('kampanye.selesai').describe('Hari terakhir kampanye.'),
    })
    .optional()
    .describe('Masa kampanye {mulai, selesai}, bila diketahui.'),
  gelombang: z
    .object({
      mulai: month('gelombang.mulai').describe('Bulan pertama gelombang (YYYY-MM).'),
      selesai: month('gelombang.selesai').describe('Bulan terakhir gelombang (YYYY-MM).'),
    })
    .optional()
    .describe(
      'Bulan-bulan yang diwarnai sebagai gelombang pemilihan ini di linimasa deklarasi {mulai, selesai} (YYYY-MM).',
    ),
  ringkasan: nonEmpty('ringkasan').describe('Satu-dua kalimat tentang pemilihan ini.'),
  belum_diketahui: z
    .array(nonEmpty('belum_diketahui'))
    .default([])
    .describe('Untuk pemilihan mendatang: apa yang belum diketahui per tanggal verifikasi.'),
  sumber: sourcesSchema.describe('Sumber tanggal dan keterangan di atas.'),
  diverifikasi: isoDate('diverifikasi').describe('Hari isi diperiksa.'),
});
export type Pemilihan = z.infer<typeof schema>;

/** Known elections in their order, then any other by voting day. */
export const sort = (a: EntryOf<'pemilihan'>, b: EntryOf<'pemilihan'>) =>
  rank(a.id) - rank(b.id) || (a.data.pemungutan_suara ?? '9999').localeCompare(b.data.pemungutan_suara ?? '9999');
const rank = (id: string) => {
  const i = ELECTIONS.indexOf(id as Election);
  return i === -1 ? ELECTIONS.length : i;
};

/** The name of an election entry: its own `nama`, else the label of its id. */
export const electionName = (e: { id: string; data: { nama?: string | undefined } }) =>
  e.data.nama ?? (ELECTION_LABEL as Record<string, string>)[e.id] ?? e.id;

export function check(ctx: Ctx) {
  // An election may be described here before records can name it (its id joins ELECTIONS then).
  for (const p of ctx.entries('pemilihan')) {
    ctx.notFuture(p.file, 'diverifikasi', p.data.diverifikasi);
    if (!p.data.pemungutan_suara && !p.data.perkiraan)
      ctx.add(
        p.file,
        'perkiraan',
        'pemungutan_suara kosong; untuk pemilihan mendatang tulis perkiraan waktunya dan dasarnya',
      );
    if (p.data.pemungutan_suara && p.data.pemungutan_suara > ctx.today && p.data.belum_diketahui.length === 0)
      ctx.add(
        p.file,
        'belum_diketahui',
        'pemilihan ini belum terjadi; tulis apa yang belum diketahui per tanggal verifikasi',
      );
    if (!p.data.pemungutan_suara && p.data.belum_diketahui.length === 0)
      ctx.add(
        p.file,
        'belum_diketahui',
        'pemilihan ini belum terjadwal; tulis apa yang belum diketahui per tanggal verifikasi',
      );
    const k = p.data.kampanye;
    if (k && k.selesai < k.mulai)
      ctx.add(p.file, 'kampanye.selesai', 'kampanye.selesai lebih awal dari kampanye.mulai; periksa kedua tanggal');
  }
}

/**
 * Who supervised ASN neutrality when: KASN under UU 5/2014 until its functions moved to BKN on
 * 24 August 2024 (Perpres 91 and 92/2024; SE MenPANRB 4/2024). The cycle pages pick the supervisor
 * by the voting day; the instruments behind it are linked from there.
 */
export const SUPERVISORS = [
  {
    nama: 'KASN (Komisi Aparatur Sipil Negara)',
    sampai: '2024-08-23',
    glosarium: 'kasn',
    dasar: { regulasi: 'uu-5-2014' },
  },
  {
    nama: 'BKN (Badan Kepegawaian Negara), bersama KemenPANRB',
    mulai: '2024-08-24',
    glosarium: 'bkn',
    dasar: { regulasi: 'se-menpanrb-4-2024' },
  },
] as const;

/** The supervisor on a day (YYYY-MM-DD). */
export function supervisorOn(day: string) {
  return SUPERVISORS.find((s) => ('mulai' in s ? day >= s.mulai : true) && ('sampai' in s ? day <= s.sampai : true))!;
}
