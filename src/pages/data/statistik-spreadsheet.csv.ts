import type { APIRoute } from 'astro';
import { getStatistik } from '../../lib/content.ts';
import { loadRegions } from '../../lib/regions.ts';
import { statRow, toStatSpreadsheetCsv } from '../../lib/statistik-export.ts';
import { figurePath } from '../../lib/statistik.ts';
import { absoluteUrl } from '../../lib/url.ts';

// statistik.csv for people who open it by double-click in a spreadsheet: region codes stay text.
export const GET: APIRoute = async () => {
  const regions = await loadRegions();
  const rows = (await getStatistik()).map((f) => statRow(f, regions, absoluteUrl(figurePath(f))));
  return new Response(toStatSpreadsheetCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
