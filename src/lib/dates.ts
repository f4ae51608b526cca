// Indonesian date formatting: "Kamis, 17 Oktober 2024". Dates are calendar days (no time zone),
// so they are formatted in UTC to avoid shifting a day.
const long = new Intl.DateTimeFormat('id-ID', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const noWeekday = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthYear = new Intl.DateTimeFormat('id-ID', { month: 'long', year: 'numeric', timeZone: 'UTC' });

export function parseIsoDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
}

// Intl formatting costs ~5 µs a call and a build formats the same few thousand days over and over
// (record, table, region and source dates at 10,000 records), so each text is made once.
const memo = (format: Intl.DateTimeFormat) => {
  const seen = new Map<string, string>();
  return (iso: string) => {
    let text = seen.get(iso);
    if (text === undefined) seen.set(iso, (text = format.format(parseIsoDate(iso))));
    return text;
  };
};
/** "Kamis, 17 Oktober 2024" */
export const formatDate = memo(long);
/** "17 Oktober 2024" */
export const formatDateShort = memo(noWeekday);
/** "Oktober 2024" for "2024-10" or a full date */
export const formatMonth = (isoOrMonth: string) =>
  monthYear.format(parseIsoDate(isoOrMonth.length === 7 ? `${isoOrMonth}-01` : isoOrMonth));
/** A record's date as precisely as it is known: "Kamis, 17 Oktober 2024", "Oktober 2024", "2024". */
export function formatRecordDate(iso: string, precision: 'hari' | 'perkiraan' | 'bulan' | 'tahun' = 'hari'): string {
  if (precision === 'tahun') return `${iso.slice(0, 4)} (tanggal dan bulan tidak diketahui)`;
  if (precision === 'bulan') return `${formatMonth(iso)} (tanggal tidak diketahui)`;
  return precision === 'perkiraan' ? `${formatDate(iso)} (perkiraan)` : formatDate(iso);
}

/** The machine-readable form of the same: YYYY, YYYY-MM or YYYY-MM-DD (valid in <time datetime>). */
export const recordDateAttr = (iso: string, precision: 'hari' | 'perkiraan' | 'bulan' | 'tahun' = 'hari') =>
  precision === 'tahun' ? iso.slice(0, 4) : precision === 'bulan' ? iso.slice(0, 7) : iso;

/** Weekday name in Indonesian for an ISO date. */
export const weekdayOf = (iso: string) => formatDate(iso).split(',')[0]!;

/** The newest `diverifikasi` of some entries (ISO dates compare as text), or undefined for none. */
export function newestVerified(entries: { data: { diverifikasi: string } }[]): string | undefined {
  let newest: string | undefined;
  for (const e of entries) if (newest === undefined || e.data.diverifikasi > newest) newest = e.data.diverifikasi;
  return newest;
}
