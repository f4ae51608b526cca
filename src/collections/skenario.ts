// Training scenarios (content/skenario/<id>.yaml): the "Boleh atau tidak?" checker and the quiz.
import { z } from 'astro/zod';
import { isoDate, legalRefSchema, msg, nonEmpty, optionalText, slug } from './common.ts';
import { SANCTION_LEVELS, checkCriminalRoute, criminalRouteSchema } from './sanksi.ts';
import { checkPeople } from './subjek.ts';
import {
  SITUATION_LABEL,
  SITUATION_NAMES,
  situationIndex,
  situationNameSchema,
  situationOf,
  type SituationName,
} from './situasi.ts';
import type { Ctx, EntryOf } from './index.ts';

export const pattern = '**/*.yaml';

// A scenario's topic is a situation group (src/collections/situasi.ts), or one of the checker's
// older short names for a group, which stay in the scenario URLs. Labels come from there.
export const SCENARIO_TOPICS = SITUATION_NAMES;
export type ScenarioTopic = SituationName;

/** Label and checker question of a topic: those of its situation group. */
export const TOPIC_LABEL = Object.fromEntries(
  SCENARIO_TOPICS.map((t) => [t, SITUATION_LABEL[situationOf(t)]]),
) as Record<ScenarioTopic, { label: string; question: string }>;

export const VERDICTS = ['boleh', 'tidak-boleh', 'tergantung'] as const;
export type VerdictValue = (typeof VERDICTS)[number];

export const VERDICT_LABEL = {
  boleh: { label: 'Boleh', cls: 'ok' },
  'tidak-boleh': { label: 'Tidak boleh', cls: 'no' },
  tergantung: { label: 'Tergantung', cls: 'warn' },
} satisfies Record<VerdictValue, { label: string; cls: string }>;

export const schema = z
  .object({
    pertanyaan: nonEmpty('pertanyaan (situasi, ditulis sebagai pertanyaan "Bolehkah saya …?")').describe(
      'Situasinya, ditulis sebagai pertanyaan: "Bolehkah saya …?"',
    ),
    topik: situationNameSchema('topik').describe(
      'Kelompok situasi (src/collections/situasi.ts), atau nama pendeknya yang lama (acara-kampanye …).',
    ),
    putusan: z
      .enum(VERDICTS, { error: 'putusan harus boleh, tidak-boleh, atau tergantung' })
      .describe('Jawaban: boleh, tidak-boleh, atau tergantung.'),
    syarat: optionalText().describe('Wajib bila putusan "tergantung": kondisi yang menentukan boleh atau tidaknya.'),
    penjelasan: nonEmpty('penjelasan (singkat, kata-kata sendiri)').describe(
      'Alasannya, singkat, dengan kata-kata sendiri.',
    ),
    larangan: z
      .array(slug('larangan (id)'))
      .default([])
      .describe('Id larangan yang menjadi dasar putusan (wajib bila tidak-boleh atau tergantung).'),
    dasar_hukum: z
      .array(legalRefSchema, {
        error: msg('dasar_hukum wajib diisi: daftar {regulasi, pasal}', 'dasar_hukum harus daftar'),
      })
      .min(1, { error: 'dasar_hukum minimal satu rujukan {regulasi, pasal}' })
      .describe('Pasal yang mendasari jawaban; minimal satu dengan anchor pasal.'),
    berlaku_untuk: z
      .array(slug('berlaku_untuk (id subjek)'))
      .min(1, { error: 'berlaku_untuk minimal satu id subjek' })
      .default(['pns', 'pppk', 'pppk-paruh-waktu'])
      .describe('Untuk siapa jawaban ini berlaku (id di content/subjek/); orang pertama adalah tokoh skenario.'),
    sanksi: z
      .enum(SANCTION_LEVELS, { error: `sanksi harus salah satu dari: ${SANCTION_LEVELS.join(', ')}` })
      .optional()
      .describe(
        'Tingkat sanksi bila dilanggar, bagi orang pertama di berlaku_untuk (wajib kecuali boleh); harus sanksi yang berlaku bagi orang itu.',
      ),
    sanksi_lain: z
      .array(
        z.object({
          subjek: slug('sanksi_lain.subjek').describe('Id di content/subjek/.'),
          tingkat: z
            .enum(SANCTION_LEVELS, {
              error: `sanksi_lain.tingkat harus salah satu dari: ${SANCTION_LEVELS.join(', ')}`,
            })
            .describe('Tingkat sanksi bagi orang itu.'),
        }),
      )
      .default([])
      .describe('Sanksi bagi orang lain di berlaku_untuk, bila berbeda dari sanksi utama.'),
    jalur_pidana: criminalRouteSchema.optional(),
    tanpa_cltn: optionalText().describe(
      'Wajib bila jawaban menyarankan CLTN dan berlaku bagi yang tidak punya CLTN (PPPK): apa yang dapat mereka lakukan.',
    ),
    terkait: z.array(slug('terkait (id skenario lain)')).default([]).describe('Id skenario lain yang berkaitan.'),
    diverifikasi: isoDate('diverifikasi').describe('Hari jawaban diperiksa.'),
    urutan: z.number().int().optional().describe('Urutan dalam topik (kecil lebih dulu).'),
  })
  .superRefine((d, ctx) => {
    if (d.putusan === 'tergantung' && !d.syarat)
      ctx.addIssue({
        code: 'custom',
        path: ['syarat'],
        message: 'putusan "tergantung" memerlukan syarat: tulis kondisi yang menentukan boleh/tidaknya',
      });
    if (d.putusan !== 'boleh' && !d.sanksi)
      ctx.addIssue({
        code: 'custom',
        path: ['sanksi'],
        message: `putusan "${d.putusan}" memerlukan sanksi (tingkat sanksi bila dilanggar)`,
      });
    if (d.putusan !== 'boleh' && d.larangan.length === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['larangan'],
        message: `putusan "${d.putusan}" memerlukan minimal satu id larangan sebagai dasarnya`,
      });
  });
export type Skenario = z.infer<typeof schema>;

const LAST = Number.MAX_SAFE_INTEGER;
/** By situation group, then `urutan`, then question. */
export const sort = (a: EntryOf<'skenario'>, b: EntryOf<'skenario'>) =>
  situationIndex(a.data.topik) - situationIndex(b.data.topik) ||
  (a.data.urutan ?? LAST) - (b.data.urutan ?? LAST) ||
  a.data.pertanyaan.localeCompare(b.data.pertanyaan, 'id');

export function check(ctx: Ctx) {
  const larangan = ctx.byId('larangan');
  const all = ctx.byId('skenario');
  // One name per group: a group written two ways (its id and an older short name) would split its
  // scenarios over two topic pages and two quiz filters.
  const nameOf = new Map<string, { name: string; file: string }>();
  for (const k of all.values()) {
    const g = situationOf(k.data.topik);
    const first = nameOf.get(g);
    if (!first) nameOf.set(g, { name: k.data.topik, file: k.file });
    else if (first.name !== k.data.topik)
      ctx.add(
        k.file,
        'topik',
        `"${k.data.topik}" dan "${first.name}" (${first.file}) adalah kelompok situasi yang sama; pakai "${first.name}" seperti skenario lain dalam kelompok ini`,
      );
  }
  for (const k of all.values()) {
    const d = k.data;
    ctx.checkRefs(k.file, 'dasar_hukum', d.dasar_hukum);
    ctx.notFuture(k.file, 'diverifikasi', d.diverifikasi);
    d.larangan.forEach((id, i) => {
      if (!larangan.has(id))
        ctx.add(k.file, `larangan[${i}]`, `larangan "${id}" tidak ada di content/larangan/; pakai id yang ada`);
    });
    if (!d.dasar_hukum.some((r) => r.pasal))
      ctx.add(
        k.file,
        'dasar_hukum',
        'minimal satu rujukan harus menyebut pasal (anchor), misalnya {regulasi: pp-94-2021, pasal: pasal-5-huruf-n}',
      );
    const who = d.berlaku_untuk[0]!;
    checkPeople(
      ctx,
      k.file,
      { field: 'berlaku_untuk', ids: d.berlaku_untuk },
      [
        ...(d.sanksi ? [{ field: 'sanksi', subjek: who, tingkat: d.sanksi }] : []),
        ...d.sanksi_lain.map((x, i) => ({ field: `sanksi_lain[${i}].tingkat`, subjek: x.subjek, tingkat: x.tingkat })),
      ],
      { texts: [d.syarat, d.penjelasan], alternative: d.tanpa_cltn },
    );
    d.sanksi_lain.forEach((x, i) => {
      if (!d.berlaku_untuk.includes(x.subjek))
        ctx.add(
          k.file,
          `sanksi_lain[${i}].subjek`,
          `"${x.subjek}" tidak ada di berlaku_untuk; tambahkan ke berlaku_untuk atau hapus baris ini`,
        );
    });
    checkCriminalRoute(ctx, k.file, 'jalur_pidana', d.jalur_pidana);
    d.terkait.forEach((id, i) => {
      if (!all.has(id))
        ctx.add(k.file, `terkait[${i}]`, `skenario "${id}" tidak ada di content/skenario/; perbaiki id-nya`);
      if (id === k.id) ctx.add(k.file, `terkait[${i}]`, 'skenario tidak bisa terkait dengan dirinya sendiri');
    });
    // A scenario never contradicts the rule it rests on: its sanction for a person is the sanction the
    // cited larangan gives that person (its main sanction, or the line for that person in sanksi_lain).
    const levelFor = (l: EntryOf<'larangan'>, subjek: string) =>
      l.data.berlaku_untuk[0] === subjek
        ? l.data.sanksi.tingkat
        : l.data.sanksi_lain.find((x) => x.subjek === subjek)?.tingkat;
    const cited = d.larangan.flatMap((id) => larangan.get(id) ?? []);
    const levels = cited.flatMap((l) => levelFor(l, who) ?? []);
    if (
      d.putusan !== 'boleh' &&
      d.sanksi &&
      cited.length === d.larangan.length &&
      levels.length > 0 &&
      !levels.includes(d.sanksi)
    )
      ctx.add(
        k.file,
        'sanksi',
        `sanksi "${d.sanksi}" tidak sama dengan tingkat sanksi larangan yang dirujuk (${[...new Set(levels)].join(', ')}); samakan dengan larangannya`,
      );
  }
}

/** An explanation without the verdict it often opens with ("Tidak boleh. …"), for places that show the verdict above it. */
export const afterVerdict = (penjelasan: string) => penjelasan.replace(/^(Boleh|Tidak boleh|Tergantung)\.\s+/, '');
