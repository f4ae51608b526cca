// Prohibited acts (content/larangan/<id>.yaml): schema, labels, order and cross-checks.
import { z } from 'astro/zod';
import { isoDate, legalRefSchema, msg, nonEmpty, optionalText, slug } from './common.ts';
import { SANCTION_BASIS, SANCTION_LEVELS, checkCriminalRoute, criminalRouteSchema, restsOn } from './sanksi.ts';
import { CLTN_WORDS, checkPeople } from './subjek.ts';
import { situationSchema } from './situasi.ts';
import type { Ctx, EntryOf } from './index.ts';

export const pattern = '**/*.yaml';

// Situation groups (`kelompok`) and their labels: src/collections/situasi.ts, one list for
// checker, larangan, slides and handouts.

/** Whose support a rule is about: before or after KPU names the candidates. */
export const SUPPORT_TARGETS = ['bakal-calon', 'calon', 'semua'] as const;
export type SupportTarget = (typeof SUPPORT_TARGETS)[number];
export const SUPPORT_LABEL = {
  'bakal-calon': 'Dukungan kepada bakal calon (sebelum KPU menetapkan calon)',
  calon: 'Dukungan kepada calon yang sudah ditetapkan KPU',
  semua: 'Bakal calon maupun calon',
} satisfies Record<SupportTarget, string>;

export const VIOLATION_KINDS = ['kode-etik', 'disiplin', 'pidana'] as const;
export type ViolationKind = (typeof VIOLATION_KINDS)[number];

export const VIOLATION_LABEL = {
  'kode-etik': 'Pelanggaran kode etik',
  disiplin: 'Pelanggaran disiplin',
  pidana: 'Tindak pidana',
} satisfies Record<ViolationKind, string>;

/** The instrument whose annex lists the violation types (field `skb`). */
export const ANNEX_REGULATION = 'skb-netralitas-2022';

const refs = (label: string) =>
  z
    .array(legalRefSchema, {
      error: msg(`${label} wajib diisi: daftar {regulasi, pasal}`, `${label} harus daftar {regulasi, pasal}`),
    })
    .min(1, { error: `${label} minimal satu rujukan {regulasi, pasal}` });

export const schema = z.object({
  judul: nonEmpty('judul').describe('Nama perbuatan, singkat: "Memasang spanduk bakal calon".'),
  kelompok: situationSchema('kelompok').describe('Kelompok situasi (daftarnya di src/collections/situasi.ts).'),
  jenis: z
    .enum(VIOLATION_KINDS, { error: `jenis harus salah satu dari: ${VIOLATION_KINDS.join(', ')}` })
    .describe('Jenis pelanggaran: kode-etik, disiplin, atau pidana.'),
  skb: z
    .object({
      bagian: z
        .enum(['A', 'B'], { error: 'skb.bagian harus "A" (kode etik) atau "B" (disiplin)' })
        .describe('A = kode etik, B = disiplin.'),
      nomor: z.number({ error: 'skb.nomor harus angka' }).int().min(1).describe('Nomor butir dalam bagian itu.'),
    })
    .optional()
    .describe('Butir lampiran Keputusan Bersama 2022 {bagian, nomor}, bila perbuatan ini salah satu butirnya.'),
  subjek: z
    .enum(SUPPORT_TARGETS)
    .optional()
    .describe('Dukungan kepada siapa: bakal-calon (sebelum penetapan), calon (sesudah), atau semua.'),
  ringkasan: nonEmpty('ringkasan (apa yang dilarang, dengan kata sederhana)').describe(
    'Apa yang dilarang, dengan kata sederhana.',
  ),
  contoh: z
    .array(nonEmpty('contoh'), { error: msg('contoh wajib diisi: minimal satu contoh konkret', 'contoh harus daftar') })
    .min(1, { error: 'contoh minimal satu' })
    .describe('Contoh konkret sehari-hari.'),
  sanksi: z
    .object(
      {
        tingkat: z
          .enum(SANCTION_LEVELS, { error: `sanksi.tingkat harus salah satu dari: ${SANCTION_LEVELS.join(', ')}` })
          .describe('Tingkat sanksi bagi orang pertama di berlaku_untuk (PNS untuk butir lampiran SKB).'),
        uraian: nonEmpty('sanksi.uraian').describe('Apa arti sanksinya, ditulis lengkap.'),
        dasar: refs('sanksi.dasar').describe('Pasal yang menjadi dasar sanksi.'),
      },
      { error: msg('sanksi wajib diisi: {tingkat, uraian, dasar}', 'sanksi harus berisi {tingkat, uraian, dasar}') },
    )
    .describe('Sanksi bila dilanggar {tingkat, uraian, dasar}.'),
  sanksi_lain: z
    .array(
      z.object({
        subjek: slug('sanksi_lain.subjek').describe('Id di content/subjek/, misalnya "pppk".'),
        tingkat: z
          .enum(SANCTION_LEVELS, { error: `sanksi_lain.tingkat harus salah satu dari: ${SANCTION_LEVELS.join(', ')}` })
          .describe('Tingkat sanksi bagi orang itu.'),
        uraian: nonEmpty('sanksi_lain.uraian').describe('Apa arti sanksinya bagi orang itu.'),
        dasar: refs('sanksi_lain.dasar').describe('Pasal dasar sanksinya.'),
      }),
    )
    .default([])
    .describe('Sanksi bagi orang selain PNS bila berbeda (PPPK, non-ASN, kepala desa …).'),
  jalur_pidana: criminalRouteSchema.optional(),
  berlaku_untuk: z
    .array(slug('berlaku_untuk (id subjek)'))
    .default(['pns', 'pppk', 'pppk-paruh-waktu'])
    .describe('Siapa yang terikat larangan ini (id di content/subjek/).'),
  kecuali_cltn: z
    .boolean({ error: 'kecuali_cltn harus true atau false' })
    .default(false)
    .describe(
      'true bila larangan ini hanya mengenai pegawai yang tidak sedang CLTN, seperti butir SKB yang berbunyi "tanpa CLTN"; pemeriksa "Boleh atau tidak?" lalu bertanya apakah orangnya sedang CLTN.',
    ),
  tanpa_cltn: optionalText().describe(
    'Wajib bila teks menyarankan CLTN dan larangan berlaku bagi yang tidak punya CLTN (PPPK): apa yang dapat mereka lakukan.',
  ),
  dasar_hukum: refs('dasar_hukum').describe('Pasal yang melarang perbuatan ini.'),
  tetap_boleh: z.array(nonEmpty('tetap_boleh')).default([]).describe('Hal serupa yang tetap boleh dilakukan.'),
  kata_kunci: z
    .array(nonEmpty('kata_kunci'))
    .default([])
    .describe('Kata sehari-hari yang dipakai orang saat mencari: "like", "jempol", "spanduk".'),
  terkait: z.array(slug('terkait (id larangan lain)')).default([]).describe('Id larangan lain yang berkaitan.'),
  diverifikasi: isoDate('diverifikasi').describe('Hari isi diperiksa terhadap sumbernya.'),
  catatan: optionalText().describe('Perbedaan antarsumber atau hal yang belum pasti.'),
  urutan: z.number().int().optional().describe('Urutan tampil dalam kelompok (kecil lebih dulu).'),
});
export type Larangan = z.infer<typeof schema>;

const LAST = Number.MAX_SAFE_INTEGER;
/** By `urutan`, then title. */
export const sort = (a: EntryOf<'larangan'>, b: EntryOf<'larangan'>) =>
  (a.data.urutan ?? LAST) - (b.data.urutan ?? LAST) || a.data.judul.localeCompare(b.data.judul, 'id');

export function check(ctx: Ctx) {
  const larangan = ctx.byId('larangan');
  const regulasi = ctx.byId('regulasi');
  const revoked = (id: string) => regulasi.get(id)?.data.status === 'dicabut';
  const skb = regulasi.get(ANNEX_REGULATION);
  const annexAnchors = skb ? [...ctx.anchorsOf(skb.id)].filter((a) => /^lampiran-[ab]-\d+$/.test(a)) : [];
  const annexUsed = new Map<string, string>();
  for (const l of larangan.values()) {
    const d = l.data;
    ctx.checkRefs(l.file, 'dasar_hukum', d.dasar_hukum);
    ctx.checkRefs(l.file, 'sanksi.dasar', d.sanksi.dasar);
    ctx.notFuture(l.file, 'diverifikasi', d.diverifikasi);
    d.terkait.forEach((t, i) => {
      if (!larangan.has(t))
        ctx.add(l.file, `terkait[${i}]`, `larangan "${t}" tidak ada di content/larangan/; perbaiki id-nya atau hapus`);
    });
    for (const [field, list] of [
      ['dasar_hukum', d.dasar_hukum],
      ['sanksi.dasar', d.sanksi.dasar],
    ] as const)
      if (!list.some((r) => r.pasal))
        ctx.add(
          l.file,
          field,
          'minimal satu rujukan harus menyebut pasal (anchor), misalnya {regulasi: pp-94-2021, pasal: pasal-5-huruf-n}',
        );
    if (d.dasar_hukum.every((r) => revoked(r.regulasi)))
      ctx.add(
        l.file,
        'dasar_hukum',
        'semua dasar larangan ini sudah dicabut; tambahkan ketentuan yang berlaku sekarang (misalnya penggantinya)',
      );
    const need = SANCTION_BASIS[d.sanksi.tingkat];
    if (need && !d.sanksi.dasar.some((r) => restsOn(r, need)))
      ctx.add(
        l.file,
        'sanksi.dasar',
        `sanksi ${d.sanksi.tingkat} harus berdasar ${need.label}; tambahkan {regulasi: ${need.regulasi}, pasal: ${need.pasal}…}`,
      );
    checkPeople(
      ctx,
      l.file,
      { field: 'berlaku_untuk', ids: d.berlaku_untuk },
      [
        // The main sanction is the first listed person's (PNS for the annex items).
        { field: 'sanksi.tingkat', subjek: d.berlaku_untuk[0] ?? 'pns', tingkat: d.sanksi.tingkat },
        ...d.sanksi_lain.map((x, i) => ({ field: `sanksi_lain[${i}].tingkat`, subjek: x.subjek, tingkat: x.tingkat })),
      ],
      { texts: [d.ringkasan, d.catatan, ...d.tetap_boleh, ...d.contoh], alternative: d.tanpa_cltn },
    );
    d.sanksi_lain.forEach((x, i) => {
      ctx.checkRefs(l.file, `sanksi_lain[${i}].dasar`, x.dasar);
      if (!d.berlaku_untuk.includes(x.subjek))
        ctx.add(
          l.file,
          `sanksi_lain[${i}].subjek`,
          `"${x.subjek}" tidak ada di berlaku_untuk; tambahkan ke berlaku_untuk atau hapus baris ini`,
        );
    });
    // The checker tells a person on CLTN that this rule does not bind them: only safe when the rule itself says so.
    if (d.kecuali_cltn && !CLTN_WORDS.test(d.judul))
      ctx.add(
        l.file,
        'kecuali_cltn',
        'kecuali_cltn: true hanya untuk larangan yang judulnya sendiri menyebut "tanpa CLTN" (butir SKB A.7 dan B.3); perbaiki judulnya sesuai sumber atau hapus kecuali_cltn',
      );
    if (d.kecuali_cltn && !d.berlaku_untuk.some((id) => ctx.byId('subjek').get(id)?.data.cltn))
      ctx.add(
        l.file,
        'kecuali_cltn',
        'kecuali_cltn: true padahal tidak seorang pun di berlaku_untuk dapat mengambil CLTN; hapus kecuali_cltn',
      );
    checkCriminalRoute(ctx, l.file, 'jalur_pidana', d.jalur_pidana);
    if (d.jenis === 'pidana' && !d.sanksi.dasar.some((r) => regulasi.get(r.regulasi)?.data.jenis === 'UU' && r.pasal))
      ctx.add(
        l.file,
        'sanksi.dasar',
        'tindak pidana harus berdasar pasal undang-undang (UU) yang memuat ancaman pidananya',
      );
    if (d.skb) {
      const anchor = `lampiran-${d.skb.bagian.toLowerCase()}-${d.skb.nomor}`;
      if (!skb)
        ctx.add(
          l.file,
          'skb',
          `skb diisi tetapi content/regulasi/${ANNEX_REGULATION}.mdx tidak ada; tambahkan peraturannya`,
        );
      else if (!annexAnchors.includes(anchor))
        ctx.add(
          l.file,
          'skb',
          `butir lampiran ${d.skb.bagian}.${d.skb.nomor} tidak ada di ${skb.file} (anchor "${anchor}"); periksa bagian dan nomornya`,
        );
      else if (annexUsed.has(anchor))
        ctx.add(
          l.file,
          'skb',
          `butir lampiran ${d.skb.bagian}.${d.skb.nomor} sudah dipakai oleh ${annexUsed.get(anchor)}; satu butir lampiran = satu larangan`,
        );
      else annexUsed.set(anchor, l.file);
      if (d.skb.bagian === 'A' && d.jenis !== 'kode-etik')
        ctx.add(l.file, 'jenis', 'butir lampiran bagian A adalah pelanggaran kode etik; ubah jenis menjadi kode-etik');
      if (d.skb.bagian === 'A' && d.sanksi.tingkat !== 'moral')
        ctx.add(
          l.file,
          'sanksi.tingkat',
          'butir lampiran bagian A (kode etik) bersanksi moral (PP 42/2004 Pasal 15); ubah tingkat menjadi moral',
        );
      if (d.skb.bagian === 'B' && d.jenis !== 'disiplin')
        ctx.add(l.file, 'jenis', 'butir lampiran bagian B adalah pelanggaran disiplin; ubah jenis menjadi disiplin');
    }
  }
  if (skb?.data.jumlah_butir_lampiran && annexAnchors.length !== skb.data.jumlah_butir_lampiran)
    ctx.add(
      skb.file,
      'jumlah_butir_lampiran',
      `lampiran tercatat ${skb.data.jumlah_butir_lampiran} butir tetapi ada ${annexAnchors.length} anchor lampiran-a-N/lampiran-b-N; samakan keduanya`,
    );
  if (larangan.size === 0) return;
  // A dropped annex item is as bad as an invented one.
  if (skb)
    for (const a of annexAnchors)
      if (!annexUsed.has(a))
        ctx.add(
          skb.file,
          `pasal(${a})`,
          `butir lampiran "${a}" belum punya entri di content/larangan/; tambahkan larangan dengan skb: {bagian, nomor} yang sesuai`,
        );
}
