import type { APIRoute } from 'astro';
import { getDeklarasi } from '../../lib/content.ts';
import { loadRegions, provinceOf } from '../../lib/regions.ts';
import { placeOf, provinceName } from '../../lib/deklarasi.ts';
import { absoluteUrl } from '../../lib/url.ts';
import { routes } from '../../lib/routes.ts';
import { LICENCE_JSON, NOT_CENSUS, generatedOn } from '../../lib/dataset.ts';

export const GET: APIRoute = async () => {
  const regions = await loadRegions();
  const records = (await getDeklarasi()).map((r) => ({
    ...r.data,
    nama_wilayah: placeOf(r, regions).name,
    kode_provinsi: r.data.wilayah ? provinceOf(r.data.wilayah) : null,
    provinsi: provinceName(r, regions),
    url: absoluteUrl(routes.deklarasi(r.id)),
  }));
  const body = {
    judul: 'Deklarasi netralitas ASN',
    jumlah: records.length,
    dibuat: generatedOn(),
    catatan: NOT_CENSUS,
    lisensi: LICENCE_JSON,
    sumber: absoluteUrl(routes.data()),
    skema: absoluteUrl('/data/deklarasi.schema.json'),
    data: records,
  };
  return new Response(JSON.stringify(body, null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
