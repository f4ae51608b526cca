// Windows used to label the waves of declarations on the timeline, read from content/pemilihan/
// (each election's `gelombang` months, with its campaign and voting day for the legend).
import type { EntryOf } from '../collections/index.ts';
import { electionName, type Election } from '../collections/pemilihan.ts';
import { formatDate } from './dates.ts';

export interface Wave {
  id: Election;
  label: string;
  /** Colour group: pemilu (national) or pilkada (regional) waves. */
  kind: 'pemilu' | 'pilkada';
  from: string;
  to: string;
  note: string;
}

export function electionWaves(cycles: EntryOf<'pemilihan'>[]): Wave[] {
  return cycles.flatMap((c) => {
    const g = c.data.gelombang;
    if (!g) return [];
    const k = c.data.kampanye;
    const parts = [
      k ? `kampanye ${formatDate(k.mulai)} – ${formatDate(k.selesai)}` : undefined,
      c.data.pemungutan_suara ? `pemungutan suara ${formatDate(c.data.pemungutan_suara)}` : undefined,
    ].filter(Boolean);
    return [
      {
        id: c.id as Election,
        label: electionName(c),
        kind: c.data.jenis === 'pilkada' ? 'pilkada' : 'pemilu',
        from: g.mulai,
        to: g.selesai,
        note: parts.join(', '),
      },
    ];
  });
}

/** The wave a month (YYYY-MM) falls in, if any. */
export const waveOf = (waves: Wave[], month: string) => waves.find((w) => month >= w.from && month <= w.to);
