// Ready-to-paste citation for one declaration record. The id is stable forever.
import { formatDateShort } from './dates.ts';
import { absoluteUrl } from './url.ts';
import type { Deklarasi } from '../collections/deklarasi.ts';

/** `url` is absolute when SITE_URL is set (pass `site`/`base` in tests). The reader adds the access date. */
export function citeText(
  record: { id: string; data: Deklarasi },
  placeName: string,
  path: string,
  site?: string,
  base?: string,
) {
  const url = absoluteUrl(path, site, base);
  const d = record.data;
  const text = `Rambu Netralitas ASN. "${d.judul}" (${placeName}, ${formatDateShort(d.tanggal)}). ID ${record.id}. Diverifikasi ${formatDateShort(d.diverifikasi)}. ${url}`;
  return { url, text };
}
