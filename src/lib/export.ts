// One flat row per declaration record, shared by CSV and JSON so counts always agree.
import { stringify } from 'csv-stringify/sync';
import type { Deklarasi } from '../collections/deklarasi.ts';
import { independentSources, organiserOnly, untitledSources } from './deklarasi.ts';
import { provinceOf, regionName, type Regions } from './regions.ts';
import { routes } from './routes.ts';
import { absoluteUrl } from './url.ts';

/** Documented CSV columns, in order. The /data/ page renders this list. */
export const CSV_COLUMNS: { name: string; description: string }[] = [
  { name: 'id', description: 'ID tetap rekaman (tidak pernah berubah)' },
  {
    name: 'kategori',
    description:
      '"ikrar" (ASN berikrar, berdeklarasi, atau menandatangani pakta) atau "terkait" (kegiatan tanpa ikrar)',
  },
  {
    name: 'tanggal',
    description: 'Tanggal acara, YYYY-MM-DD (untuk presisi bulan: hari ke-1; untuk presisi tahun: 1 Januari)',
  },
  {
    name: 'presisi_tanggal',
    description: '"hari" (pasti), "perkiraan", "bulan" (hanya bulan diketahui), atau "tahun"',
  },
  { name: 'waktu', description: 'Jam mulai HH:MM bila disebut sumber' },
  { name: 'zona_waktu', description: 'WIB, WITA, atau WIT' },
  { name: 'kode_wilayah', description: 'Kode Kemendagri wilayah (NN atau NN.NN); kosong untuk acara tingkat nasional' },
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
  {
    name: 'pejabat_id',
    description: 'ID pejabat (lihat pejabat.csv) untuk yang muncul di dua rekaman atau lebih, dipisah titik koma',
  },
  { name: 'penyelenggara', description: 'Penyelenggara, dipisah titik koma' },
  { name: 'lembaga_hadir', description: 'Lembaga yang hadir, dipisah titik koma' },
  { name: 'peserta', description: 'Kelompok peserta, dipisah titik koma' },
  { name: 'tempat', description: 'Tempat acara' },
  { name: 'ikrar', description: 'ID teks ikrar bila teksnya dimuat sumber' },
  { name: 'ikrar_jumlah_butir', description: 'Jumlah butir ikrar bila disebut' },
  { name: 'sumber_url', description: 'URL sumber, dipisah spasi' },
  { name: 'sumber_media', description: 'Nama media sumber, dipisah titik koma' },
  { name: 'sumber_jenis', description: 'Jenis tiap sumber (resmi, berita, lainnya), dipisah titik koma' },
  { name: 'jumlah_sumber_independen', description: 'Jumlah media berbeda yang mengonfirmasi rekaman' },
  {
    name: 'hanya_sumber_penyelenggara',
    description: '"ya" bila semua sumber adalah situs penyelenggara acara sendiri',
  },
  {
    name: 'judul_sumber_belum_terbaca',
    description: 'Jumlah sumber yang judul aslinya belum terlihat pada salinan yang dibaca',
  },
  { name: 'induk', description: 'ID rekaman acara yang ditindaklanjuti acara ini, bila sumber menyebutnya' },
  { name: 'diverifikasi', description: 'Tanggal verifikasi terhadap sumber, YYYY-MM-DD' },
  { name: 'url', description: 'Alamat lengkap halaman rekaman di situs ini' },
];

export function toRow(r: { id: string; data: Deklarasi }, regions: Regions, pagePath: string): Record<string, string> {
  const d = r.data;
  const prov = d.wilayah ? provinceOf(d.wilayah) : undefined;
  return {
    id: r.id,
    kategori: d.kategori,
    tanggal: d.tanggal,
    presisi_tanggal: d.presisi_tanggal,
    waktu: d.waktu ?? '',
    zona_waktu: d.zona_waktu ?? '',
    kode_wilayah: d.wilayah ?? '',
    wilayah: d.wilayah ? regionName(regions, d.wilayah) : 'Nasional',
    kode_provinsi: prov ?? '',
    provinsi: prov ? regionName(regions, prov) : 'Nasional',
    unit: d.unit ?? '',
    tingkat: d.tingkat,
    jenis_kegiatan: d.jenis_kegiatan.join('; '),
    pemilihan: d.pemilihan.join('; '),
    judul: d.judul,
    ringkasan: d.ringkasan,
    pejabat: d.pejabat.map((p) => `${p.nama} (${p.jabatan})`).join('; '),
    pejabat_id: d.pejabat.flatMap((p) => p.orang ?? []).join('; '),
    penyelenggara: d.penyelenggara.join('; '),
    lembaga_hadir: d.lembaga_hadir.join('; '),
    peserta: d.peserta.join('; '),
    tempat: d.tempat ?? '',
    ikrar: d.ikrar ?? '',
    ikrar_jumlah_butir: d.ikrar_jumlah_butir ? String(d.ikrar_jumlah_butir) : '',
    sumber_url: d.sumber.map((s) => s.url).join(' '),
    sumber_media: d.sumber.map((s) => s.media).join('; '),
    sumber_jenis: d.sumber.map((s) => s.jenis).join('; '),
    jumlah_sumber_independen: String(independentSources(r)),
    hanya_sumber_penyelenggara: organiserOnly(r) ? 'ya' : 'tidak',
    judul_sumber_belum_terbaca: String(untitledSources(r).length),
    induk: d.induk ?? '',
    diverifikasi: d.diverifikasi,
    url: pagePath,
  };
}

// One row and one CSV line per record and build: deklarasi.csv, its spreadsheet twin and the
// per-province files all use them (at 10,000 records the province files then cost ~0.05 s, not
// ~0.4 s). Keyed by the objects themselves, so `astro dev`, which reads fresh entries, never sees
// a stale row.
const rowMemo = new WeakMap<object, Record<string, string>>();
const lineMemo = new WeakMap<object, string>();
const CSV_OPTIONS = { columns: CSV_COLUMNS.map((c) => c.name), record_delimiter: '\r\n' };
const CSV_HEADER = stringify([], { ...CSV_OPTIONS, header: true });

/** toRow with the record's page URL, made once per record. */
export function recordRow(r: { id: string; data: Deklarasi }, regions: Regions): Record<string, string> {
  let row = rowMemo.get(r);
  if (!row) {
    row = toRow(r, regions, absoluteUrl(routes.deklarasi(r.id)));
    rowMemo.set(r, row);
  }
  return row;
}

function csvLine(row: Record<string, string>): string {
  let line = lineMemo.get(row);
  if (line === undefined) {
    line = stringify([row], CSV_OPTIONS);
    lineMemo.set(row, line);
  }
  return line;
}

/** RFC 4180 CSV (header row, CRLF line ends, quoting where needed) of rows made by toRow. */
export const toCsv = (rows: Record<string, string>[]) => CSV_HEADER + rows.map(csvLine).join('');

/** Columns of pejabat.csv: one row per role of an official in a record (officials in two or more records). */
export const PEOPLE_COLUMNS: { name: string; description: string }[] = [
  { name: 'pejabat_id', description: 'ID tetap pejabat' },
  { name: 'nama', description: 'Nama pejabat (tanpa gelar)' },
  { name: 'tanggal', description: 'Tanggal acara, YYYY-MM-DD' },
  { name: 'jabatan', description: 'Jabatan seperti tercetak di sumber' },
  { name: 'wilayah', description: 'Wilayah rekaman' },
  { name: 'deklarasi_id', description: 'ID rekaman deklarasi' },
];

export function peopleRows(
  people: { id: string; data: { nama: string } }[],
  roles: (id: string) => { tanggal: string; jabatan: string; place: string; id: string }[],
): Record<string, string>[] {
  return people.flatMap((p) =>
    roles(p.id).map((r) => ({
      pejabat_id: p.id,
      nama: p.data.nama,
      tanggal: r.tanggal,
      jabatan: r.jabatan,
      wilayah: r.place,
      deklarasi_id: r.id,
    })),
  );
}

export const toPeopleCsv = (rows: Record<string, string>[]) =>
  stringify(rows, { header: true, columns: PEOPLE_COLUMNS.map((c) => c.name), record_delimiter: '\r\n' });
/** Columns a spreadsheet would turn into numbers ("18.10" → 18.1): Kemendagri codes. */
export const CODE_COLUMNS = ['kode_wilayah', 'kode_provinsi'] as const;

/**
 * The spreadsheet-safe variant (deklarasi-spreadsheet.csv): a UTF-8 byte order mark so Excel reads
 * the names right, and every code written as the formula ="18.10", which Excel, LibreOffice and
 * Google Sheets show as the text 18.10. For programs, deklarasi.csv stays the clean file.
 */
export const spreadsheetSafe =
  (csv: (rows: Record<string, string>[]) => string) =>
  (rows: Record<string, string>[]): string =>
    '\uFEFF' + csv(rows.map((r) => ({ ...r, ...Object.fromEntries(CODE_COLUMNS.map((c) => [c, `="${r[c]}"`])) })));
export const toSpreadsheetCsv = spreadsheetSafe(toCsv);
