// Which instruments applied in an election cycle, computed from the instruments' own dates, scope
// and relations (never typed per cycle): an instrument applies when it had started by the voting
// day, had not been revoked or lapsed before it, concerns that kind of election, and (for an
// instrument made for particular elections) names this one.
import type { EntryOf } from '../collections/index.ts';
import { SCOPES_OF_KIND, supervisorOn, type Election, type ElectionKind } from '../collections/pemilihan.ts';

type Reg = EntryOf<'regulasi'>;

/** The day an instrument took effect, when known. */
export const startOf = (r: Reg) => r.data.tanggal_berlaku ?? r.data.tanggal_ditetapkan;

export interface Applied {
  reg: Reg;
  /** pasti: the dates settle it; belum-pasti: a start or revocation date is known only by its year. */
  certainty: 'pasti' | 'belum-pasti';
  /** Why it is uncertain, in Indonesian, when it is. */
  note?: string;
  /** Instruments that revoked it later (after the reference day), for "kini dicabut oleh …". */
  laterRevokedBy: string[];
}

/** Instruments that revoke `id`, with their start dates. */
function revokers(id: string, all: Reg[]) {
  return all.filter((o) => o.data.relasi.some((x) => x.jenis === 'mencabut' && x.regulasi === id));
}

type Verdict = { applies: boolean; certain: boolean; note?: string };

/** Whether an event dated `start` (or only `year`) happened by `day`. */
function onOrBefore(start: string | undefined, year: number, day: string): Verdict {
  if (start) return { applies: start <= day, certain: true };
  const y = Number(day.slice(0, 4));
  if (year < y) return { applies: true, certain: true };
  if (year > y) return { applies: false, certain: true };
  return { applies: true, certain: false };
}

/**
 * Instruments that applied to an election of `kind` (id `election`) on `day` (the voting day, or
 * for a cycle still to come, the day the page was verified). Uncertain ones are returned with
 * certainty "belum-pasti" and the reason, never silently included or dropped.
 */
export function instrumentsFor(all: Reg[], election: Election, kind: ElectionKind, day: string): Applied[] {
  const scopes: readonly string[] = SCOPES_OF_KIND[kind];
  const out: Applied[] = [];
  for (const r of all) {
    const d = r.data;
    if (!d.lingkup.some((s) => scopes.includes(s))) continue;
    if (d.untuk_pemilihan.length > 0 && !d.untuk_pemilihan.includes(election)) continue;
    const notes: string[] = [];
    let certain = true;
    // Made for this election: it applied to it even when issued during the cycle.
    if (d.untuk_pemilihan.length === 0) {
      const started = onOrBefore(startOf(r), d.tahun, day);
      if (!started.applies) continue;
      if (!started.certain) {
        certain = false;
        notes.push(`tanggal mulai berlakunya belum kami pastikan (tahun ${d.tahun})`);
      }
    }
    if (d.berlaku_sampai && d.berlaku_sampai < day) continue;
    const later: string[] = [];
    let revokedBefore = false;
    for (const x of revokers(r.id, all)) {
      const v = onOrBefore(startOf(x), x.data.tahun, day);
      if (v.applies && v.certain) revokedBefore = true;
      else if (v.applies) {
        certain = false;
        notes.push(`dicabut oleh ${x.data.judul_singkat} pada tahun yang sama; tanggalnya belum kami pastikan`);
        later.push(x.id);
      } else later.push(x.id);
    }
    if (revokedBefore) continue;
    out.push({
      reg: r,
      certainty: certain ? 'pasti' : 'belum-pasti',
      note: notes.length ? notes.join('; ') : undefined,
      laterRevokedBy: later,
    });
  }
  return out;
}

export { supervisorOn };
