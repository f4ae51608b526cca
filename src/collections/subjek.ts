// Who is covered (content/subjek/<id>.yaml): each kind of person the rules may bind (PNS, PPPK,
// PPPK paruh waktu, non-ASN staff, Pj kepala daerah, village heads, election officials, TNI/Polri
// as a pointer). Scenarios and prohibited acts name these ids, and a sanction shown for a person
// must be one this file lists for them.
import { z } from 'astro/zod';
import { isoDate, legalRefSchema, msg, nonEmpty, optionalText } from './common.ts';
import { SANCTION_LEVELS } from './sanksi.ts';
import type { Ctx, EntryOf } from './index.ts';

export const pattern = '**/*.yaml';

export const schema = z.object({
  nama: nonEmpty('nama (misalnya "PPPK")').describe('Sebutan singkat: "PNS", "PPPK paruh waktu", "Kepala desa".'),
  nama_lengkap: optionalText().describe('Kepanjangan atau sebutan resmi.'),
  ringkasan: nonEmpty('ringkasan').describe('Siapa mereka, satu-dua kalimat.'),
  asn: z
    .boolean({ error: 'asn harus true atau false' })
    .describe('true bila pegawai ASN (PNS, PPPK, PPPK paruh waktu).'),
  aturan: z
    .array(legalRefSchema, { error: msg('aturan wajib diisi: daftar {regulasi, pasal}', 'aturan harus daftar') })
    .min(1, { error: 'aturan minimal satu rujukan' })
    .describe('Aturan netralitas yang mengikat mereka.'),
  sanksi_tingkat: z
    .array(z.enum(SANCTION_LEVELS, { error: `sanksi_tingkat harus dari: ${SANCTION_LEVELS.join(', ')}` }))
    .min(1, { error: 'sanksi_tingkat minimal satu' })
    .describe('Tingkat sanksi yang dapat dijatuhkan kepada mereka; lencana sanksi pada skenario harus salah satunya.'),
  sanksi_uraian: nonEmpty('sanksi_uraian').describe('Sanksi apa saja yang berlaku bagi mereka, ditulis lengkap.'),
  sanksi_dasar: z.array(legalRefSchema).default([]).describe('Pasal dasar sanksinya.'),
  cltn: z
    .boolean({ error: 'cltn harus true atau false' })
    .describe('true bila mereka dapat mengambil cuti di luar tanggungan negara (CLTN).'),
  jalur_partisipasi: nonEmpty('jalur_partisipasi').describe(
    'Jalan yang sah bila ingin ikut serta (mencalonkan diri, mendampingi pasangan): CLTN, mundur, atau lainnya.',
  ),
  penanganan: nonEmpty('penanganan').describe('Siapa yang menangani laporan pelanggaran oleh mereka.'),
  berlaku_sejak: isoDate('berlaku_sejak').optional().describe('Sejak kapan aturan di halaman ini berlaku bagi mereka.'),
  berlaku_sampai: isoDate('berlaku_sampai')
    .optional()
    .describe('Sampai kapan (bila kelompok ini sudah berubah status).'),
  masa_berlaku: optionalText().describe(
    'Penjelasan masa berlaku, misalnya peralihan honorer menjadi PPPK paruh waktu.',
  ),
  catatan: optionalText().describe('Hal yang belum pasti atau perbedaan antarsumber.'),
  urutan: z.number().int().default(100).describe('Urutan dalam tabel (kecil lebih dulu).'),
  diverifikasi: isoDate('diverifikasi').describe('Hari isi diperiksa terhadap sumbernya.'),
});
export type Subjek = z.infer<typeof schema>;

export const sort = (a: EntryOf<'subjek'>, b: EntryOf<'subjek'>) =>
  a.data.urutan - b.data.urutan || a.data.nama.localeCompare(b.data.nama, 'id');

export function check(ctx: Ctx) {
  for (const s of ctx.entries('subjek')) {
    ctx.checkRefs(s.file, 'aturan', s.data.aturan);
    ctx.checkRefs(s.file, 'sanksi_dasar', s.data.sanksi_dasar);
    ctx.notFuture(s.file, 'diverifikasi', s.data.diverifikasi);
    if (s.data.berlaku_sejak && s.data.berlaku_sampai && s.data.berlaku_sampai < s.data.berlaku_sejak)
      ctx.add(s.file, 'berlaku_sampai', 'berlaku_sampai lebih awal dari berlaku_sejak; periksa kedua tanggal');
  }
}

/**
 * The people the checker (/boleh-atau-tidak/) asks about first, in this order: ids in content/subjek/.
 * A status without its file is left out of the checker (the fixture set has only some).
 */
export const CHECKER_STATUSES = [
  'pns',
  'pppk',
  'pppk-paruh-waktu',
  'non-asn',
  'pj-kepala-daerah',
  'kepala-desa',
  'penyelenggara-ad-hoc',
] as const;
export type CheckerStatus = (typeof CHECKER_STATUSES)[number];

/**
 * People who are also bound as another: a Pj kepala daerah in this site is a PNS (content/subjek/
 * pj-kepala-daerah.yaml: "terikat semua aturan netralitas ASN"; "Sebagai PNS: sanksi yang sama dengan
 * PNS lain"), so the checker also shows them the PNS answers, with the PNS sanction.
 */
export const ALSO_BOUND_AS: Partial<Record<string, string>> = { 'pj-kepala-daerah': 'pns' };

/** The glossary entry (content/glosarium/) that writes CLTN out; the checker shows it wherever CLTN comes up. */
export const CLTN_TERM = 'cltn';

/** Words that recommend unpaid leave; a text with them that also applies to PPPK needs a PPPK alternative. */
export const CLTN_WORDS = /\bCLTN\b|cuti di luar tanggungan negara/i;

/**
 * Shared by larangan and skenario: the people an entry applies to must exist; a sanction given for
 * a person must be one that person can receive; advice to take CLTN must say what those without
 * CLTN (PPPK) can do instead.
 */
export function checkPeople(
  ctx: Ctx,
  file: string,
  people: { field: string; ids: readonly string[] },
  sanctions: { field: string; subjek: string; tingkat: string }[],
  cltn: { texts: (string | undefined)[]; alternative: string | undefined },
) {
  const subjek = ctx.byId('subjek');
  people.ids.forEach((id, i) => {
    if (!subjek.has(id))
      ctx.add(
        file,
        `${people.field}[${i}]`,
        `subjek "${id}" tidak ada di content/subjek/; pakai id yang ada (${[...subjek.keys()].join(', ')})`,
      );
  });
  for (const s of sanctions) {
    const who = subjek.get(s.subjek);
    if (!who) continue;
    if (!who.data.sanksi_tingkat.includes(s.tingkat as Subjek['sanksi_tingkat'][number]))
      ctx.add(
        file,
        s.field,
        `sanksi "${s.tingkat}" tidak berlaku bagi ${who.data.nama} (subjek ${s.subjek}); pakai salah satu: ${who.data.sanksi_tingkat.join(', ')}`,
      );
  }
  const withoutCltn = people.ids.filter((id) => subjek.get(id)?.data.cltn === false);
  if (withoutCltn.length && !cltn.alternative && cltn.texts.some((t) => t && CLTN_WORDS.test(t)))
    ctx.add(
      file,
      'tanpa_cltn',
      `menyarankan CLTN padahal berlaku juga bagi ${withoutCltn.map((id) => subjek.get(id)!.data.nama).join(', ')}, yang tidak punya CLTN; isi tanpa_cltn: apa yang dapat mereka lakukan sebagai gantinya`,
    );
}
