import type { APIRoute } from 'astro';
import { getDeklarasi, getPerubahan } from '../../lib/content.ts';
import { loadRegions } from '../../lib/regions.ts';
import { atomFeed, deklarasiFeedEntries, newestEntries } from '../../lib/atom.ts';
import { absoluteUrl } from '../../lib/url.ts';
import { routes } from '../../lib/routes.ts';

// Links are absolute when SITE_URL is set (feed readers resolve them outside the site).
export const GET: APIRoute = async () => {
  const href = (p: string) => absoluteUrl(p);
  const entries = deklarasiFeedEntries(
    await getDeklarasi(),
    (await getPerubahan()).filter((c) => c.data.bidang === 'deklarasi'),
    await loadRegions(),
    href,
  );
  const body = atomFeed({
    title: 'Deklarasi netralitas ASN — rekaman baru dan koreksi',
    selfHref: href('/deklarasi/feed.xml'),
    altHref: href(routes.deklarasiIndex()),
    base: href('/'),
    entries: newestEntries(entries),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
