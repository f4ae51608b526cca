// One flat row per figure (content/statistik), shared by statistik.csv, statistik.json's extra
// fields and the data package, so the counts always agree. Values are written as given.
import { stringify } from 'csv-stringify/sync';
import { METRIC_LABEL } from '../collections/statistik.ts';
import { spreadsheetSafe } from './export.ts';
import { cycleLabel, type Fig } from './statistik.ts';
import { provinceOf, regionName, type Regions } from './regions.ts';

/** What every copy of the figures says about itself (statistik.json, /data/). */
export const STAT_NOTE =
  'Setiap angka ditulis seperti disebut lembaga penerbitnya, per tanggal datanya, dengan sumbernya. Angka lembaga yang ' +
  'berbeda tidak dijumlahkan atau dirata-rata, dan persentase tidak diubah menjadi jumlah orang.';

/** Documented CSV columns, in order. The /data/ page renders this list. */
export const STAT_COLUMNS: { name: string; description: string; type?: 'integer' | 'number' | 'date' | 'boolean' }[] = [
  { name: 'id', description: 'ID tetap angka (tidak pernah berubah; juga jangkar di halaman statistik)' },
  {
    name: 'pemilihan',
    description: 'ID pemilihan (misalnya pilkada-2020), atau "lintas" untuk angka satu kurun waktu',
  },
  { name: 'pemilihan_nama', description: 'Nama pemilihan, misalnya "Pilkada 2020"' },
  { name: 'periode', description: 'Kurun waktu untuk angka "lintas", misalnya "2020–2023"' },
  {
    name: 'lembaga',
    description: 'Lembaga penerbit: KASN, BKN, Bawaslu, Kemendagri, KemenPANRB, Ombudsman, atau pemantau',
  },
  { name: 'lembaga_nama', description: 'Nama lembaga seperti disebut sumber (kantor daerah atau pemantau)' },
  {
    name: 'resmi',
    description: '"ya" untuk angka lembaga negara; "tidak" untuk pemantau masyarakat sipil',
    type: 'boolean',
  },
  {
    name: 'metrik',
    description:
      'Apa yang dihitung: dilaporkan, diteruskan, terbukti, tidak-terbukti, direkomendasikan, ditindaklanjuti-ppk, belum-ditindaklanjuti, dijatuhi-sanksi, diblokir, lainnya (definisinya di /statistik/)',
  },
  { name: 'metrik_nama', description: 'Nama ukuran, misalnya "Dijatuhi sanksi"' },
  { name: 'metrik_uraian', description: 'Uraian bila ukurannya lebih sempit atau "lainnya"' },
  { name: 'satuan', description: '"asn" (orang) atau "kasus" (laporan), seperti hitungan sumber' },
  {
    name: 'nilai',
    description: 'Angka seperti disebut sumber; kosong bila sumber hanya menyebut persentase',
    type: 'integer',
  },
  { name: 'persen', description: 'Persentase seperti disebut lembaga (tidak pernah dihitung ulang)', type: 'number' },
  { name: 'per_tanggal', description: 'Tanggal data, YYYY-MM-DD', type: 'date' },
  {
    name: 'presisi_per_tanggal',
    description:
      '"hari" (sumber menyebut tanggal data), "terbit" (tidak disebut; dipakai tanggal pernyataan atau terbit), atau "bulan" (hari ke-1)',
  },
  { name: 'cakupan', description: 'nasional, provinsi, wilayah (kabupaten/kota), atau instansi' },
  {
    name: 'kode_wilayah',
    description: 'Kode Kemendagri (NN atau NN.NN) untuk cakupan provinsi, wilayah, atau instansi daerah',
  },
  { name: 'wilayah', description: 'Nama wilayah menurut kode Kemendagri' },
  { name: 'kode_provinsi', description: 'Kode Kemendagri provinsi' },
  { name: 'provinsi', description: 'Nama provinsi' },
  { name: 'instansi', description: 'Nama instansi untuk cakupan instansi' },
  {
    name: 'rincian_dimensi',
    description:
      'Bila angka bagian dari pemilahan: jenis-pelanggaran, jabatan, tingkat-sanksi, instansi, jenis-kelamin, lainnya',
  },
  { name: 'rincian_kategori', description: 'Kategori rincian persis seperti disebut sumber' },
  {
    name: 'rincian_jabatan',
    description: 'Untuk rincian jabatan: jpt, administrator, pengawas, fungsional, pelaksana, kepala-wilayah, lainnya',
  },
  {
    name: 'rincian_tingkat_sanksi',
    description: 'Untuk rincian tingkat sanksi: moral, ringan, sedang, berat, lainnya',
  },
  { name: 'rincian_larangan', description: 'ID larangan yang cocok dengan jenis pelanggaran, dipisah titik koma' },
  { name: 'disampaikan_oleh', description: 'Nama (jabatan) yang menyampaikan angka, seperti tercetak' },
  { name: 'kutipan', description: 'Kutipan singkat yang memuat angka itu' },
  { name: 'catatan', description: 'Perbedaan dengan angka lain dan alasannya, bila sumber menyebutkannya' },
  { name: 'sumber_url', description: 'URL sumber, dipisah spasi' },
  { name: 'sumber_media', description: 'Nama media sumber, dipisah titik koma' },
  {
    name: 'sumber_judul',
    description: 'Judul sumber seperti terbit, dipisah " | " (kosong bila judul aslinya belum terbaca)',
  },
  { name: 'sumber_terbit', description: 'Tanggal terbit tiap sumber, dipisah titik koma' },
  { name: 'sumber_jenis', description: 'Jenis tiap sumber (resmi, berita, lainnya), dipisah titik koma' },
  { name: 'jumlah_sumber', description: 'Jumlah sumber yang dikutip', type: 'integer' },
  { name: 'diverifikasi', description: 'Tanggal angka diperiksa terhadap sumbernya, YYYY-MM-DD', type: 'date' },
  { name: 'catatan_verifikasi', description: 'Apa yang dibaca (salinan atau asli) dan perbedaan antarsumber' },
  { name: 'url', description: 'Alamat angka di situs ini (halaman dan jangkar)' },
];

/** Names of a figure's place: code, name, province code and name (empty for national figures). */
export function placeColumns(f: Fig, regions: Regions) {
  const w = f.data.wilayah;
  const prov = w ? provinceOf(w) : undefined;
  return {
    kode_wilayah: w ?? '',
    wilayah: w ? regionName(regions, w) : f.data.cakupan === 'nasional' ? 'Nasional' : '',
    kode_provinsi: prov ?? '',
    provinsi: prov ? regionName(regions, prov) : '',
  };
}

export function statRow(f: Fig, regions: Regions, url: string): Record<string, string> {
  const d = f.data;
  const r = d.rincian;
  return {
    id: f.id,
    pemilihan: d.pemilihan,
    pemilihan_nama: cycleLabel(d.pemilihan),
    periode: d.periode ?? '',
    lembaga: d.lembaga,
    lembaga_nama: d.lembaga_nama ?? '',
    resmi: d.resmi ? 'ya' : 'tidak',
    metrik: d.metrik,
    metrik_nama: METRIC_LABEL[d.metrik].label,
    metrik_uraian: d.metrik_uraian ?? '',
    satuan: d.satuan,
    nilai: d.nilai === undefined ? '' : String(d.nilai),
    persen: d.persen === undefined ? '' : String(d.persen),
    per_tanggal: d.per_tanggal,
    presisi_per_tanggal: d.presisi_per_tanggal,
    cakupan: d.cakupan,
    ...placeColumns(f, regions),
    instansi: d.instansi ?? '',
    rincian_dimensi: r?.dimensi ?? '',
    rincian_kategori: r?.kategori ?? '',
    rincian_jabatan: r?.jabatan ?? '',
    rincian_tingkat_sanksi: r?.tingkat_sanksi ?? '',
    rincian_larangan: r?.larangan.join('; ') ?? '',
    disampaikan_oleh: d.disampaikan_oleh ? `${d.disampaikan_oleh.nama} (${d.disampaikan_oleh.jabatan})` : '',
    kutipan: d.kutipan,
    catatan: d.catatan ?? '',
    sumber_url: d.sumber.map((s) => s.url).join(' '),
    sumber_media: d.sumber.map((s) => s.media).join('; '),
    sumber_judul: d.sumber.map((s) => s.judul ?? '').join(' | '),
    sumber_terbit: d.sumber.map((s) => s.terbit ?? '').join('; '),
    sumber_jenis: d.sumber.map((s) => s.jenis).join('; '),
    jumlah_sumber: String(d.sumber.length),
    diverifikasi: d.diverifikasi,
    catatan_verifikasi: d.catatan_verifikasi,
    url,
  };
}

/** RFC 4180 CSV (header row, CRLF line ends, quoting where needed). */
export const toStatCsv = (rows: Record<string, string>[]) =>
  stringify(rows, { header: true, columns: STAT_COLUMNS.map((c) => c.name), record_delimiter: '\r\n' });

/** The spreadsheet-safe variant (statistik-spreadsheet.csv), like deklarasi-spreadsheet.csv: a BOM, codes as ="73.71". */
export const toStatSpreadsheetCsv = spreadsheetSafe(toStatCsv);
