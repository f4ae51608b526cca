import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { schema as deklarasiSchema } from '../../collections/deklarasi.ts';

// Generated from the same zod schema that validates content/deklarasi at build time.
export const GET: APIRoute = async () => {
  const schema = z.toJSONSchema(deklarasiSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  const record = { ...schema, title: 'Rekaman deklarasi netralitas ASN' };
  const file = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Berkas deklarasi.json',
    type: 'object',
    required: ['jumlah', 'data'],
    properties: {
      judul: { type: 'string' },
      jumlah: { type: 'integer' },
      dibuat: { type: 'string', format: 'date', description: 'Tanggal berkas dibuat (tanggal build situs)' },
      catatan: { type: 'string', description: 'Batas data: bukan sensus' },
      lisensi: {
        type: 'object',
        properties: {
          nama: { type: 'string' },
          id: { type: 'string' },
          url: { type: 'string' },
          atribusi: { type: 'string' },
        },
      },
      sumber: { type: 'string', description: 'Halaman data terbuka' },
      skema: { type: 'string' },
      data: { type: 'array', items: { $ref: '#/$defs/rekaman' } },
    },
    $defs: { rekaman: { ...record, $schema: undefined } },
  };
  return new Response(JSON.stringify(file, null, 1), { headers: { 'Content-Type': 'application/schema+json' } });
};
