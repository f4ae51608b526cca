// What we could not confirm (content/belum-pasti/<id>.yaml): claims left out of the site, and
// searches that found nothing, each with the reason and the date, shown on the methodology page.
import { z } from 'astro/zod';
import { isoDate, nonEmpty, optionalText, sourceSchema } from './common.ts';
import type { Ctx, EntryOf } from './index.ts';

export const pattern = '**/*.yaml';

export const AREAS = ['hukum', 'deklarasi', 'statistik'] as const;
export type Area = (typeof AREAS)[number];
export const AREA_LABEL = {
  hukum: 'Isi hukum',
  deklarasi: 'Basis data deklarasi',
  statistik: 'Statistik pelanggaran',
} satisfies Record<Area, string>;

// belum-terkonfirmasi: one source or none we could read; bertentangan: sources disagree;
// tidak-ditemukan: searches found nothing (e.g. no declaration found for a province).
export const STATES = ['belum-terkonfirmasi', 'bertentangan', 'tidak-ditemukan'] as const;
export type State = (typeof STATES)[number];
export const STATE_LABEL = {
  'belum-terkonfirmasi': 'Belum terkonfirmasi',
  bertentangan: 'Sumber bertentangan',
  'tidak-ditemukan': 'Tidak ditemukan',
} satisfies Record<State, string>;

export const schema = z.object({
  klaim: nonEmpty('klaim').describe('Apa yang belum dapat dipastikan, ditulis sebagai pernyataan atau pertanyaan.'),
  bidang: z
    .enum(AREAS, { error: `bidang harus salah satu dari: ${AREAS.join(', ')}` })
    .describe('hukum, deklarasi, atau statistik.'),
  keadaan: z
    .enum(STATES, { error: `keadaan harus salah satu dari: ${STATES.join(', ')}` })
    .describe('belum-terkonfirmasi, bertentangan, atau tidak-ditemukan.'),
  alasan: nonEmpty('alasan').describe('Mengapa belum dapat dipastikan, dan apa akibatnya bagi isi situs.'),
  asal: optionalText().describe('Dari mana klaim ini datang, misalnya "Audit hukum Desember 2026, temuan 2".'),
  pencarian: z.array(nonEmpty('pencarian')).default([]).describe('Pencarian yang sudah dijalankan (kata kunci).'),
  wilayah: z
    .string()
    .regex(/^\d{2}(\.\d{2})?$/, { error: 'wilayah harus kode Kemendagri "NN" atau "NN.NN"' })
    .optional()
    .describe('Untuk pencarian per wilayah: kode Kemendagri provinsi atau kabupaten/kota.'),
  sumber: z.array(sourceSchema).default([]).describe('Sumber yang ada (misalnya yang saling bertentangan).'),
  diperiksa: isoDate('diperiksa').describe('Hari pencarian atau pemeriksaan terakhir.'),
});
export type BelumPasti = z.infer<typeof schema>;

export const sort = (a: EntryOf<'belum-pasti'>, b: EntryOf<'belum-pasti'>) =>
  AREAS.indexOf(a.data.bidang) - AREAS.indexOf(b.data.bidang) || a.data.klaim.localeCompare(b.data.klaim, 'id');

export function check(ctx: Ctx) {
  for (const b of ctx.entries('belum-pasti')) {
    ctx.notFuture(b.file, 'diperiksa', b.data.diperiksa);
    const w = b.data.wilayah;
    if (w && !(w.length === 2 ? ctx.regions.provinces.has(w) : ctx.regions.regencies.has(w)))
      ctx.add(b.file, 'wilayah', `kode "${w}" tidak dikenal Kemendagri; lihat idn-area-data`);
    if (b.data.keadaan === 'tidak-ditemukan' && b.data.pencarian.length === 0)
      ctx.add(b.file, 'pencarian', 'keadaan tidak-ditemukan wajib mencantumkan pencarian yang sudah dijalankan');
  }
}
