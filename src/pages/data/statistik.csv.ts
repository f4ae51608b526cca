import type { APIRoute } from 'astro';
import { getStatistik } from '../../lib/content.ts';
import { loadRegions } from '../../lib/regions.ts';
import { statRow, toStatCsv } from '../../lib/statistik-export.ts';
import { figurePath } from '../../lib/statistik.ts';
import { absoluteUrl } from '../../lib/url.ts';

// RFC 4180: CRLF line ends, quoted fields where needed, header row, UTF-8. One row per figure.
export const GET: APIRoute = async () => {
  const regions = await loadRegions();
  const rows = (await getStatistik()).map((f) => statRow(f, regions, absoluteUrl(figurePath(f))));
  return new Response(toStatCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
