import type { APIRoute } from 'astro';
import { stringify } from 'csv-stringify/sync';
import { getDeklarasi } from '../../lib/content.ts';
import { loadRegions } from '../../lib/regions.ts';
import { CSV_COLUMNS, toRow } from '../../lib/export.ts';
import { withBase } from '../../lib/url.ts';

// RFC 4180: CRLF line ends, quoted fields where needed, header row, UTF-8.
export const GET: APIRoute = async () => {
  const regions = await loadRegions();
  const rows = (await getDeklarasi()).map((r) => toRow(r, regions, withBase(`/deklarasi/${r.id}/`)));
  const csv = stringify(rows, { header: true, columns: CSV_COLUMNS.map((c) => c.name), record_delimiter: '\r\n' });
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
