// Public change log: ids never change, so every record added, corrected or removed, and every
// correction of the legal content, is written down here (and the declaration entries appear in
// the Atom feed).
import { z } from 'astro/zod';
import { isoDate, nonEmpty, optionalText, slug, sourceSchema } from './common.ts';
import { COLLECTION_NAMES, type CollectionName, type Ctx, type EntryOf } from './index.ts';

export const pattern = '**/*.yaml';

export const CHANGE_KINDS = ['rilis', 'tambah', 'koreksi', 'hapus'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export const CHANGE_LABEL = {
  rilis: 'Rilis',
  tambah: 'Tambahan',
  koreksi: 'Koreksi',
  hapus: 'Penghapusan',
} satisfies Record<ChangeKind, string>;

// deklarasi: the declarations database; hukum: legal content (regulasi, larangan, skenario,
// glosarium, panduan, subjek); statistik: the violation figures.
export const CHANGE_AREAS = ['deklarasi', 'hukum', 'statistik'] as const;
export type ChangeArea = (typeof CHANGE_AREAS)[number];
export const CHANGE_AREA_LABEL = {
  deklarasi: 'Basis data deklarasi',
  hukum: 'Isi hukum',
  statistik: 'Statistik pelanggaran',
} satisfies Record<ChangeArea, string>;

export const schema = z.object({
  tanggal: isoDate('tanggal').describe('Hari perubahan diterbitkan.'),
  jenis: z
    .enum(CHANGE_KINDS, { error: 'jenis harus rilis, tambah, koreksi, atau hapus' })
    .describe('rilis, tambah, koreksi, atau hapus.'),
  bidang: z
    .enum(CHANGE_AREAS, { error: `bidang harus salah satu dari: ${CHANGE_AREAS.join(', ')}` })
    .default('deklarasi')
    .describe('deklarasi, hukum, atau statistik.'),
  deklarasi: z.array(slug('deklarasi (id rekaman)')).default([]).describe('Id rekaman deklarasi yang berubah.'),
  halaman: z
    .array(
      z.object({
        koleksi: slug('halaman.koleksi').describe(
          'Nama koleksi: regulasi, larangan, skenario, glosarium, panduan, subjek, statistik …',
        ),
        id: slug('halaman.id').describe('Id entri yang berubah.'),
      }),
    )
    .default([])
    .describe('Entri lain yang berubah {koleksi, id}.'),
  ringkasan: nonEmpty('ringkasan (apa yang berubah dan mengapa)').describe('Apa yang berubah dan mengapa.'),
  sebelumnya: optionalText().describe('Untuk koreksi: apa yang tertulis sebelumnya (yang keliru atau kurang).'),
  sekarang: optionalText().describe('Untuk koreksi: apa yang tertulis sekarang.'),
  sumber: z.array(sourceSchema).default([]).describe('Untuk koreksi isi hukum: sumber yang mendasari koreksi.'),
});
export type Perubahan = z.infer<typeof schema>;

/** Newest first. */
export const sort = (a: EntryOf<'perubahan'>, b: EntryOf<'perubahan'>) =>
  b.data.tanggal.localeCompare(a.data.tanggal) || a.id.localeCompare(b.id);

export function check(ctx: Ctx) {
  // Corrections point at live records, removals at ids that are gone.
  const live = ctx.byId('deklarasi');
  for (const ch of ctx.entries('perubahan')) {
    const d = ch.data;
    ctx.notFuture(ch.file, 'tanggal', d.tanggal);
    d.deklarasi.forEach((id, i) => {
      if (d.jenis === 'hapus' && live.has(id))
        ctx.add(
          ch.file,
          `deklarasi[${i}]`,
          `"${id}" dicatat dihapus tetapi berkasnya masih ada; hapus berkasnya atau ubah jenis perubahan`,
        );
      if (d.jenis !== 'hapus' && !live.has(id))
        ctx.add(
          ch.file,
          `deklarasi[${i}]`,
          `rekaman "${id}" tidak ada di content/deklarasi/; bila sudah dihapus, pakai jenis: hapus`,
        );
    });
    d.halaman.forEach((h, i) => {
      if (!(COLLECTION_NAMES as string[]).includes(h.koleksi)) {
        ctx.add(
          ch.file,
          `halaman[${i}].koleksi`,
          `koleksi "${h.koleksi}" tidak dikenal; pakai salah satu: ${COLLECTION_NAMES.join(', ')}`,
        );
        return;
      }
      if (d.jenis !== 'hapus' && !ctx.byId(h.koleksi as CollectionName).has(h.id))
        ctx.add(
          ch.file,
          `halaman[${i}].id`,
          `${h.koleksi} "${h.id}" tidak ada di content/${h.koleksi}/; perbaiki id-nya`,
        );
    });
    // A correction of the law says what was wrong, what it says now, and on what source.
    if (d.bidang === 'hukum' && d.jenis === 'koreksi') {
      if (!d.sebelumnya) ctx.add(ch.file, 'sebelumnya', 'koreksi isi hukum wajib menulis apa yang keliru sebelumnya');
      if (!d.sekarang) ctx.add(ch.file, 'sekarang', 'koreksi isi hukum wajib menulis apa yang tertulis sekarang');
      if (d.sumber.length === 0)
        ctx.add(ch.file, 'sumber', 'koreksi isi hukum wajib menyebut sumbernya {media, judul, url}');
      if (d.halaman.length === 0)
        ctx.add(ch.file, 'halaman', 'koreksi isi hukum wajib menyebut entri yang diubah {koleksi, id}');
    }
  }
}
