import type { APIRoute } from 'astro';
import { getDeklarasi } from '../../../lib/content.ts';
import { loadRegions, provinceOf } from '../../../lib/regions.ts';
import { toCsv, toRow } from '../../../lib/export.ts';
import { withBase } from '../../../lib/url.ts';

// The same rows as deklarasi.csv, one file per province (for "every record of a province").
export async function getStaticPaths() {
  const regions = await loadRegions();
  const records = await getDeklarasi();
  return [...regions.provinces.keys()].filter((k) => records.some((r) => provinceOf(r.data.wilayah) === k)).map((kode) => ({ params: { kode } }));
}
export const GET: APIRoute = async ({ params }) => {
  const regions = await loadRegions();
  const rows = (await getDeklarasi()).filter((r) => provinceOf(r.data.wilayah) === params.kode).map((r) => toRow(r, regions, withBase(`/deklarasi/${r.id}/`)));
  const csv = toCsv(rows);
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
