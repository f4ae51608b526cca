// One flat row per declaration record, shared by CSV and JSON so counts always agree.
import { stringify } from 'csv-stringify/sync';
import type { Deklarasi } from '../collections/deklarasi.ts';
import { provinceOf, regionName, type Regions } from './regions.ts';

/** Documented CSV columns, in order. The /data/ page renders this list. */
export const CSV_COLUMNS: { name: string; description: string }[] = [
  { name: 'id', description: 'ID tetap rekaman (tidak pernah berubah)' },
  { name: 'tanggal', description: 'Tanggal acara, YYYY-MM-DD' },
  { name: 'presisi_tanggal', description: '"hari" (pasti) atau "perkiraan"' },
  { name: 'waktu', description: 'Jam mulai HH:MM bila disebut sumber' },
  { name: 'zona_waktu', description: 'WIB, WITA, atau WIT' },
  { name: 'kode_wilayah', description: 'Kode Kemendagri wilayah (NN atau NN.NN)' },
  { name: 'wilayah', description: 'Nama wilayah menurut kode Kemendagri' },
  { name: 'kode_provinsi', description: 'Kode Kemendagri provinsi' },
  { name: 'provinsi', description: 'Nama provinsi' },
  { name: 'unit', description: 'Kantor di bawah/di samping wilayah (kecamatan, OPD, kanwil)' },
  { name: 'tingkat', description: 'nasional, provinsi, kabupaten, kota, kecamatan, opd, instansi-vertikal' },
  { name: 'jenis_kegiatan', description: 'Jenis kegiatan, dipisah titik koma' },
  { name: 'pemilihan', description: 'Pemilihan yang dituju, dipisah titik koma' },
  { name: 'judul', description: 'Judul singkat (kata-kata redaksi)' },
  { name: 'ringkasan', description: 'Ringkasan (kata-kata redaksi)' },
  { name: 'pejabat', description: 'Nama (jabatan), dipisah titik koma' },
  { name: 'penyelenggara', description: 'Penyelenggara, dipisah titik koma' },
  { name: 'lembaga_hadir', description: 'Lembaga yang hadir, dipisah titik koma' },
  { name: 'peserta', description: 'Kelompok peserta, dipisah titik koma' },
  { name: 'tempat', description: 'Tempat acara' },
  { name: 'ikrar', description: 'ID teks ikrar bila teksnya dimuat sumber' },
  { name: 'ikrar_jumlah_butir', description: 'Jumlah butir ikrar bila disebut' },
  { name: 'sumber_url', description: 'URL sumber, dipisah spasi' },
  { name: 'sumber_media', description: 'Nama media sumber, dipisah titik koma' },
  { name: 'diverifikasi', description: 'Tanggal verifikasi terhadap sumber, YYYY-MM-DD' },
  { name: 'url', description: 'Alamat halaman rekaman di situs ini' },
];

export function toRow(r: { id: string; data: Deklarasi }, regions: Regions, pagePath: string): Record<string, string> {
  const d = r.data;
  const prov = provinceOf(d.wilayah);
  return {
    id: r.id,
    tanggal: d.tanggal,
    presisi_tanggal: d.presisi_tanggal,
    waktu: d.waktu ?? '',
    zona_waktu: d.zona_waktu ?? '',
    kode_wilayah: d.wilayah,
    wilayah: regionName(regions, d.wilayah),
    kode_provinsi: prov,
    provinsi: regionName(regions, prov),
    unit: d.unit ?? '',
    tingkat: d.tingkat,
    jenis_kegiatan: d.jenis_kegiatan.join('; '),
    pemilihan: d.pemilihan.join('; '),
    judul: d.judul,
    ringkasan: d.ringkasan,
    pejabat: d.pejabat.map((p) => `${p.nama} (${p.jabatan})`).join('; '),
    penyelenggara: d.penyelenggara.join('; '),
    lembaga_hadir: d.lembaga_hadir.join('; '),
    peserta: d.peserta.join('; '),
    tempat: d.tempat ?? '',
    ikrar: d.ikrar ?? '',
    ikrar_jumlah_butir: d.ikrar_jumlah_butir ? String(d.ikrar_jumlah_butir) : '',
    sumber_url: d.sumber.map((s) => s.url).join(' '),
    sumber_media: d.sumber.map((s) => s.media).join('; '),
    diverifikasi: d.diverifikasi,
    url: pagePath,
  };
}

/** RFC 4180 CSV (header row, CRLF line ends, quoting where needed) of rows made by toRow. */
export const toCsv = (rows: Record<string, string>[]) =>
  stringify(rows, { header: true, columns: CSV_COLUMNS.map((c) => c.name), record_delimiter: '\r\n' });
