// Atom entries of the statistics: every figure (category "koreksi" once a change-log entry
// corrected it) and every change-log entry of the statistics except plain additions.
import type { EntryOf } from '../collections/index.ts';
import type { FeedEntry } from './atom.ts';
import { regionName, type Regions } from './regions.ts';
import { routes } from './routes.ts';
import {
  asOfText,
  cycleLabel,
  figurePath,
  formatValue,
  lcFirst,
  measureText,
  publisherOf,
  type Fig,
} from './statistik.ts';

export function statistikFeedEntries(
  figs: readonly Fig[],
  changes: EntryOf<'perubahan'>[],
  regions: Regions,
  href: (path: string) => string,
): FeedEntry[] {
  const corrected = new Map<string, string>();
  for (const c of changes)
    if (c.data.jenis === 'koreksi')
      for (const h of c.data.halaman)
        if (h.koleksi === 'statistik' && (corrected.get(h.id) ?? '') < c.data.tanggal)
          corrected.set(h.id, c.data.tanggal);
  const later = (a: string, b = '') => (b > a ? b : a);
  const entries: FeedEntry[] = figs.map((f) => {
    const d = f.data;
    const place = d.wilayah ? regionName(regions, d.wilayah) : (d.instansi ?? 'nasional');
    return {
      key: `statistik:${f.id}`,
      title: `${cycleLabel(d.pemilihan)}: ${lcFirst(measureText(d))} ${formatValue(d)} (${publisherOf(d)}, ${place}, ${asOfText(d)})`,
      href: href(figurePath(f)),
      published: d.diverifikasi,
      updated: later(d.diverifikasi, corrected.get(f.id)),
      summary: `“${d.kutipan}” Sumber: ${d.sumber.map((s) => s.media).join('; ')}.`,
      category: corrected.has(f.id) ? 'koreksi' : 'baru',
    };
  });
  for (const c of changes)
    if (c.data.jenis !== 'tambah')
      entries.push({
        key: `perubahan:${c.id}`,
        title: `Catatan perubahan statistik: ${c.data.jenis}`,
        href: href(`${routes.perubahan()}#perubahan-${c.id}`),
        updated: c.data.tanggal,
        summary: c.data.ringkasan,
        category: c.data.jenis,
      });
  return entries;
}
