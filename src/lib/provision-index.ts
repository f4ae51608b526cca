// Build-time half of the provision index (/data/pasal.json); kept apart from provisions.ts so the
// search page's bundle does not pull in the schemas (and zod) through the status labels.
import type { EntryOf } from '../collections/index.ts';
import { STATUS_LABEL } from '../collections/regulasi.ts';
import { routes } from './routes.ts';
import { shorten, type ProvisionHit } from './provisions.ts';

export function provisionIndex(regs: EntryOf<'regulasi'>[]): ProvisionHit[] {
  return regs.flatMap((r) =>
    r.data.pasal.map((p) => ({
      label: p.label,
      regulasi: r.data.judul_singkat,
      status: STATUS_LABEL[r.data.status] ?? r.data.status,
      href: routes.regulasi(r.id, p.anchor),
      inti: shorten(p.inti),
    })),
  );
}
