import type { APIRoute } from 'astro';
import { schema as statistikSchema } from '../../collections/statistik.ts';
import { SLUG } from '../../collections/common.ts';
import { exportFileSchema, placeFields, recordSchema } from '../../lib/json-schema.ts';

// Generated from the same zod schema that validates content/statistik at build time, plus the
// fields statistik.json adds to each figure (its id, place names and address).
export const GET: APIRoute = async () => {
  const record = recordSchema(statistikSchema, 'Satu angka pelanggaran netralitas ASN', {
    first: { id: { type: 'string', pattern: SLUG.source, description: 'ID tetap angka (nama berkasnya).' } },
    last: placeFields('Alamat angka di situs ini (halaman dan jangkar).'),
  });
  const file = exportFileSchema({
    file: 'statistik.json',
    recordKey: 'angka',
    record,
    catatan: 'Cara membaca angka: seperti disebut lembaga, tidak dijumlahkan',
    sumber: 'Halaman statistik',
  });
  return new Response(JSON.stringify(file, null, 1), { headers: { 'Content-Type': 'application/schema+json' } });
};
