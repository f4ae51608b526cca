import type { APIRoute } from 'astro';
import { getDeklarasi } from '../../lib/content.ts';
import { loadRegions, provinceOf, regionName } from '../../lib/regions.ts';
import { withBase } from '../../lib/url.ts';
import { routes } from '../../lib/routes.ts';

export const GET: APIRoute = async () => {
  const regions = await loadRegions();
  const records = (await getDeklarasi()).map((r) => ({
    ...r.data,
    nama_wilayah: regionName(regions, r.data.wilayah),
    kode_provinsi: provinceOf(r.data.wilayah),
    provinsi: regionName(regions, provinceOf(r.data.wilayah)),
    url: withBase(routes.deklarasi(r.id)),
  }));
  const body = {
    judul: 'Deklarasi netralitas ASN',
    jumlah: records.length,
    skema: withBase('/data/deklarasi.schema.json'),
    data: records,
  };
  return new Response(JSON.stringify(body, null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
