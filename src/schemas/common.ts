// Shared field schemas. Plain zod (no astro:content) so vitest and the
// content checker can import them directly.
import { z } from 'zod';

/** Message for a field that is missing, or the given message otherwise. */
export function msg(whenMissing: string, otherwise: string) {
  return (iss: { input?: unknown }) => (iss.input === undefined ? whenMissing : otherwise);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

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
      .string({ error: msg(`${label} wajib diisi (format YYYY-MM-DD, misalnya 2024-10-17)`, `${label} harus teks berformat YYYY-MM-DD`) })
      .regex(ISO_DATE, { error: `${label} harus berformat YYYY-MM-DD (misalnya 2024-10-17)` })
      .refine(isRealDate, { error: `${label} bukan tanggal yang ada di kalender; periksa hari dan bulannya` }),
  );

export const slug = (label = 'id') =>
  z
    .string({ error: msg(`${label} wajib diisi`, `${label} harus teks`) })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      error: `${label} hanya boleh huruf kecil, angka, dan tanda hubung (misalnya "uu-20-2023")`,
    });

export const nonEmpty = (label: string) =>
  z
    .string({ error: msg(`${label} wajib diisi`, `${label} harus teks`) })
    .trim()
    .min(1, { error: `${label} tidak boleh kosong` });

export const httpUrl = (label = 'url') =>
  z
    .string({ error: msg(`${label} wajib diisi`, `${label} harus teks`) })
    .regex(/^https?:\/\/[^\s/$.?#].[^\s]*$/i, { error: `${label} harus alamat lengkap yang diawali http:// atau https://` });

/** A news or document source. */
export const sourceSchema = z.object(
  {
    media: nonEmpty('media (nama media/penerbit sumber)'),
    judul: nonEmpty('judul sumber'),
    url: httpUrl('url sumber'),
    terbit: isoDate('tanggal terbit sumber').optional(),
  },
  { error: msg('sumber wajib diisi', 'setiap sumber harus berisi media, judul, dan url') },
);
export type Source = z.infer<typeof sourceSchema>;

export const sourcesSchema = z
  .array(sourceSchema, { error: msg('sumber wajib diisi: tambahkan minimal satu {media, judul, url}', 'sumber harus berupa daftar') })
  .min(1, { error: 'sumber minimal satu: tambahkan {media, judul, url}' });

/** A reference to a provision: regulation id plus a pasal anchor defined on that regulation. */
export const legalRefSchema = z.object(
  {
    regulasi: slug('regulasi (id peraturan)'),
    pasal: z
      .string({ error: 'pasal harus teks anchor seperti "pasal-5-huruf-n"' })
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'pasal harus berupa anchor, misalnya "pasal-5-huruf-n"' })
      .optional(),
  },
  { error: msg('rujukan hukum wajib diisi', 'rujukan hukum harus berisi {regulasi, pasal}') },
);
export type LegalRef = z.infer<typeof legalRefSchema>;

export const TIMEZONES = ['WIB', 'WITA', 'WIT'] as const;
