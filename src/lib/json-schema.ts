// The JSON Schemas of the JSON exports (/data/deklarasi.schema.json, /data/statistik.schema.json):
// one record schema generated from the collection's zod schema plus the fields the export adds, and
// one envelope (title, count, date, note, licence, source) shared by both files.
import { z } from 'astro/zod';

type JsonSchema = { properties?: Record<string, unknown>; required?: string[] } & Record<string, unknown>;

/** A nullable text field of an export: a place name the build adds, for instance. */
export const nullableText = (description: string) => ({ type: ['string', 'null'], description });

/** The place names and address every export adds to a record (they come from the Kemendagri code). */
export const placeFields = (url: string) => ({
  nama_wilayah: nullableText('Nama wilayah menurut kode Kemendagri, atau "Nasional".'),
  kode_provinsi: nullableText('Kode Kemendagri provinsi.'),
  provinsi: nullableText('Nama provinsi.'),
  url: { type: 'string', description: url },
});

/**
 * One exported record: the collection's own schema (what the writer files), with the fields the export
 * adds before (`first`) and after (`last`) them, all required.
 */
export function recordSchema(
  schema: z.ZodType,
  title: string,
  added: { first?: Record<string, unknown>; last?: Record<string, unknown> } = {},
): JsonSchema {
  const own = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return {
    ...own,
    $schema: undefined,
    title,
    properties: { ...added.first, ...own.properties, ...added.last },
    required: [...Object.keys(added.first ?? {}), ...(own.required ?? []), ...Object.keys(added.last ?? {})],
  };
}

/** The whole export file: its envelope, and `data` as a list of `record`. */
export function exportFileSchema(opts: {
  file: string;
  recordKey: string;
  record: JsonSchema;
  catatan: string;
  sumber: string;
}) {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: `Berkas ${opts.file}`,
    type: 'object',
    required: ['jumlah', 'data'],
    properties: {
      judul: { type: 'string' },
      jumlah: { type: 'integer' },
      dibuat: { type: 'string', format: 'date', description: 'Tanggal berkas dibuat (tanggal build situs)' },
      catatan: { type: 'string', description: opts.catatan },
      lisensi: {
        type: 'object',
        properties: {
          nama: { type: 'string' },
          id: { type: 'string' },
          url: { type: 'string' },
          atribusi: { type: 'string' },
        },
      },
      sumber: { type: 'string', description: opts.sumber },
      skema: { type: 'string' },
      data: { type: 'array', items: { $ref: `#/$defs/${opts.recordKey}` } },
    },
    $defs: { [opts.recordKey]: opts.record },
  };
}
