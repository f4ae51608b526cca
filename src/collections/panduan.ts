// Guide pages (content/panduan/<id>.mdx): front matter only; the MDX body is the guide.
import { z } from 'astro/zod';
import { isoDate, nonEmpty } from './common.ts';
import type { Ctx, EntryOf } from './index.ts';

export const pattern = '**/*.mdx';

export const AUDIENCES = ['asn', 'pelatih', 'jurnalis', 'umum'] as const;

export const schema = z.object({
  judul: nonEmpty('judul').describe('Judul panduan.'),
  deskripsi: nonEmpty('deskripsi').describe('Satu kalimat untuk daftar panduan dan hasil pencarian.'),
  audiens: z.enum(AUDIENCES).default('umum').describe('Untuk siapa: asn, pelatih, jurnalis, atau umum.'),
  diperbarui: isoDate('diperbarui').describe('Hari isi panduan terakhir diubah.'),
  urutan: z.number().int().default(100).describe('Urutan dalam daftar (kecil lebih dulu).'),
});
export type Panduan = z.infer<typeof schema>;

export const sort = (a: EntryOf<'panduan'>, b: EntryOf<'panduan'>) =>
  a.data.urutan - b.data.urutan || a.data.judul.localeCompare(b.data.judul, 'id');

export function check(ctx: Ctx) {
  for (const p of ctx.entries('panduan')) ctx.notFuture(p.file, 'diperbarui', p.data.diperbarui);
}
