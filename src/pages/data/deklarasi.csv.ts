import type { APIRoute } from 'astro';
import { getDeklarasi } from '../../lib/content.ts';
import { loadRegions } from '../../lib/regions.ts';
import { toCsv, toRow } from '../../lib/export.ts';
import { absoluteUrl } from '../../lib/url.ts';
import { routes } from '../../lib/routes.ts';

// RFC 4180: CRLF line ends, quoted fields where needed, header row, UTF-8.
export const GET: APIRoute = async () => {
  const regions = await loadRegions();
  const rows = (await getDeklarasi()).map((r) => toRow(r, regions, absoluteUrl(routes.deklarasi(r.id))));
  const csv = toCsv(rows);
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
