// Links of one change-log entry: the records and pages it names (a removed entry has no page).
import type { EntryOf } from '../collections/index.ts';
import { routes } from './routes.ts';

const PAGE_OF: Record<string, (id: string) => string> = {
  regulasi: routes.regulasi,
  larangan: routes.larangan,
  ikrar: routes.ikrar,
  glosarium: routes.glosarium,
  panduan: routes.panduan,
  deklarasi: routes.deklarasi,
  subjek: routes.subjek,
  pemilihan: routes.pemilihan,
  orang: routes.pejabat,
};

/**
 * `pageOf` resolves entries whose page depends on more than their id (a statistics figure lives on
 * its cycle's or province's page); without it, they are listed without a link.
 */
export function changeLinks(
  c: EntryOf<'perubahan'>,
  pageOf: Record<string, (id: string) => string | undefined> = {},
): { label: string; href?: string }[] {
  const removed = c.data.jenis === 'hapus';
  return [
    ...c.data.deklarasi.map((id) => ({ label: id, href: removed ? undefined : routes.deklarasi(id) })),
    ...c.data.halaman.map((h) => ({
      label: `${h.koleksi}/${h.id}`,
      href: removed ? undefined : (PAGE_OF[h.koleksi] ?? pageOf[h.koleksi])?.(h.id),
    })),
  ];
}
