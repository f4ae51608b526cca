import type { APIRoute } from 'astro';
import { getDeklarasi } from '../../../lib/content.ts';
import { loadRegions, provinceOf } from '../../../lib/regions.ts';
import { groupBy, type Rec } from '../../../lib/deklarasi.ts';
import { toCsv, recordRow } from '../../../lib/export.ts';

// The same rows as deklarasi.csv, one file per province that has records; grouped once.
export async function getStaticPaths() {
  const byProv = groupBy(
    (await getDeklarasi()).filter((r) => r.data.wilayah),
    (r) => provinceOf(r.data.wilayah!),
  );
  return [...byProv.entries()].map(([kode, records]) => ({ params: { kode }, props: { records } }));
}
export const GET: APIRoute = async ({ props }) => {
  const regions = await loadRegions();
  const rows = (props.records as Rec[]).map((r) => recordRow(r, regions));
  return new Response(toCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
