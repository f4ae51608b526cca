import type { APIRoute } from 'astro';
import { getPerubahan, getStatistik } from '../../lib/content.ts';
import { loadRegions } from '../../lib/regions.ts';
import { atomFeed, newestEntries } from '../../lib/atom.ts';
import { statistikFeedEntries } from '../../lib/statistik-feed.ts';
import { routes } from '../../lib/routes.ts';
import { absoluteUrl } from '../../lib/url.ts';

// Every figure is an entry (the collection grows by hundreds, not thousands, so the feed holds all
// of them), plus the statistics change log. Links are absolute when SITE_URL is set.
export const GET: APIRoute = async () => {
  const href = (p: string) => absoluteUrl(p);
  const figs = await getStatistik();
  const changes = (await getPerubahan()).filter((c) => c.data.bidang === 'statistik');
  const entries = statistikFeedEntries(figs, changes, await loadRegions(), href);
  const body = atomFeed({
    id: 'statistik',
    title: 'Statistik pelanggaran netralitas ASN — angka baru dan koreksi',
    selfHref: href(routes.statistikFeed()),
    altHref: href(routes.statistikIndex()),
    base: href('/'),
    entries: newestEntries(entries, entries.length),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
