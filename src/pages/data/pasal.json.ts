import type { APIRoute } from 'astro';
import { getRegulasi } from '../../lib/content.ts';
import { provisionIndex } from '../../lib/provision-index.ts';

// Every provision on the regulation pages, for citation queries on /cari/ (src/scripts/search.ts).
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(provisionIndex(await getRegulasi())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
