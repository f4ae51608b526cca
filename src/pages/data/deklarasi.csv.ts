import type { APIRoute } from 'astro';
import { getDeklarasi } from '../../lib/content.ts';
import { loadRegions } from '../../lib/regions.ts';
import { toCsv, recordRow } from '../../lib/export.ts';

// RFC 4180: CRLF line ends, quoted fields where needed, header row, UTF-8.
export const GET: APIRoute = async () => {
  const regions = await loadRegions();
  const rows = (await getDeklarasi()).map((r) => recordRow(r, regions));
  const csv = toCsv(rows);
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
