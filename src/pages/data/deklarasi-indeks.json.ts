import type { APIRoute } from 'astro';
import { getDeklarasi } from '../../lib/content.ts';
import { loadRegions } from '../../lib/regions.ts';
import { tableIndex } from '../../lib/deklarasi.ts';

// Compact index for the /deklarasi/ table filters; fetched only when a reader filters or sorts.
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(tableIndex(await getDeklarasi(), await loadRegions())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
