// Pledge texts (content/ikrar/<id>.yaml). Which declarations used a text is computed from deklarasi.ikrar.
import { z } from 'astro/zod';
import { isoDate, msg, nonEmpty, optionalText, slug, sourcesSchema } from './common.ts';
import type { Ctx, EntryOf } from './index.ts';

export const pattern = '**/*.yaml';

export const TEXT_FORMS = ['kutipan', 'parafrasa'] as const;

export const schema = z.object({
  judul: nonEmpty('judul').describe('Nama teks ikrar: "Ikrar netralitas empat butir (2020–2024)".'),
  butir: z
    .array(nonEmpty('butir'), { error: msg('butir wajib diisi: daftar butir ikrar', 'butir harus daftar') })
    .min(1, { error: 'butir minimal satu' })
    .describe('Butir-butir ikrar, berurutan.'),
  pembuka: optionalText().describe('Kalimat pembuka sebelum butir, bila ada.'),
  penutup: optionalText().describe('Kalimat penutup sesudah butir, bila ada.'),
  periode: nonEmpty('periode (misalnya "2020–2024")').describe('Kurun waktu teks ini dipakai, misalnya "2020–2024".'),
  asal: nonEmpty('asal (siapa/di mana teks ini dipakai pertama kali menurut sumber)').describe(
    'Siapa atau di mana teks ini pertama kali dipakai menurut sumber.',
  ),
  turunan_dari: slug('turunan_dari (id ikrar induk)').optional().describe('Id teks induk bila teks ini adaptasi.'),
  bentuk_teks: z
    .enum(TEXT_FORMS, { error: 'bentuk_teks harus "kutipan" atau "parafrasa"' })
    .describe('kutipan (kata demi kata) atau parafrasa (disusun ulang redaksi).'),
  sumber: sourcesSchema.describe('Sumber yang memuat teksnya.'),
  diverifikasi: isoDate('diverifikasi').describe('Hari teks diperiksa terhadap sumbernya.'),
  catatan: optionalText().describe('Perbedaan antarversi atau hal yang belum pasti.'),
});
export type Ikrar = z.infer<typeof schema>;

export const sort = (a: EntryOf<'ikrar'>, b: EntryOf<'ikrar'>) => a.data.judul.localeCompare(b.data.judul, 'id');

export function check(ctx: Ctx) {
  const ikrar = ctx.byId('ikrar');
  for (const k of ikrar.values()) {
    ctx.notFuture(k.file, 'diverifikasi', k.data.diverifikasi);
    if (k.data.turunan_dari && !ikrar.has(k.data.turunan_dari))
      ctx.add(k.file, 'turunan_dari', `ikrar "${k.data.turunan_dari}" tidak ada di content/ikrar/; perbaiki id-nya`);
    if (k.data.turunan_dari === k.id) ctx.add(k.file, 'turunan_dari', 'ikrar tidak bisa turunan dari dirinya sendiri');
  }
}
