// Public change log of the declarations database: ids never change, so every removal or
// correction is written down here (and appears in the Atom feed).
import { z } from 'astro/zod';
import { isoDate, nonEmpty, slug } from './common.ts';
import type { Ctx, EntryOf } from './index.ts';

export const pattern = '**/*.yaml';

export const CHANGE_KINDS = ['rilis', 'tambah', 'koreksi', 'hapus'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export const CHANGE_LABEL = {
  rilis: 'Rilis',
  tambah: 'Tambahan',
  koreksi: 'Koreksi',
  hapus: 'Penghapusan',
} satisfies Record<ChangeKind, string>;

export const schema = z.object({
  tanggal: isoDate('tanggal').describe('Hari perubahan diterbitkan.'),
  jenis: z
    .enum(CHANGE_KINDS, { error: 'jenis harus rilis, tambah, koreksi, atau hapus' })
    .describe('rilis, tambah, koreksi, atau hapus.'),
  deklarasi: z
    .array(slug('deklarasi (id rekaman)'))
    .default([])
    .describe('Id rekaman yang berubah (kosong untuk catatan rilis).'),
  ringkasan: nonEmpty('ringkasan (apa yang berubah dan mengapa)').describe('Apa yang berubah dan mengapa.'),
});
export type Perubahan = z.infer<typeof schema>;

/** Newest first. */
export const sort = (a: EntryOf<'perubahan'>, b: EntryOf<'perubahan'>) =>
  b.data.tanggal.localeCompare(a.data.tanggal) || a.id.localeCompare(b.id);

export function check(ctx: Ctx) {
  // Corrections point at live records, removals at ids that are gone.
  const live = ctx.byId('deklarasi');
  for (const ch of ctx.entries('perubahan')) {
    ctx.notFuture(ch.file, 'tanggal', ch.data.tanggal);
    ch.data.deklarasi.forEach((id, i) => {
      if (ch.data.jenis === 'hapus' && live.has(id))
        ctx.add(
          ch.file,
          `deklarasi[${i}]`,
          `"${id}" dicatat dihapus tetapi berkasnya masih ada; hapus berkasnya atau ubah jenis perubahan`,
        );
      if (ch.data.jenis !== 'hapus' && !live.has(id))
        ctx.add(
          ch.file,
          `deklarasi[${i}]`,
          `rekaman "${id}" tidak ada di content/deklarasi/; bila sudah dihapus, pakai jenis: hapus`,
        );
    });
  }
}
