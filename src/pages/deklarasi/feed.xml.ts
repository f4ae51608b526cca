import type { APIRoute } from 'astro';
import { getDeklarasi, getPerubahan } from '../../lib/content.ts';
import { loadRegions } from '../../lib/regions.ts';
import { atomFeed, deklarasiFeedEntries, newestEntries } from '../../lib/atom.ts';
import { withBase } from '../../lib/url.ts';

export const GET: APIRoute = async ({ site }) => {
  const entries = deklarasiFeedEntries(await getDeklarasi(), await getPerubahan(), await loadRegions(), withBase);
  const base = site ? new URL(withBase('/'), site).href : withBase('/');
  const body = atomFeed({
    title: 'Deklarasi netralitas ASN — rekaman baru dan koreksi',
    selfHref: withBase('/deklarasi/feed.xml'),
    altHref: withBase('/deklarasi/'),
    base,
    entries: newestEntries(entries),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
