import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { getDeklarasi } from '../../lib/content.ts';
import { loadRegions, regionName } from '../../lib/regions.ts';
import { atomFeed, newestEntries, type FeedEntry } from '../../lib/atom.ts';
import { formatDateShort } from '../../lib/dates.ts';
import { withBase } from '../../lib/url.ts';

export const GET: APIRoute = async ({ site }) => {
  const regions = await loadRegions();
  const records = await getDeklarasi();
  const changes = (await getCollection('perubahan')).map((c: any) => ({ id: c.id as string, ...c.data }));
  const corrected = new Map<string, string>();
  for (const c of changes) if (c.jenis === 'koreksi') for (const id of c.deklarasi) corrected.set(id, [corrected.get(id) ?? '', c.tanggal].sort().at(-1)!);
  const entries: FeedEntry[] = records.map((r) => ({
    key: `deklarasi:${r.id}`,
    title: `${r.data.judul} (${regionName(regions, r.data.wilayah)}, ${formatDateShort(r.data.tanggal)})`,
    href: withBase(`/deklarasi/${r.id}/`),
    published: r.data.diverifikasi,
    updated: [r.data.diverifikasi, corrected.get(r.id) ?? ''].sort().at(-1)!,
    summary: r.data.ringkasan,
    category: corrected.has(r.id) ? 'koreksi' : 'baru',
  }));
  for (const c of changes.filter((x) => x.jenis !== 'tambah'))
    entries.push({ key: `perubahan:${c.id}`, title: `Catatan perubahan: ${c.jenis}`, href: withBase('/deklarasi/perubahan/'), updated: c.tanggal, summary: c.ringkasan, category: c.jenis });
  const base = site ? new URL(withBase('/'), site).href : withBase('/');
  const body = atomFeed({ title: 'Deklarasi netralitas ASN — rekaman baru dan koreksi', selfHref: withBase('/deklarasi/feed.xml'), altHref: withBase('/deklarasi/'), base, entries: newestEntries(entries) });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
