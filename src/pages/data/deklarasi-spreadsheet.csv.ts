import type { APIRoute } from 'astro';
import { getDeklarasi } from '../../lib/content.ts';
import { loadRegions } from '../../lib/regions.ts';
import { recordRow, toSpreadsheetCsv } from '../../lib/export.ts';

// deklarasi.csv for people who open it by double-click in a spreadsheet: codes stay text.
export const GET: APIRoute = async () => {
  const regions = await loadRegions();
  const rows = (await getDeklarasi()).map((r) => recordRow(r, regions));
  return new Response(toSpreadsheetCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
