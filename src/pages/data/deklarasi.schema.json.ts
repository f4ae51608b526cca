import type { APIRoute } from 'astro';
import { schema as deklarasiSchema } from '../../collections/deklarasi.ts';
import { exportFileSchema, placeFields, recordSchema } from '../../lib/json-schema.ts';

// Generated from the same zod schema that validates content/deklarasi at build time, plus the
// fields deklarasi.json adds to each record (place names and address; src/pages/data/deklarasi.json.ts).
export const GET: APIRoute = async () => {
  const record = recordSchema(deklarasiSchema, 'Rekaman deklarasi netralitas ASN', {
    last: placeFields('Alamat rekaman di situs ini.'),
  });
  const file = exportFileSchema({
    file: 'deklarasi.json',
    recordKey: 'rekaman',
    record,
    catatan: 'Batas data: bukan sensus',
    sumber: 'Halaman data terbuka',
  });
  return new Response(JSON.stringify(file, null, 1), { headers: { 'Content-Type': 'application/schema+json' } });
};
