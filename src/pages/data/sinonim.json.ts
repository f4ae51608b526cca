import type { APIRoute } from 'astro';
import { getSinonim } from '../../lib/content.ts';
import { synonymData } from '../../lib/search-data.ts';

// The synonym list (content/sinonim/) for /cari/ (src/scripts/search.ts), fetched only when a
// query finds too little.
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(synonymData(await getSinonim())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
