// Officials who led or attended two or more declaration events (content/orang/<id>.yaml). Their
// roles over time and their events are read from the records that name them (deklarasi.pejabat[].orang).
import { z } from 'astro/zod';
import { isoDate, nonEmpty, optionalText } from './common.ts';
import type { Ctx, EntryOf } from './index.ts';

export const pattern = '**/*.yaml';

/** An official gets a page from this many records on. */
export const MIN_RECORDS = 2;

export const schema = z.object({
  nama: nonEmpty('nama').describe('Nama tanpa gelar, seperti paling sering tercetak di sumber.'),
  catatan: optionalText().describe('Misalnya ejaan nama yang berbeda-beda di sumber.'),
  diverifikasi: isoDate('diverifikasi').describe('Hari kecocokan orang di rekaman-rekamannya diperiksa.'),
});
export type Orang = z.infer<typeof schema>;

export const sort = (a: EntryOf<'orang'>, b: EntryOf<'orang'>) => a.data.nama.localeCompare(b.data.nama, 'id');

// How many records name each official is a property of the database (tests/integrity checks that
// every official has MIN_RECORDS), not of one file: a new official's file is valid before the
// second record that names them is written.
export function check(ctx: Ctx) {
  for (const o of ctx.entries('orang')) ctx.notFuture(o.file, 'diverifikasi', o.data.diverifikasi);
}
