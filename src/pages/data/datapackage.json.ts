import type { APIRoute } from 'astro';
import { CSV_COLUMNS, PEOPLE_COLUMNS } from '../../lib/export.ts';
import { getDeklarasi, getStatistik } from '../../lib/content.ts';
import { STAT_COLUMNS } from '../../lib/statistik-export.ts';
import { DATA_LICENSE, NOT_CENSUS, generatedOn } from '../../lib/dataset.ts';
import { absoluteUrl } from '../../lib/url.ts';
import { routes } from '../../lib/routes.ts';

// Frictionless Data Package describing deklarasi.csv and deklarasi.json.
const TYPES: Record<string, { type: string; format?: string }> = {
  tanggal: { type: 'date' },
  diverifikasi: { type: 'date' },
  ikrar_jumlah_butir: { type: 'integer' },
  jumlah_sumber_independen: { type: 'integer' },
  judul_sumber_belum_terbaca: { type: 'integer' },
};
export const GET: APIRoute = async () => {
  const n = (await getDeklarasi()).length;
  const nStat = (await getStatistik()).length;
  const statFields = STAT_COLUMNS.map((c) => ({
    name: c.name,
    description: c.description,
    type: c.type ?? 'string',
    ...(c.type === 'boolean' ? { trueValues: ['ya'], falseValues: ['tidak'] } : {}),
  }));
  const fields = CSV_COLUMNS.map((c) => ({
    name: c.name,
    description: c.description,
    ...(TYPES[c.name] ?? { type: 'string' }),
  }));
  const csv = {
    profile: 'tabular-data-resource',
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
  };
  const now = new Date();
  const today = generatedOn(now);
  const pkg = {
    profile: 'data-package',
    name: 'deklarasi-netralitas-asn',
    title: 'Deklarasi netralitas ASN di daerah',
    description: `Rekaman acara deklarasi, ikrar, dan pakta integritas netralitas ASN, masing-masing diperiksa terhadap sumber berita. ${n} rekaman. ${NOT_CENSUS} Juga ${nStat} angka pelanggaran netralitas ASN per pemilihan (statistik.csv, statistik.json), seperti disebut lembaga penerbitnya.`,
    homepage: absoluteUrl(routes.data()),
    version: today,
    created: now.toISOString().replace(/\.\d+Z$/, 'Z'),
    licenses: [{ name: DATA_LICENSE.id, title: DATA_LICENSE.title, path: DATA_LICENSE.url }],
    resources: [
      { name: 'deklarasi-csv', path: 'deklarasi.csv', ...csv, schema: { fields, primaryKey: 'id' } },
      {
        name: 'deklarasi-spreadsheet-csv',
        path: 'deklarasi-spreadsheet.csv',
        description:
          'Isi sama dengan deklarasi.csv, untuk dibuka langsung di Excel/LibreOffice: diawali BOM UTF-8, dan kode_wilayah serta kode_provinsi ditulis sebagai rumus ="18.10" agar tetap teks.',
        ...csv,
        encoding: 'utf-8-sig',
        schema: { fields, primaryKey: 'id' },
      },
      {
        name: 'pejabat-csv',
        path: 'pejabat.csv',
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
        schema: {
          fields: PEOPLE_COLUMNS.map((c) => ({
            name: c.name,
            description: c.description,
            ...(TYPES[c.name] ?? { type: 'string' }),
          })),
        },
      },
      {
        name: 'pejabat-json',
        path: 'pejabat.json',
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
      },
      {
        name: 'deklarasi-json',
        path: 'deklarasi.json',
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
        schema: 'deklarasi.schema.json',
      },
      {
        name: 'statistik-csv',
        path: 'statistik.csv',
        ...csv,
        schema: { fields: statFields, primaryKey: 'id' },
      },
      {
        name: 'statistik-spreadsheet-csv',
        path: 'statistik-spreadsheet.csv',
        description:
          'Isi sama dengan statistik.csv, untuk dibuka langsung di Excel/LibreOffice: diawali BOM UTF-8, dan kode_wilayah serta kode_provinsi ditulis sebagai rumus ="73.71" agar tetap teks.',
        ...csv,
        encoding: 'utf-8-sig',
        schema: { fields: statFields, primaryKey: 'id' },
      },
      {
        name: 'statistik-json',
        path: 'statistik.json',
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
        schema: 'statistik.schema.json',
      },
    ],
  };
  return new Response(JSON.stringify(pkg, null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
