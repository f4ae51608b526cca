// Sanction levels: one vocabulary shared by larangan, skenario and the sanction pages.
// Not a collection; a new level is added here and nowhere else.
import { z } from 'astro/zod';
import { legalRefSchema, nonEmpty, optionalText } from './common.ts';

// moral = PP 42/2004 Pasal 15; ringan/sedang/berat = PP 94/2021 Pasal 8; ptdh = dismissal by
// statute; pidana = criminal sanction; sesuai-ketentuan = per the rule breached. The last four
// belong to people who are not PNS (which level a person can receive is listed per person in
// content/subjek/): disiplin-pppk = PPPK discipline under PP 49/2018 and the work agreement;
// kontrak = non-ASN staff, per the work agreement up to termination; administratif-desa = village
// heads and officials under UU 6/2014; etik-penyelenggara = election officials' ethics sanctions.
export const SANCTION_LEVELS = [
  'moral',
  'ringan',
  'sedang',
  'berat',
  'ptdh',
  'pidana',
  'sesuai-ketentuan',
  'disiplin-pppk',
  'kontrak',
  'administratif-desa',
  'etik-penyelenggara',
] as const;
export type SanctionLevel = (typeof SANCTION_LEVELS)[number];

export const SANCTION_LABEL = {
  moral: 'Sanksi moral',
  ringan: 'Hukuman disiplin ringan',
  sedang: 'Hukuman disiplin sedang',
  berat: 'Hukuman disiplin berat',
  ptdh: 'Pemberhentian tidak dengan hormat',
  pidana: 'Pidana',
  'sesuai-ketentuan': 'Sesuai ketentuan yang dilanggar',
  'disiplin-pppk': 'Hukuman disiplin PPPK (PP 49/2018 dan perjanjian kerja)',
  kontrak: 'Sanksi menurut perjanjian kerja, sampai pemutusan hubungan kerja',
  'administratif-desa': 'Sanksi administratif desa: teguran sampai pemberhentian',
  'etik-penyelenggara': 'Sanksi etik penyelenggara pemilu: teguran sampai pemberhentian',
} satisfies Record<SanctionLevel, string>;

/** Short names for dense printed sheets. */
export const SANCTION_SHORT = {
  moral: 'sanksi moral',
  ringan: 'disiplin ringan',
  sedang: 'disiplin sedang',
  berat: 'disiplin berat',
  ptdh: 'PTDH',
  pidana: 'pidana',
  'sesuai-ketentuan': 'sesuai aturan yang dilanggar',
  'disiplin-pppk': 'disiplin PPPK',
  kontrak: 'sanksi kontrak',
  'administratif-desa': 'sanksi desa',
  'etik-penyelenggara': 'sanksi etik',
} satisfies Record<SanctionLevel, string>;

/** The provisions that define each sanction; their text comes from content/regulasi. */
export const SANCTION_DEFINED_BY: Partial<Record<SanctionLevel, { regulasi: string; pasal: string }[]>> = {
  moral: [{ regulasi: 'pp-42-2004', pasal: 'pasal-15-ayat-3' }],
  sedang: [{ regulasi: 'pp-94-2021', pasal: 'pasal-8-ayat-3' }],
  berat: [{ regulasi: 'pp-94-2021', pasal: 'pasal-8-ayat-4' }],
  ptdh: [{ regulasi: 'uu-20-2023', pasal: 'pasal-52-ayat-4' }],
  pidana: [
    { regulasi: 'uu-7-2017', pasal: 'pasal-494' },
    { regulasi: 'uu-10-2016', pasal: 'pasal-188' },
  ],
};

/** Where the sanction for non-ASN employees (honorer/PTT) is set: they fall outside PP 94/2021. */
export const NON_ASN_SANCTION = { regulasi: 'se-menpanrb-1-2023', pasal: 'bagian-sanksi' } as const;

/**
 * What a sanction's legal basis must include, per level: a moral sanction rests on PP 42/2004
 * Pasal 15, a medium or heavy disciplinary one on PP 94/2021 Pasal 8 ayat (3)/(4). The anchor may
 * continue the prefix ("pasal-15" also accepts "pasal-15-ayat-1").
 */
export const SANCTION_BASIS: Partial<Record<SanctionLevel, { regulasi: string; pasal: string; label: string }>> = {
  moral: { regulasi: 'pp-42-2004', pasal: 'pasal-15', label: 'PP 42/2004 Pasal 15' },
  sedang: { regulasi: 'pp-94-2021', pasal: 'pasal-8-ayat-3', label: 'PP 94/2021 Pasal 8 ayat (3)' },
  berat: { regulasi: 'pp-94-2021', pasal: 'pasal-8-ayat-4', label: 'PP 94/2021 Pasal 8 ayat (4)' },
};

/** Whether `ref` is the basis a level requires (exact anchor or one that continues it). */
export function restsOn(
  ref: { regulasi: string; pasal?: string | undefined },
  need: { regulasi: string; pasal: string },
) {
  return (
    ref.regulasi === need.regulasi &&
    !!ref.pasal &&
    (ref.pasal === need.pasal || ref.pasal.startsWith(`${need.pasal}-`))
  );
}

/**
 * The criminal route beside the disciplinary one: an act that is also an election crime (politik
 * uang, campaigning outside the schedule, an official's decision that favours a candidate).
 */
export const criminalRouteSchema = z
  .object({
    uraian: nonEmpty('jalur_pidana.uraian').describe('Tindak pidananya dan ancamannya, dengan kata sederhana.'),
    dasar: z
      .array(legalRefSchema)
      .min(1, { error: 'jalur_pidana.dasar minimal satu pasal undang-undang' })
      .describe('Pasal undang-undang yang memuat larangan dan ancaman pidananya.'),
    penanganan: optionalText().describe('Siapa yang menangani: Bawaslu dan Sentra Gakkumdu, kepolisian, dst.'),
  })
  .describe('Jalur pidana di samping jalur disiplin, bila perbuatannya juga tindak pidana.');

/** A criminal route must rest on a statute's article (a UU), never only on a regulation or circular. */
export function checkCriminalRoute(
  ctx: {
    byId(c: 'regulasi'): Map<string, { data: { jenis: string } }>;
    add(file: string, field: string, message: string): void;
    checkRefs(file: string, field: string, refs: readonly { regulasi: string; pasal?: string | undefined }[]): void;
  },
  file: string,
  field: string,
  route: { dasar: { regulasi: string; pasal?: string | undefined }[] } | undefined,
) {
  if (!route) return;
  ctx.checkRefs(file, `${field}.dasar`, route.dasar);
  const regs = ctx.byId('regulasi');
  if (!route.dasar.some((r) => r.pasal && ['UU', 'Perppu'].includes(regs.get(r.regulasi)?.data.jenis ?? '')))
    ctx.add(
      file,
      `${field}.dasar`,
      'jalur pidana harus berdasar pasal undang-undang (UU) yang memuat ancaman pidananya',
    );
}
