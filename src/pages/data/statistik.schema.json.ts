import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { schema as statistikSchema } from '../../collections/statistik.ts';
import { SLUG } from '../../collections/common.ts';

// Generated from the same zod schema that validates content/statistik at build time, plus the
// fields statistik.json adds to each figure (its id, place names and address).
export const GET: APIRoute = async () => {
  const schema = z.toJSONSchema(statistikSchema, { io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, unknown>;
    required?: string[];
  } & Record<string, unknown>;
  const nullableText = (description: string) => ({ type: ['string', 'null'], description });
  const record = {
    ...schema,
    $schema: undefined,
    title: 'Satu angka pelanggaran netralitas ASN',
    properties: {
      id: { type: 'string', pattern: SLUG.source, description: 'ID tetap angka (nama berkasnya).' },
      ...schema.properties,
      nama_wilayah: nullableText('Nama wilayah menurut kode Kemendagri, atau "Nasional".'),
      kode_provinsi: nullableText('Kode Kemendagri provinsi.'),
      provinsi: nullableText('Nama provinsi.'),
      url: { type: 'string', description: 'Alamat angka di situs ini (halaman dan jangkar).' },
    },
    required: ['id', ...(schema.required ?? []), 'url'],
  };
  const file = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Berkas statistik.json',
    type: 'object',
    required: ['jumlah', 'data'],
    properties: {
      judul: { type: 'string' },
      jumlah: { type: 'integer' },
      dibuat: { type: 'string', format: 'date', description: 'Tanggal berkas dibuat (tanggal build situs)' },
      catatan: { type: 'string', description: 'Cara membaca angka: seperti disebut lembaga, tidak dijumlahkan' },
      lisensi: {
        type: 'object',
        properties: {
          nama: { type: 'string' },
          id: { type: 'string' },
          url: { type: 'string' },
          atribusi: { type: 'string' },
        },
      },
      sumber: { type: 'string', description: 'Halaman statistik' },
      skema: { type: 'string' },
      data: { type: 'array', items: { $ref: '#/$defs/angka' } },
    },
    $defs: { angka: record },
  };
  return new Response(JSON.stringify(file, null, 1), { headers: { 'Content-Type': 'application/schema+json' } });
};
