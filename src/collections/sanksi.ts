// Sanction levels: one vocabulary shared by larangan, skenario and the sanction pages.
// Not a collection; a new level is added here and nowhere else.

// moral = PP 42/2004 Pasal 15; ringan/sedang/berat = PP 94/2021 Pasal 8;
// ptdh = dismissal by statute; pidana = criminal sanction; sesuai-ketentuan = per the rule breached.
export const SANCTION_LEVELS = ['moral', 'ringan', 'sedang', 'berat', 'ptdh', 'pidana', 'sesuai-ketentuan'] as const;
export type SanctionLevel = (typeof SANCTION_LEVELS)[number];

export const SANCTION_LABEL = {
  moral: 'Sanksi moral',
  ringan: 'Hukuman disiplin ringan',
  sedang: 'Hukuman disiplin sedang',
  berat: 'Hukuman disiplin berat',
  ptdh: 'Pemberhentian tidak dengan hormat',
  pidana: 'Pidana',
  'sesuai-ketentuan': 'Sesuai ketentuan yang dilanggar',
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
