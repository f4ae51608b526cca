// Atom (RFC 4287) feed of new and corrected declaration records, and change-log entries.
import { createHash } from 'node:crypto';
import { escapeHtml as xml } from './html.ts';
import { formatDateShort } from './dates.ts';
import { regionName, type Regions } from './regions.ts';
import { routes } from './routes.ts';
import type { EntryOf } from '../collections/index.ts';

/** Stable urn:uuid (name-based, SHA-1, RFC 4122 v5 layout) for a name; needs no domain. */
export function stableUuid(name: string): string {
  const h = createHash('sha1').update(`rambu-netralitas-asn:${name}`).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `urn:uuid:${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}

export interface FeedEntry {
  key: string;
  title: string;
  href: string;
  updated: string;
  published?: string;
  summary: string;
  category?: string;
}

/** Entries a feed carries: feed readers poll the file, so it holds the newest changes, not the
 *  whole database (at 10,000 records the full feed was 9.3 MB). Newest first; ties by key. */
export const FEED_LIMIT = 200;
export function newestEntries(entries: FeedEntry[], limit = FEED_LIMIT): FeedEntry[] {
  return [...entries].sort((a, b) => b.updated.localeCompare(a.updated) || a.key.localeCompare(b.key)).slice(0, limit);
}

export function atomFeed(opts: {
  /** Names the feed's stable id; the declarations feed when left out. */
  id?: string;
  title: string;
  selfHref: string;
  altHref: string;
  base: string;
  entries: FeedEntry[];
}): string {
  const stamp = (d: string) => (d.length === 10 ? `${d}T00:00:00Z` : d);
  const updated =
    opts.entries
      .map((e) => stamp(e.updated))
      .sort()
      .at(-1) ?? '1970-01-01T00:00:00Z';
  const entries = opts.entries
    .map(
      (e) => `  <entry>
    <id>${stableUuid(e.key)}</id>
    <title>${xml(e.title)}</title>
    <link rel="alternate" type="text/html" href="${xml(e.href)}"/>
    <updated>${stamp(e.updated)}</updated>${e.published ? `\n    <published>${stamp(e.published)}</published>` : ''}${e.category ? `\n    <category term="${xml(e.category)}"/>` : ''}
    <summary>${xml(e.summary)}</summary>
  </entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="id" xml:base="${xml(opts.base)}">
  <id>${stableUuid(`feed:${opts.id ?? 'deklarasi'}`)}</id>
  <title>${xml(opts.title)}</title>
  <updated>${updated}</updated>
  <author><name>Rambu Netralitas ASN</name></author>
  <link rel="self" type="application/atom+xml" href="${xml(opts.selfHref)}"/>
  <link rel="alternate" type="text/html" href="${xml(opts.altHref)}"/>
${entries}
</feed>
`;
}

/**
 * Feed entries of the declarations database: every record (category "koreksi" once a change-log
 * entry corrected it, updated on the later of its verification and correction dates) and every
 * change-log entry except plain additions, which the record entries already announce.
 * `href` turns a site path into the link written in the feed (base path, absolute URL).
 */
export function deklarasiFeedEntries(
  records: EntryOf<'deklarasi'>[],
  changes: EntryOf<'perubahan'>[],
  regions: Regions,
  href: (path: string) => string,
): FeedEntry[] {
  const corrected = new Map<string, string>();
  for (const c of changes)
    if (c.data.jenis === 'koreksi')
      for (const id of c.data.deklarasi) {
        const prev = corrected.get(id);
        if (!prev || c.data.tanggal > prev) corrected.set(id, c.data.tanggal);
      }
  const later = (a: string, b = '') => (b > a ? b : a);
  const entries: FeedEntry[] = records.map((r) => ({
    key: `deklarasi:${r.id}`,
    title: `${r.data.judul} (${r.data.wilayah ? regionName(regions, r.data.wilayah) : 'Nasional'}, ${formatDateShort(r.data.tanggal)})`,
    href: href(routes.deklarasi(r.id)),
    published: r.data.diverifikasi,
    updated: later(r.data.diverifikasi, corrected.get(r.id)),
    summary: r.data.ringkasan,
    category: corrected.has(r.id) ? 'koreksi' : 'baru',
  }));
  for (const c of changes)
    if (c.data.jenis !== 'tambah')
      entries.push({
        key: `perubahan:${c.id}`,
        title: `Catatan perubahan: ${c.data.jenis}`,
        href: href('/deklarasi/perubahan/'),
        updated: c.data.tanggal,
        summary: c.data.ringkasan,
        category: c.data.jenis,
      });
  return entries;
}
