import type { APIRoute } from 'astro';
import { getStatistik } from '../../lib/content.ts';
import { loadRegions } from '../../lib/regions.ts';
import { STAT_NOTE, placeColumns } from '../../lib/statistik-export.ts';
import { figurePath } from '../../lib/statistik.ts';
import { absoluteUrl } from '../../lib/url.ts';
import { LICENCE_JSON, generatedOn } from '../../lib/dataset.ts';
import { routes } from '../../lib/routes.ts';

// The figures as validated (defaults applied), plus the place names and the figure's address.
export const GET: APIRoute = async () => {
  const regions = await loadRegions();
  const data = (await getStatistik()).map((f) => {
    const p = placeColumns(f, regions);
    return {
      id: f.id,
      ...f.data,
      nama_wilayah: p.wilayah || null,
      kode_provinsi: p.kode_provinsi || null,
      provinsi: p.provinsi || null,
      url: absoluteUrl(figurePath(f)),
    };
  });
  const body = {
    judul: 'Statistik pelanggaran netralitas ASN',
    jumlah: data.length,
    dibuat: generatedOn(),
    catatan: STAT_NOTE,
    lisensi: LICENCE_JSON,
    sumber: absoluteUrl(routes.statistikIndex()),
    skema: absoluteUrl('/data/statistik.schema.json'),
    data,
  };
  return new Response(JSON.stringify(body, null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
