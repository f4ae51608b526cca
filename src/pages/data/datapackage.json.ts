import type { APIRoute } from 'astro';
import { CSV_COLUMNS } from '../../lib/export.ts';
import { getDeklarasi } from '../../lib/content.ts';

// Frictionless Data Package describing deklarasi.csv and deklarasi.json.
const TYPES: Record<string, { type: string; format?: string }> = {
  tanggal: { type: 'date' },
  diverifikasi: { type: 'date' },
  ikrar_jumlah_butir: { type: 'integer' },
};
export const GET: APIRoute = async () => {
  const n = (await getDeklarasi()).length;
  const pkg = {
    profile: 'data-package',
    name: 'deklarasi-netralitas-asn',
    title: 'Deklarasi netralitas ASN di daerah, 2022–2024',
    description: `Rekaman acara deklarasi, ikrar, dan pakta integritas netralitas ASN, masing-masing diperiksa terhadap sumber berita. ${n} rekaman.`,
    homepage: '../deklarasi/',
    version: new Date().toISOString().slice(0, 10),
    licenses: [
      {
        name: 'CC-BY-4.0',
        title: 'Creative Commons Attribution 4.0',
        path: 'https://creativecommons.org/licenses/by/4.0/',
      },
    ],
    resources: [
      {
        name: 'deklarasi-csv',
        path: 'deklarasi.csv',
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
        schema: {
          fields: CSV_COLUMNS.map((c) => ({
            name: c.name,
            description: c.description,
            ...(TYPES[c.name] ?? { type: 'string' }),
          })),
          primaryKey: 'id',
        },
      },
      {
        name: 'deklarasi-json',
        path: 'deklarasi.json',
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
        schema: 'deklarasi.schema.json',
      },
    ],
  };
  return new Response(JSON.stringify(pkg, null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
