// Field schemas and check helpers shared by the collection modules. `z` comes from astro/zod
// (as in Starlight), so Astro's content layer and the plain-Node checker use one zod.
import { z } from 'astro/zod';
import type { Regions } from '../lib/regions.ts';

/** Message for a field that is missing, or the given message otherwise. */
export function msg(whenMissing: string, otherwise: string) {
  return (iss: { input?: unknown }) => (iss.input === undefined ? whenMissing : otherwise);
}

export const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when y-m-d is a real calendar day (rejects 2024-02-30). */
export function isRealDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

// YAML 1.1 parsers (Astro's) turn 2024-10-17 into a Date; YAML 1.2 keeps a string.
// Normalise both to "YYYY-MM-DD" so the rest of the code sees one shape.
function toIsoString(v: unknown): unknown {
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  return v;
}

/** A calendar date written YYYY-MM-DD that exists. */
export const isoDate = (label = 'tanggal') =>
  z.preprocess(
    toIsoString,
    z
      .string({
        error: msg(
          `${label} wajib diisi (format YYYY-MM-DD, misalnya 2024-10-17)`,
          `${label} harus teks berformat YYYY-MM-DD`,
        ),
      })
      .regex(ISO_DATE, { error: `${label} harus berformat YYYY-MM-DD (misalnya 2024-10-17)` })
      .refine(isRealDate, { error: `${label} bukan tanggal yang ada di kalender; periksa hari dan bulannya` }),
  );

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const slug = (label = 'id') =>
  z.string({ error: msg(`${label} wajib diisi`, `${label} harus teks`) }).regex(SLUG, {
    error: `${label} hanya boleh huruf kecil, angka, dan tanda hubung (misalnya "uu-20-2023")`,
  });

export const nonEmpty = (label: string) =>
  z
    .string({ error: msg(`${label} wajib diisi`, `${label} harus teks`) })
    .trim()
    .min(1, { error: `${label} tidak boleh kosong` });

/** Optional free text that may not be blank when present. */
export const optionalText = () => z.string().trim().min(1).optional();

export const httpUrl = (label = 'url') =>
  z.string({ error: msg(`${label} wajib diisi`, `${label} harus teks`) }).regex(/^https?:\/\/[^\s/$.?#].[^\s]*$/i, {
    error: `${label} harus alamat lengkap yang diawali http:// atau https://`,
  });

/** A news or document source. */
export const sourceSchema = z.object(
  {
    media: nonEmpty('media (nama media/penerbit sumber)').describe(
      'Nama media atau penerbit sumber, misalnya "ANTARA NTT".',
    ),
    judul: nonEmpty('judul sumber').describe(
      'Judul berita atau dokumen persis seperti terbit (bukan disusun dari alamat URL).',
    ),
    url: httpUrl('url sumber').describe('Alamat lengkap yang benar-benar dibuka, diawali https://.'),
    terbit: isoDate('tanggal terbit sumber').optional().describe('Tanggal terbit sumber (YYYY-MM-DD), bila tampak.'),
  },
  { error: msg('sumber wajib diisi', 'setiap sumber harus berisi media, judul, dan url') },
);
export type Source = z.infer<typeof sourceSchema>;

export const SOURCE_KINDS = ['resmi', 'berita', 'lainnya'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];
export const SOURCE_KIND_LABEL = {
  resmi: 'Situs resmi pemerintah atau lembaga',
  berita: 'Media berita',
  lainnya: 'Lainnya',
} satisfies Record<SourceKind, string>;

/**
 * A source of a record (declaration, figure): typed, and marked when the site belongs to the
 * organiser. `judul` is the headline as published; where no copy showed it, it is left out (never
 * rebuilt from the URL) and the page says so.
 */
export const recordSourceSchema = z.object(
  {
    media: nonEmpty('media (nama media/penerbit sumber)').describe(
      'Nama media atau penerbit sumber, misalnya "ANTARA NTT".',
    ),
    judul: nonEmpty('judul sumber')
      .optional()
      .describe(
        'Judul persis seperti terbit; kosongkan bila judul aslinya belum terlihat (jangan menyusunnya dari URL).',
      ),
    url: httpUrl('url sumber').describe('Alamat lengkap yang benar-benar dibuka, diawali https://.'),
    terbit: isoDate('tanggal terbit sumber').optional().describe('Tanggal terbit sumber (YYYY-MM-DD), bila tampak.'),
    jenis: z
      .enum(SOURCE_KINDS, { error: `jenis sumber harus salah satu dari: ${SOURCE_KINDS.join(', ')}` })
      .describe('resmi (situs pemerintah/lembaga), berita (media), atau lainnya.'),
    milik_penyelenggara: z
      .boolean()
      .default(false)
      .describe('true bila situs itu milik penyelenggara acara sendiri (misalnya situs pemkab tentang apelnya).'),
  },
  { error: msg('sumber wajib diisi', 'setiap sumber harus berisi media, url, dan jenis') },
);
export type RecordSource = z.infer<typeof recordSourceSchema>;

export const recordSourcesSchema = z
  .array(recordSourceSchema, {
    error: msg('sumber wajib diisi: tambahkan minimal satu {media, judul, url, jenis}', 'sumber harus berupa daftar'),
  })
  .min(1, { error: 'sumber minimal satu: tambahkan {media, judul, url, jenis}' });

export const sourcesSchema = z
  .array(sourceSchema, {
    error: msg('sumber wajib diisi: tambahkan minimal satu {media, judul, url}', 'sumber harus berupa daftar'),
  })
  .min(1, { error: 'sumber minimal satu: tambahkan {media, judul, url}' });

/** A reference to a provision: regulation id plus a pasal anchor defined on that regulation. */
export const legalRefSchema = z.object(
  {
    regulasi: slug('regulasi (id peraturan)').describe('Id peraturan di content/regulasi/, misalnya "pp-94-2021".'),
    pasal: z
      .string({ error: 'pasal harus teks anchor seperti "pasal-5-huruf-n"' })
      .regex(SLUG, { error: 'pasal harus berupa anchor, misalnya "pasal-5-huruf-n"' })
      .optional()
      .describe('Anchor pasal pada peraturan itu, misalnya "pasal-5-huruf-n".'),
  },
  { error: msg('rujukan hukum wajib diisi', 'rujukan hukum harus berisi {regulasi, pasal}') },
);
export type LegalRef = z.infer<typeof legalRefSchema>;

export const legalRefsSchema = () => z.array(legalRefSchema).default([]);

export const TIMEZONES = ['WIB', 'WITA', 'WIT'] as const;
export type Timezone = (typeof TIMEZONES)[number];

export const WEEKDAYS = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'] as const;

/** Weekday name of a YYYY-MM-DD date. */
export function weekdayName(iso: string): (typeof WEEKDAYS)[number] {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!;
}

/** A parsed entry as checks and pages see it. */
export interface Entry<T> {
  id: string;
  data: T;
}

/** A parsed entry with its file, for messages. */
export interface CheckedEntry<T> extends Entry<T> {
  /** Path relative to the project root. */
  file: string;
}

/**
 * What a collection's `check(ctx)` receives: every parsed entry of every collection, the region
 * codes, the reference day, and helpers that report one problem per line (file, field, message).
 */
export interface CheckContext<Data extends Record<string, unknown>> {
  today: string;
  regions: Regions;
  entries<C extends keyof Data & string>(collection: C): CheckedEntry<Data[C]>[];
  byId<C extends keyof Data & string>(collection: C): Map<string, CheckedEntry<Data[C]>>;
  /** Pasal anchors defined on a regulation (empty when it does not exist). */
  anchorsOf(regulasi: string): Set<string>;
  add(file: string, field: string, message: string): void;
  /** Reports a reference whose regulation or anchor does not exist. */
  checkRef(file: string, field: string, ref: { regulasi: string; pasal?: string | undefined }): void;
  checkRefs(file: string, field: string, refs: readonly LegalRef[] | undefined): void;
  /** Reports a date after `today`. */
  notFuture(file: string, field: string, value: string | undefined): void;
}
