// Declaration events (content/deklarasi/<id>.yaml): schema, labels, order and cross-checks.
import { z } from 'astro/zod';
import {
  isoDate,
  legalRefSchema,
  msg,
  nonEmpty,
  optionalText,
  recordSourcesSchema,
  slug,
  TIMEZONES,
  WEEKDAYS,
  weekdayName,
} from './common.ts';
import { DEKLARASI_SUBPAGES } from '../lib/routes.ts';
import { provinceOf } from '../lib/regions.ts';
import { ELECTIONS } from './pemilihan.ts';
import type { Ctx, EntryOf } from './index.ts';

export const pattern = '**/*.yaml';

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
export type EventType = (typeof EVENT_TYPES)[number];

export const EVENT_LABEL = {
  deklarasi: 'Deklarasi',
  ikrar: 'Ikrar',
  'pakta-integritas': 'Pakta integritas',
  apel: 'Apel',
  sosialisasi: 'Sosialisasi',
  'rapat-koordinasi': 'Rapat koordinasi',
  'surat-edaran': 'Surat edaran',
  'kunjungan-kerja': 'Kunjungan kerja',
  lainnya: 'Lainnya',
} satisfies Record<EventType, string>;

export const LEVELS = ['nasional', 'provinsi', 'kabupaten', 'kota', 'kecamatan', 'opd', 'instansi-vertikal'] as const;
export type Level = (typeof LEVELS)[number];

export const LEVEL_LABEL = {
  nasional: 'Nasional',
  provinsi: 'Provinsi',
  kabupaten: 'Kabupaten',
  kota: 'Kota',
  kecamatan: 'Kecamatan',
  opd: 'Perangkat daerah (OPD)',
  'instansi-vertikal': 'Instansi vertikal',
} satisfies Record<Level, string>;

export const PARTICIPANT_GROUPS = [
  'pns',
  'pppk',
  'non-asn',
  'kepala-desa',
  'perangkat-desa',
  'tni',
  'polri',
  'pejabat-daerah',
] as const;
export type ParticipantGroup = (typeof PARTICIPANT_GROUPS)[number];

export const PARTICIPANT_LABEL = {
  pns: 'PNS',
  pppk: 'PPPK',
  'non-asn': 'Pegawai non-ASN (PTT/honorer)',
  'kepala-desa': 'Kepala desa',
  'perangkat-desa': 'Perangkat desa',
  tni: 'TNI',
  polri: 'Polri',
  'pejabat-daerah': 'Pejabat daerah',
} satisfies Record<ParticipantGroup, string>;

// hari: the source gives the day; perkiraan: the day is inferred from context ("Senin lalu");
// bulan / tahun: only the month or the year is known (tanggal is then the 1st of the month, or 1 January).
export const DATE_PRECISIONS = ['hari', 'perkiraan', 'bulan', 'tahun'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

// ikrar: ASN (or officials on their behalf) pledge, declare or sign neutrality; terkait: a related
// event without such a pledge (a circular, a coordination meeting, a Bawaslu-led signing by others,
// a general "Pemilu damai" declaration). The methodology page states the rule.
export const RECORD_KINDS = ['ikrar', 'terkait'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];
export const RECORD_KIND_LABEL = {
  ikrar: 'Ikrar atau deklarasi netralitas ASN',
  terkait: 'Kegiatan terkait (tanpa ikrar)',
} satisfies Record<RecordKind, string>;

export const schema = z
  .object({
    id: slug('id').describe(
      'Sama dengan nama berkas; tidak pernah berubah setelah terbit. Pola: YYYY-MM-DD-tingkat-wilayah-kegiatan.',
    ),
    judul: nonEmpty('judul').describe('Judul singkat dengan kata-kata redaksi.'),
    kategori: z
      .enum(RECORD_KINDS, { error: `kategori harus salah satu dari: ${RECORD_KINDS.join(', ')}` })
      .describe(
        'ikrar (ASN berikrar, berdeklarasi, atau menandatangani pakta) atau terkait (kegiatan tanpa ikrar ASN).',
      ),
    tanggal: isoDate('tanggal').describe('Tanggal acara (YYYY-MM-DD).'),
    presisi_tanggal: z
      .enum(DATE_PRECISIONS, { error: `presisi_tanggal harus salah satu dari: ${DATE_PRECISIONS.join(', ')}` })
      .default('hari')
      .describe(
        'hari (tanggal pasti), perkiraan (sumber hanya menyiratkan harinya), bulan (hanya bulan diketahui; tanggal = hari ke-1), atau tahun (hanya tahun; tanggal = 1 Januari).',
      ),
    hari: z
      .enum(WEEKDAYS, { error: `hari harus salah satu dari: ${WEEKDAYS.join(', ')}` })
      .optional()
      .describe('Nama hari seperti tercetak di sumber; dicocokkan dengan tanggal.'),
    waktu: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'waktu harus berformat JJ:MM 24 jam, misalnya 07:30' })
      .optional()
      .describe('Jam mulai JJ:MM (24 jam), bila disebut sumber.'),
    zona_waktu: z
      .enum(TIMEZONES, { error: 'zona_waktu harus WIB, WITA, atau WIT' })
      .optional()
      .describe('WIB, WITA, atau WIT; wajib bila waktu diisi dan harus cocok dengan provinsinya.'),
    wilayah: z
      .string({
        error: msg(
          'wilayah wajib diisi: kode Kemendagri seperti "53.71" (Kota Kupang)',
          'wilayah harus teks kode Kemendagri, misalnya "53.71"; beri tanda kutip',
        ),
      })
      .regex(/^\d{2}(\.\d{2})?$/, {
        error: 'wilayah harus kode Kemendagri "NN" (provinsi) atau "NN.NN" (kabupaten/kota), misalnya "53.71"',
      })
      .optional()
      .describe(
        'Kode Kemendagri dalam tanda kutip: "53" (provinsi) atau "53.71" (kabupaten/kota). Kosongkan untuk acara tingkat nasional.',
      ),
    unit: optionalText().describe('Kantor di bawah atau di samping wilayah: kecamatan, OPD, kanwil.'),
    tingkat: z
      .enum(LEVELS, { error: `tingkat harus salah satu dari: ${LEVELS.join(', ')}` })
      .describe('Tingkat penyelenggara acara.'),
    jenis_kegiatan: z
      .array(z.enum(EVENT_TYPES, { error: `jenis_kegiatan harus dari: ${EVENT_TYPES.join(', ')}` }), {
        error: msg('jenis_kegiatan wajib diisi', 'jenis_kegiatan harus daftar'),
      })
      .min(1, { error: 'jenis_kegiatan minimal satu' })
      .describe('Jenis kegiatan (boleh lebih dari satu).'),
    pemilihan: z
      .array(z.enum(ELECTIONS, { error: `pemilihan harus dari: ${ELECTIONS.join(', ')}` }), {
        error: msg('pemilihan wajib diisi, misalnya [pilkada-2024]', 'pemilihan harus daftar'),
      })
      .min(1, { error: 'pemilihan minimal satu' })
      .describe('Pemilihan yang dituju.'),
    penyelenggara: z.array(nonEmpty('penyelenggara')).default([]).describe('Penyelenggara acara.'),
    pejabat: z
      .array(
        z.object({
          nama: nonEmpty('pejabat.nama').describe('Nama seperti tercetak di sumber.'),
          jabatan: nonEmpty('pejabat.jabatan').describe('Jabatan seperti tercetak di sumber (Pj, Plt, Sekda …).'),
          orang: slug('pejabat.orang')
            .optional()
            .describe('Id di content/orang/ bila pejabat ini muncul di dua rekaman atau lebih.'),
        }),
      )
      .default([])
      .describe('Pejabat yang memimpin atau hadir.'),
    lembaga_hadir: z.array(nonEmpty('lembaga_hadir')).default([]).describe('Lembaga lain yang hadir.'),
    peserta: z
      .array(z.enum(PARTICIPANT_GROUPS, { error: `peserta harus dari: ${PARTICIPANT_GROUPS.join(', ')}` }))
      .default([])
      .describe('Kelompok peserta.'),
    tempat: optionalText().describe('Tempat acara.'),
    induk: slug('induk (id rekaman induk)')
      .optional()
      .describe(
        'Id rekaman acara yang diikuti acara ini (misalnya arahan nasional atau acara provinsi), hanya bila sumber menyebutnya.',
      ),
    induk_catatan: optionalText().describe('Wajib bila induk diisi: apa yang dikatakan sumber tentang hubungan itu.'),
    ikrar: slug('ikrar (id teks ikrar)')
      .optional()
      .describe('Id teks ikrar, hanya bila sumber memuat teks yang cocok.'),
    ikrar_jumlah_butir: z.number().int().min(1).optional().describe('Jumlah butir ikrar bila disebut sumber.'),
    dasar_hukum: z.array(legalRefSchema).default([]).describe('Aturan yang disebut sumber.'),
    ringkasan: nonEmpty('ringkasan (dengan kata-kata sendiri)').describe(
      'Ringkasan 1–3 kalimat dengan kata-kata sendiri.',
    ),
    sumber: recordSourcesSchema.describe('Sumber berita atau dokumen; dua sumber independen lebih baik.'),
    diverifikasi: isoDate('diverifikasi').describe('Hari rekaman benar-benar diperiksa terhadap sumbernya.'),
    catatan_verifikasi: nonEmpty('catatan_verifikasi (apa yang sudah dicek terhadap sumber)').describe(
      'Apa yang dicek, apa yang disimpulkan dari konteks, dan perbedaan antarsumber.',
    ),
  })
  .superRefine((d, ctx) => {
    if (d.induk && !d.induk_catatan)
      ctx.addIssue({
        code: 'custom',
        path: ['induk_catatan'],
        message: 'induk diisi tetapi induk_catatan kosong; tulis apa kata sumber tentang hubungan kedua acara',
      });
    if (d.waktu && !d.zona_waktu)
      ctx.addIssue({
        code: 'custom',
        path: ['zona_waktu'],
        message: 'waktu diisi tetapi zona_waktu kosong; tambahkan WIB, WITA, atau WIT',
      });
  });
export type Deklarasi = z.infer<typeof schema>;

/** Newest first; ties by id. */
export const sort = (a: EntryOf<'deklarasi'>, b: EntryOf<'deklarasi'>) =>
  b.data.tanggal.localeCompare(a.data.tanggal) || a.id.localeCompare(b.id);

const RESERVED = new Set<string>(DEKLARASI_SUBPAGES);

export function check(ctx: Ctx) {
  const ikrar = ctx.byId('ikrar');
  const orang = ctx.byId('orang');
  const pemilihan = ctx.byId('pemilihan');
  const records = ctx.byId('deklarasi');
  const { regions } = ctx;
  for (const d of records.values()) {
    const x = d.data;
    if ((x.presisi_tanggal === 'bulan' || x.presisi_tanggal === 'tahun') && x.hari)
      ctx.add(
        d.file,
        'hari',
        `presisi_tanggal ${x.presisi_tanggal}: harinya tidak diketahui, jadi hari harus dikosongkan`,
      );
    if (x.presisi_tanggal === 'bulan' && !x.tanggal.endsWith('-01'))
      ctx.add(
        d.file,
        'tanggal',
        `presisi_tanggal bulan: tulis tanggal ${x.tanggal.slice(0, 7)}-01 (hanya bulan yang diketahui)`,
      );
    if (x.presisi_tanggal === 'tahun' && !x.tanggal.endsWith('-01-01'))
      ctx.add(
        d.file,
        'tanggal',
        `presisi_tanggal tahun: tulis tanggal ${x.tanggal.slice(0, 4)}-01-01 (hanya tahun yang diketahui)`,
      );
    x.pemilihan.forEach((p, i) => {
      if (!pemilihan.has(p))
        ctx.add(
          d.file,
          `pemilihan[${i}]`,
          `pemilihan "${p}" belum punya berkas content/pemilihan/${p}.yaml; tambahkan berkasnya`,
        );
    });
    x.pejabat.forEach((p, i) => {
      if (p.orang && !orang.has(p.orang))
        ctx.add(
          d.file,
          `pejabat[${i}].orang`,
          `orang "${p.orang}" tidak ada di content/orang/; tambahkan berkasnya atau perbaiki id-nya`,
        );
    });
    if (x.induk) {
      const parent = records.get(x.induk);
      if (!parent)
        ctx.add(d.file, 'induk', `rekaman induk "${x.induk}" tidak ada di content/deklarasi/; perbaiki id-nya`);
      else if (parent.data.tanggal > x.tanggal)
        ctx.add(
          d.file,
          'induk',
          `rekaman induk (${parent.data.tanggal}) lebih baru dari acara ini (${x.tanggal}); induk harus terjadi lebih dulu`,
        );
      if (x.induk === d.id) ctx.add(d.file, 'induk', 'rekaman tidak bisa menjadi induk dirinya sendiri');
    }
    if (RESERVED.has(d.id))
      ctx.add(d.file, 'id', `"${d.id}" dipakai sebagai alamat halaman lain di /deklarasi/; pilih id lain`);
    if (x.id !== d.id)
      ctx.add(
        d.file,
        'id',
        `id "${x.id}" tidak sama dengan nama berkas "${d.id}"; samakan keduanya (id tidak boleh berubah setelah terbit)`,
      );
    if (x.hari) {
      const actual = weekdayName(x.tanggal);
      if (actual !== x.hari)
        ctx.add(
          d.file,
          'hari',
          `tertulis "${x.hari}" tetapi ${x.tanggal} jatuh pada hari ${actual}; periksa sumbernya lalu betulkan tanggal atau hari`,
        );
    }
    ctx.notFuture(d.file, 'tanggal', x.tanggal);
    ctx.notFuture(d.file, 'diverifikasi', x.diverifikasi);
    if (x.diverifikasi < x.tanggal)
      ctx.add(
        d.file,
        'diverifikasi',
        `tanggal verifikasi (${x.diverifikasi}) lebih awal dari tanggal acara (${x.tanggal}); periksa kedua tanggal`,
      );
    const code = x.wilayah;
    if (x.tingkat === 'nasional') {
      if (code)
        ctx.add(
          d.file,
          'wilayah',
          'acara tingkat nasional tidak diarsipkan di provinsi tempat acaranya; hapus wilayah dan tulis lokasinya di tempat',
        );
    } else if (!code)
      ctx.add(
        d.file,
        'wilayah',
        `wilayah wajib diisi untuk tingkat ${x.tingkat}: kode Kemendagri seperti "53.71" (Kota Kupang)`,
      );
    if (!code) {
      // National: nothing to check against the region tables.
    } else if (code.length === 2 && !regions.provinces.get(code))
      ctx.add(
        d.file,
        'wilayah',
        `kode provinsi "${code}" tidak dikenal Kemendagri; lihat idn-area-data provinces.csv (misalnya "53" = Nusa Tenggara Timur)`,
      );
    else if (code.length > 2 && !regions.regencies.has(code))
      ctx.add(
        d.file,
        'wilayah',
        `kode kabupaten/kota "${code}" tidak dikenal Kemendagri; lihat idn-area-data regencies.csv (misalnya "53.71" = Kota Kupang)`,
      );
    else {
      const prov = regions.provinces.get(provinceOf(code));
      const reg = regions.regencies.get(code);
      if (x.tingkat === 'provinsi' && reg)
        ctx.add(
          d.file,
          'tingkat',
          `tingkat provinsi tetapi wilayah "${code}" adalah ${reg.name}; pakai kode provinsi "${provinceOf(code)}" atau ubah tingkat`,
        );
      if ((x.tingkat === 'kota' || x.tingkat === 'kabupaten') && !reg)
        ctx.add(
          d.file,
          'wilayah',
          `tingkat ${x.tingkat} memerlukan kode kabupaten/kota "NN.NN", bukan kode provinsi "${code}"`,
        );
      if (x.tingkat === 'kota' && reg && !reg.name.startsWith('Kota'))
        ctx.add(
          d.file,
          'tingkat',
          `tingkat kota tetapi ${code} adalah ${reg.name}; ubah tingkat menjadi kabupaten atau betulkan kodenya`,
        );
      if (x.tingkat === 'kabupaten' && reg && !reg.name.startsWith('Kabupaten'))
        ctx.add(
          d.file,
          'tingkat',
          `tingkat kabupaten tetapi ${code} adalah ${reg.name}; ubah tingkat menjadi kota atau betulkan kodenya`,
        );
      if (x.zona_waktu && prov && x.zona_waktu !== prov.timezone)
        ctx.add(
          d.file,
          'zona_waktu',
          `${prov.name} memakai ${prov.timezone}, bukan ${x.zona_waktu}; betulkan zona waktunya`,
        );
    }
    if (x.ikrar && !ikrar.has(x.ikrar))
      ctx.add(
        d.file,
        'ikrar',
        `ikrar "${x.ikrar}" tidak ada di content/ikrar/; pakai id yang ada (${[...ikrar.keys()].join(', ') || 'belum ada'}) atau hapus field ini`,
      );
    ctx.checkRefs(d.file, 'dasar_hukum', x.dasar_hukum);
    x.sumber.forEach((s, i) => ctx.notFuture(d.file, `sumber[${i}].terbit`, s.terbit));
  }
}
