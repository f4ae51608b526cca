// The baseline of `npm run bench`: a plain Astro site over the same generated declaration records.
// One page per record showing every field, a glob loader with a loose schema, a minimal layout and
// no integrations; the search index comes from the Pagefind CLI (`pagefind --site dist`). It reuses
// this repository's node_modules through a symlink, so nothing is installed.
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

const CONFIG = `import { defineConfig } from 'astro/config';

// Caches inside this folder: node_modules is a symlink to the main project's.
export default defineConfig({
  outDir: process.env.OUT_DIR ?? 'dist',
  cacheDir: './.cache/astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  vite: { cacheDir: './.cache/vite' },
});
`;

const contentConfig = (recordsDir: string) => `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const text = z.string();
const list = z.array(z.string()).default([]);

export const collections = {
  deklarasi: defineCollection({
    loader: glob({ pattern: '**/*.yaml', base: ${JSON.stringify(recordsDir)} }),
    schema: z.looseObject({
      id: text,
      judul: text,
      kategori: text,
      tanggal: z.coerce.date(),
      hari: text.optional(),
      waktu: text.optional(),
      zona_waktu: text.optional(),
      wilayah: text.optional(),
      tingkat: text,
      jenis_kegiatan: z.array(text),
      pemilihan: z.array(text),
      penyelenggara: list,
      pejabat: z.array(z.looseObject({ nama: text, jabatan: text })).default([]),
      lembaga_hadir: list,
      peserta: list,
      tempat: text.optional(),
      ikrar: text.optional(),
      ikrar_jumlah_butir: z.number().optional(),
      dasar_hukum: z.array(z.looseObject({ regulasi: text, pasal: z.union([text, z.number()]).optional() })).default([]),
      ringkasan: text,
      sumber: z.array(z.looseObject({ media: text.optional(), judul: text.optional(), url: text, terbit: z.coerce.date().optional() })),
      diverifikasi: z.coerce.date(),
      catatan_verifikasi: text,
    }),
  }),
};
`;

const LAYOUT = `---
const { title } = Astro.props;
---
<!doctype html>
<html lang="id">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{title}</title>
    <style>
      body { font-family: system-ui, sans-serif; max-width: 42rem; margin: 0 auto; padding: 1rem; line-height: 1.5; }
      dt { font-weight: bold; margin-top: 0.5rem; }
    </style>
  </head>
  <body>
    <main><slot /></main>
  </body>
</html>
`;

// Every field of the record, in the order of the file; lists and objects as nested lists.
const PAGE = `---
import { getCollection } from 'astro:content';
import Layout from '../layouts/Layout.astro';

export async function getStaticPaths() {
  const all = await getCollection('deklarasi');
  return all.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const d = entry.data;
const show = (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v));
---
<Layout title={d.judul}>
  <h1>{d.judul}</h1>
  <p>{d.ringkasan}</p>
  <dl>
    {Object.entries(d).filter(([k]) => k !== 'judul' && k !== 'ringkasan').map(([k, v]) => (
      <>
        <dt>{k}</dt>
        <dd>
          {Array.isArray(v) ? (
            <ul>
              {v.map((x) => (
                <li>
                  {x && typeof x === 'object'
                    ? Object.entries(x).map(([kk, vv]) => \`\${kk}: \${show(vv)}\`).join('; ')
                    : show(x)}
                </li>
              ))}
            </ul>
          ) : (
            show(v)
          )}
        </dd>
      </>
    ))}
  </dl>
</Layout>
`;

/** Writes the plain project into `dir` (its records: `recordsDir`). Returns `dir`. */
export async function writePlainProject(dir: string, recordsDir: string, nodeModules: string): Promise<string> {
  await mkdir(path.join(dir, 'src/pages'), { recursive: true });
  await mkdir(path.join(dir, 'src/layouts'), { recursive: true });
  await writeFile(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: 'plain-astro-bench', private: true, type: 'module' }),
  );
  await symlink(nodeModules, path.join(dir, 'node_modules'), 'dir');
  await writeFile(path.join(dir, 'astro.config.mjs'), CONFIG);
  await writeFile(path.join(dir, 'src/content.config.ts'), contentConfig(recordsDir));
  await writeFile(path.join(dir, 'src/layouts/Layout.astro'), LAYOUT);
  await writeFile(path.join(dir, 'src/pages/[id].astro'), PAGE);
  return dir;
}
