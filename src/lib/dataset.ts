// What every copy of the declarations data says about itself: licence, generation date and the
// limits of the collection. Shared by /data/, the table pages, deklarasi.json and datapackage.json.

export const DATA_LICENSE = {
  id: 'CC-BY-4.0',
  title: 'Creative Commons Atribusi 4.0 Internasional (CC BY 4.0)',
  url: 'https://creativecommons.org/licenses/by/4.0/deed.id',
  attribution: 'Rambu Netralitas ASN',
} as const;

/** The licence as the JSON exports state it (field names in Indonesian, like the rest of each file). */
export const LICENCE_JSON = {
  nama: DATA_LICENSE.title,
  id: DATA_LICENSE.id,
  url: DATA_LICENSE.url,
  atribusi: DATA_LICENSE.attribution,
} as const;

/** Not a census: a count is what was found and verified, never how many events took place. */
export const NOT_CENSUS_LEAD = 'Basis data ini bukan sensus.';
export const NOT_CENSUS_BODY =
  'Isinya acara yang kami temukan dalam pemberitaan dan sumber resmi lalu kami verifikasi; banyak deklarasi tidak ' +
  'diberitakan atau belum kami temukan. Setiap angka adalah jumlah catatan terverifikasi, bukan jumlah acara yang ' +
  'terjadi: tulis "setidaknya 7 acara tercatat", bukan "7 daerah menggelar deklarasi".';
export const NOT_CENSUS = `${NOT_CENSUS_LEAD} ${NOT_CENSUS_BODY}`;

/** The build date (YYYY-MM-DD, UTC): when the data files were generated. */
export const generatedOn = (now: Date = new Date()) => now.toISOString().slice(0, 10);
