// Ready-to-paste citation for one declaration record. The id is stable forever.
import { formatDateShort } from './dates.ts';
import type { Deklarasi } from '../collections/deklarasi.ts';

export function citeText(record: { id: string; data: Deklarasi }, placeName: string, path: string, origin?: string) {
  const url = origin ? new URL(path, origin).href : path;
  const d = record.data;
  const text = `Rambu Netralitas ASN. "${d.judul}" (${placeName}, ${formatDateShort(d.tanggal)}). ID ${record.id}. Diverifikasi ${formatDateShort(d.diverifikasi)}. ${url}`;
  return { url, text };
}
