import type { APIRoute } from 'astro';
import { getDeklarasi, getOrang } from '../../lib/content.ts';
import { loadRegions } from '../../lib/regions.ts';
import { rolesByPerson } from '../../lib/deklarasi.ts';
import { LICENCE_JSON, NOT_CENSUS, generatedOn } from '../../lib/dataset.ts';
import { absoluteUrl } from '../../lib/url.ts';
import { routes } from '../../lib/routes.ts';

// Officials who appear in two or more records, with their roles over time as printed.
export const GET: APIRoute = async () => {
  const records = await getDeklarasi();
  const roles = rolesByPerson(records, await loadRegions());
  const data = (await getOrang()).map((p) => ({
    id: p.id,
    nama: p.data.nama,
    catatan: p.data.catatan ?? null,
    peran: (roles.get(p.id) ?? []).map((r) => ({
      tanggal: r.tanggal,
      jabatan: r.jabatan,
      wilayah: r.place,
      deklarasi: r.id,
    })),
  }));
  const body = {
    judul: 'Pejabat dalam basis data deklarasi netralitas ASN',
    jumlah: data.length,
    dibuat: generatedOn(),
    catatan: NOT_CENSUS,
    lisensi: LICENCE_JSON,
    sumber: absoluteUrl(routes.pejabatIndex()),
    data,
  };
  return new Response(JSON.stringify(body, null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
