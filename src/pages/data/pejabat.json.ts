import type { APIRoute } from 'astro';
import { getDeklarasi, getOrang } from '../../lib/content.ts';
import { loadRegions } from '../../lib/regions.ts';
import { rolesByPerson } from '../../lib/deklarasi.ts';

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
    dibuat: new Date().toISOString().slice(0, 10),
    lisensi: 'CC-BY-4.0',
    jumlah: data.length,
    data,
  };
  return new Response(JSON.stringify(body, null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
