import type { APIRoute } from 'astro';
import { getDeklarasi } from '../../lib/content.ts';
import { loadRegions } from '../../lib/regions.ts';
import { toRow, toSpreadsheetCsv } from '../../lib/export.ts';
import { absoluteUrl } from '../../lib/url.ts';
import { routes } from '../../lib/routes.ts';

// deklarasi.csv for people who open it by double-click in a spreadsheet: codes stay text.
export const GET: APIRoute = async () => {
  const regions = await loadRegions();
  const rows = (await getDeklarasi()).map((r) => toRow(r, regions, absoluteUrl(routes.deklarasi(r.id))));
  return new Response(toSpreadsheetCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
