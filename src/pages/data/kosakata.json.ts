import type { APIRoute } from 'astro';
import {
  getDeklarasi,
  getGlosarium,
  getIkrar,
  getLarangan,
  getRegulasi,
  getSinonim,
  getSkenario,
} from '../../lib/content.ts';
import { loadRegions } from '../../lib/regions.ts';
import { synonymData, vocabulary, vocabularyData } from '../../lib/search-data.ts';

// The site's words, most frequent first, for typo correction on /cari/ (src/scripts/search.ts),
// fetched only when a word of a query finds nothing.
export const GET: APIRoute = async () => {
  const [glosarium, regulasi, larangan, skenario, deklarasi, ikrar, sinonim, regions] = await Promise.all([
    getGlosarium(),
    getRegulasi(),
    getLarangan(),
    getSkenario(),
    getDeklarasi(),
    getIkrar(),
    getSinonim(),
    loadRegions(),
  ]);
  const vocab = vocabulary({ glosarium, regulasi, larangan, skenario, deklarasi, ikrar, regions });
  return new Response(JSON.stringify(vocabularyData(vocab, synonymData(sinonim))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
