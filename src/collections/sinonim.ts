// Search synonyms (content/sinonim/<id>.yaml): everyday, colloquial and short forms people type
// ("like", "medsos", "nyaleg", "pilbup", "IG") and the words the site uses. The search page
// fetches them (/data/sinonim.json) only when a query finds too little (src/lib/query.ts), and a
// group that names a page (a glossary term, an instrument, a province) lends its words to that
// page's search names (src/lib/entities.ts), so "UU ASN" or "Jatim" find the page directly.
import { z } from 'astro/zod';
import { msg, optionalText } from './common.ts';
import { synonymKey } from '../lib/query.ts';
import type { Ctx, EntryOf } from './index.ts';

export const pattern = '**/*.yaml';

const word = (label: string) =>
  z
    .string({ error: msg(`${label} wajib diisi`, `${label} harus teks`) })
    .trim()
    .min(1, { error: `${label} tidak boleh kosong` })
    .regex(/^[\p{L}\p{N}]+(?:[ /.-][\p{L}\p{N}]+){0,5}$/u, {
      error: `${label}: tulis satu kata atau frasa paling banyak enam kata, hanya huruf, angka, spasi, "-", "/" atau "."`,
    });

export const schema = z.object({
  kata: z
    .array(word('kata'), {
      error: msg('kata wajib diisi: daftar kata yang maknanya sama', 'kata harus daftar'),
    })
    .min(2, { error: 'kata minimal dua: bentuk yang dipakai situs dan bentuk yang diketik orang' })
    .describe(
      'Kata atau frasa yang maknanya sama dalam pencarian, dua arah: mencari salah satunya juga mencari yang lain. Tulis dulu bentuk yang dipakai situs ("menyukai"), lalu bentuk sehari-hari, singkatan, atau bahasa Inggris ("like", "suka", "jempol").',
    ),
  termasuk: z
    .array(word('termasuk'))
    .default([])
    .describe(
      'Satu arah: kata yang ikut dicari bila salah satu kata di atas dicari, tetapi tidak sebaliknya. Misalnya ASN → PNS, PPPK: mencari "ASN" juga menemukan halaman PPPK, mencari "PPPK" tidak menemukan semua halaman ASN.',
    ),
  catatan: optionalText().describe('Untuk penulis: mengapa kata-kata ini disamakan, bila perlu.'),
});
export type Sinonim = z.infer<typeof schema>;

export const sort = (a: EntryOf<'sinonim'>, b: EntryOf<'sinonim'>) => a.id.localeCompare(b.id);

const ONLY_STOPWORDS =
  'hanya berisi kata tanya atau kata pengisi, yang dibuang sebelum pencarian (STOPWORDS di src/lib/query.ts), jadi tidak pernah dipakai; hapus atau ganti';

export function check(ctx: Ctx) {
  const owner = new Map<string, string>();
  for (const s of ctx.entries('sinonim')) {
    const own = new Set<string>();
    s.data.kata.forEach((k, i) => {
      const w = synonymKey(k);
      const field = `kata[${i}]`;
      if (!w) return ctx.add(s.file, field, `"${k}" ${ONLY_STOPWORDS}`);
      if (own.has(w)) ctx.add(s.file, field, `"${k}" tertulis dua kali; hapus salah satunya`);
      own.add(w);
      const other = owner.get(w);
      if (other && other !== s.file)
        ctx.add(
          s.file,
          field,
          `"${k}" sudah ada di ${other}; satu kata hanya boleh di satu kelompok (gabungkan kedua kelompok atau hapus salah satu)`,
        );
      else owner.set(w, s.file);
    });
    s.data.termasuk.forEach((k, i) => {
      const w = synonymKey(k);
      const field = `termasuk[${i}]`;
      if (!w) return ctx.add(s.file, field, `"${k}" ${ONLY_STOPWORDS}`);
      if (own.has(w)) ctx.add(s.file, field, `"${k}" sudah ada di kata; di termasuk hanya kata yang lebih sempit`);
    });
  }
}
