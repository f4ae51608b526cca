// Situation groups: one taxonomy for the checker (/boleh-atau-tidak/), the prohibited acts
// (/larangan/), the slides (/presentasi/) and the handouts (/cetak/). Not a collection; a group is
// added here, with its label, and nowhere else.
import { z } from 'astro/zod';

// In the order people ask about them. The first eight are the groups of the prohibited acts; the
// last three are moments and people the checker's scenarios are also sorted by.
export const SITUATIONS = [
  'media-sosial',
  'kampanye-dan-acara-calon',
  'atribut-dan-alat-peraga',
  'fasilitas-dan-kewenangan-jabatan',
  'keputusan-yang-menguntungkan-atau-merugikan',
  'partai-politik-dan-pencalonan-diri',
  'keluarga-yang-menjadi-calon',
  'pemberian-barang-atau-uang',
  'masa-tenang',
  'hari-pemungutan-suara',
  'pppk-dan-non-asn',
] as const;
export type Situation = (typeof SITUATIONS)[number];

/** Name of each group, and the question a person picks it by in the checker. */
export const SITUATION_LABEL = {
  'media-sosial': {
    label: 'Media sosial',
    question: 'Sesuatu di media sosial (unggah, suka, komentar, bagikan, ikuti, grup)',
  },
  'kampanye-dan-acara-calon': {
    label: 'Kampanye dan acara calon',
    question: 'Menghadiri atau membantu acara kampanye, deklarasi, atau sosialisasi calon',
  },
  'atribut-dan-alat-peraga': {
    label: 'Atribut dan alat peraga',
    question: 'Memakai, memasang, atau membagikan atribut dan alat peraga calon',
  },
  'fasilitas-dan-kewenangan-jabatan': {
    label: 'Fasilitas dan kewenangan jabatan',
    question: 'Memakai mobil dinas, gedung, anggaran, atau fasilitas kantor',
  },
  'keputusan-yang-menguntungkan-atau-merugikan': {
    label: 'Keputusan yang menguntungkan atau merugikan calon',
    question: 'Keputusan, program, atau kebijakan dalam jabatan saya',
  },
  'partai-politik-dan-pencalonan-diri': {
    label: 'Partai politik dan pencalonan diri',
    question: 'Partai politik, atau saya sendiri ingin mencalonkan diri',
  },
  'keluarga-yang-menjadi-calon': {
    label: 'Keluarga yang menjadi calon',
    question: 'Suami, istri, atau keluarga saya menjadi calon',
  },
  'pemberian-barang-atau-uang': {
    label: 'Pemberian barang atau uang',
    question: 'Memberi atau menerima uang, sembako, atau barang',
  },
  'masa-tenang': { label: 'Masa tenang', question: 'Sesuatu pada masa tenang menjelang pemungutan suara' },
  'hari-pemungutan-suara': {
    label: 'Hari pemungutan suara',
    question: 'Sesuatu pada hari pemungutan suara atau di TPS',
  },
  'pppk-dan-non-asn': { label: 'PPPK dan non-ASN', question: 'Saya PPPK, honorer, atau pegawai tidak tetap' },
} satisfies Record<Situation, { label: string; question: string }>;

/**
 * The checker's older short names (content/skenario `topik`), each the name of one group above.
 * They stay valid because they are part of the scenario pages' URLs
 * (/boleh-atau-tidak/<topik>/<id>/), which search, quiz and sitemap link to.
 */
export const SITUATION_ALIAS = {
  'acara-kampanye': 'kampanye-dan-acara-calon',
  'fasilitas-dinas': 'fasilitas-dan-kewenangan-jabatan',
  'keputusan-jabatan': 'keputusan-yang-menguntungkan-atau-merugikan',
  'partai-dan-pencalonan': 'partai-politik-dan-pencalonan-diri',
  'keluarga-calon': 'keluarga-yang-menjadi-calon',
  'pemberian-barang': 'pemberian-barang-atau-uang',
} as const satisfies Record<string, Situation>;
export type SituationAlias = keyof typeof SITUATION_ALIAS;

/** Every name a content file may use for a group: the groups, then the older short names. */
export const SITUATION_NAMES = [...SITUATIONS, ...(Object.keys(SITUATION_ALIAS) as SituationAlias[])] as [
  Situation | SituationAlias,
  ...(Situation | SituationAlias)[],
];
export type SituationName = Situation | SituationAlias;

/** The group a name stands for. */
export const situationOf = (name: SituationName): Situation =>
  (SITUATION_ALIAS as Record<string, Situation>)[name] ?? (name as Situation);

/** Index of a group in the fixed order (for sorting). */
export const situationIndex = (name: SituationName) => SITUATIONS.indexOf(situationOf(name));

const unknownGroup = (field: string, names: readonly string[]) => (iss: { input?: unknown }) =>
  `${field} ${iss.input === undefined ? 'wajib diisi' : `"${String(iss.input)}" bukan kelompok situasi`}; pakai salah satu dari: ${names.join(', ')} (daftarnya di src/collections/situasi.ts)`;

/**
 * The schema of a group field (larangan `kelompok`): one of the groups. An unknown name fails with
 * the field, the name and the names to use instead (the checker prints the file in front).
 */
export const situationSchema = (field: string) => z.enum(SITUATIONS, { error: unknownGroup(field, SITUATIONS) });

/** The same for a field that also takes the older short names (skenario `topik`). */
export const situationNameSchema = (field: string) =>
  z.enum(SITUATION_NAMES, { error: unknownGroup(field, SITUATION_NAMES) });

/** The groups that have a slide deck: those with rules filed under them, or else with scenarios. */
export const groupsWithSlides = (
  larangan: readonly { data: { kelompok: Situation } }[],
  scenarios: readonly { data: { topik: SituationName } }[],
) =>
  SITUATIONS.filter(
    (g) => larangan.some((l) => l.data.kelompok === g) || scenarios.some((s) => situationOf(s.data.topik) === g),
  );
