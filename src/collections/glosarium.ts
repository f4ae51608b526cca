// Glossary terms (content/glosarium/<id>.yaml); the first use of a term on content pages links here.
import { z } from 'astro/zod';
import { legalRefSchema, nonEmpty, optionalText, slug } from './common.ts';
import type { Ctx, EntryOf } from './index.ts';

export const pattern = '**/*.yaml';

export const schema = z.object({
  istilah: nonEmpty('istilah').describe('Istilah seperti biasa ditulis: "PPPK", "Masa tenang".'),
  kepanjangan: optionalText().describe('Kepanjangan singkatan, bila ada.'),
  definisi: nonEmpty('definisi').describe('Arti istilah dengan bahasa sederhana.'),
  alias: z.array(nonEmpty('alias')).default([]).describe('Ejaan lain yang juga ditautkan ke istilah ini.'),
  dasar: z.array(legalRefSchema).default([]).describe('Pasal yang mendefinisikan istilah ini.'),
  lihat_juga: z.array(slug('lihat_juga (id istilah lain)')).default([]).describe('Id istilah lain yang berkaitan.'),
  tautan_otomatis: z
    .boolean()
    .default(true)
    .describe('false untuk istilah yang sangat pendek atau ambigu: tidak ditautkan otomatis.'),
});
export type Glosarium = z.infer<typeof schema>;

export const sort = (a: EntryOf<'glosarium'>, b: EntryOf<'glosarium'>) =>
  a.data.istilah.localeCompare(b.data.istilah, 'id');

export function check(ctx: Ctx) {
  const terms = ctx.byId('glosarium');
  for (const g of terms.values()) {
    ctx.checkRefs(g.file, 'dasar', g.data.dasar);
    g.data.lihat_juga.forEach((t, i) => {
      if (!terms.has(t))
        ctx.add(g.file, `lihat_juga[${i}]`, `istilah "${t}" tidak ada di content/glosarium/; perbaiki id-nya`);
    });
  }
}
