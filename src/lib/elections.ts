// Windows used to label the two waves of declarations. Dates: PKPU 3/2022 (Pemilu 2024 campaign
// 28 Nov 2023 – 10 Feb 2024, vote 14 Feb 2024) and PKPU 2/2024 (Pilkada campaign 25 Sep – 23 Nov 2024,
// vote 27 Nov 2024), as recorded in the legal dossier.
export const ELECTION_WAVES = [
  {
    id: 'pemilu-2024',
    label: 'Pemilu 2024',
    from: '2023-09',
    to: '2024-02',
    note: 'kampanye 28 November 2023 – 10 Februari 2024, pemungutan suara 14 Februari 2024',
  },
  {
    id: 'pilkada-2024',
    label: 'Pilkada 2024',
    from: '2024-08',
    to: '2024-11',
    note: 'kampanye 25 September – 23 November 2024, pemungutan suara 27 November 2024',
  },
] as const;

/** The wave a month (YYYY-MM) falls in, if any. */
export const waveOf = (month: string) => ELECTION_WAVES.find((w) => month >= w.from && month <= w.to);
