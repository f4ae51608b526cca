import type { APIRoute } from 'astro';
import { getDeklarasi, getOrang } from '../../lib/content.ts';
import { loadRegions } from '../../lib/regions.ts';
import { rolesByPerson } from '../../lib/deklarasi.ts';
import { peopleRows, toPeopleCsv } from '../../lib/export.ts';

export const GET: APIRoute = async () => {
  const records = await getDeklarasi();
  const regions = await loadRegions();
  const roles = rolesByPerson(records, regions);
  const rows = peopleRows(await getOrang(), (id) => roles.get(id) ?? []);
  return new Response(toPeopleCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
