// What a page shows when it is shared or found through a web search: the kind of page (for its
// preview image), whether search engines may list it, and the preview images themselves. One
// rule decides which pages are listed: Base.astro marks the others noindex and astro.config.mjs
// leaves them out of the sitemap (tests/build/seo.test.ts checks both against the built site).

/** Kinds of page, each with its own preview image (/og/<kind>.png). */
export const PAGE_KINDS = {
  beranda: {
    label: 'Rambu Netralitas ASN',
    tagline: 'Apa yang boleh dan tidak boleh bagi ASN dalam Pemilu dan Pilkada',
  },
  skenario: { label: 'Boleh atau tidak?', tagline: 'Jawaban siap pakai untuk situasi sehari-hari ASN' },
  larangan: { label: 'Larangan', tagline: 'Perbuatan yang dilarang, dengan sanksi dan pasalnya' },
  sanksi: { label: 'Sanksi', tagline: 'Sanksi pelanggaran netralitas, dari sanksi moral sampai pemberhentian' },
  regulasi: { label: 'Regulasi', tagline: 'Peraturan netralitas ASN, status dan pasal-pasalnya' },
  deklarasi: { label: 'Deklarasi', tagline: 'Basis data deklarasi dan ikrar netralitas di daerah' },
  ikrar: { label: 'Ikrar', tagline: 'Teks ikrar netralitas ASN, siap dibacakan dan dicetak' },
  glosarium: { label: 'Glosarium', tagline: 'Istilah pemilu dan kepegawaian dengan bahasa sederhana' },
  panduan: { label: 'Panduan', tagline: 'Panduan untuk ASN, pelatih, dan jurnalis' },
  pelatih: { label: 'Bahan pelatihan', tagline: 'Kuis, presentasi, dan bahan cetak untuk penyuluhan' },
  data: { label: 'Data terbuka', tagline: 'Deklarasi netralitas ASN dalam CSV dan JSON' },
  cari: { label: 'Cari', tagline: 'Tanyakan dengan kata-kata sendiri' },
  umum: { label: 'Rambu Netralitas ASN', tagline: 'Basis pengetahuan netralitas ASN dalam Pemilu dan Pilkada' },
} as const;
export type PageKind = keyof typeof PAGE_KINDS;

/** Accent colour of each kind's image (on a dark ground, text in white). */
export const KIND_COLOUR: Record<PageKind, string> = {
  beranda: '#123a6b',
  skenario: '#14532d',
  larangan: '#7f1d1d',
  sanksi: '#7f1d1d',
  regulasi: '#123a6b',
  deklarasi: '#5c3b00',
  ikrar: '#5c3b00',
  glosarium: '#1b1f24',
  panduan: '#14532d',
  pelatih: '#14532d',
  data: '#1b1f24',
  cari: '#123a6b',
  umum: '#1b1f24',
};

const BY_SECTION: [RegExp, PageKind][] = [
  [/^\/$/, 'beranda'],
  [/^\/boleh-atau-tidak\//, 'skenario'],
  [/^\/larangan\//, 'larangan'],
  [/^\/sanksi\//, 'sanksi'],
  [/^\/regulasi\//, 'regulasi'],
  [/^\/(deklarasi|pemilihan|pejabat|statistik)\//, 'deklarasi'],
  [/^\/ikrar\//, 'ikrar'],
  [/^\/glosarium\//, 'glosarium'],
  [/^\/(panduan|lapor|siapa-terikat)\//, 'panduan'],
  [/^\/(kuis|presentasi|cetak|luring)\//, 'pelatih'],
  [/^\/data\//, 'data'],
  [/^\/cari\//, 'cari'],
];

/** The kind of a page from its site path (without the base). */
export const kindOf = (sitePath: string): PageKind => BY_SECTION.find(([re]) => re.test(sitePath))?.[1] ?? 'umum';

/**
 * Pages search engines should not list (and the sitemap leaves out): the 404 page, print-only
 * sheets (/cetak/<sheet>/, /ikrar/<id>/cetak/), the offline placeholder, and the sanction matrix in
 * other sort orders (the same table as /sanksi/). None of them is in the site's own search index
 * either (they pass no `search` to Base.astro).
 */
export function isIndexable(sitePath: string): boolean {
  return !(
    /^\/404(\.html|\/)?$/.test(sitePath) ||
    /^\/cetak\/[^/]+\/$/.test(sitePath) ||
    /^\/ikrar\/[^/]+\/cetak\/$/.test(sitePath) ||
    /^\/luring\/belum-tersimpan\/$/.test(sitePath) ||
    /^\/sanksi\/[^/]+\/$/.test(sitePath)
  );
}

/** Where a non-listed page points search engines instead (its canonical page), if anywhere. */
export const canonicalPath = (sitePath: string): string =>
  /^\/sanksi\/[^/]+\/$/.test(sitePath) ? '/sanksi/' : sitePath;

/** Longest description worth sending: X cuts card descriptions at 200 characters, web search sooner. */
export const DESCRIPTION_MAX = 200;

/**
 * A description for previews and web search: whole sentences up to `max` characters when at least
 * one fits well, else whole words and an ellipsis. The full text stays on the page; a long summary
 * repeated in three head tags cost ~1.4 KB on each of 10,000 record pages.
 */
export function shortDescription(text: string, max = DESCRIPTION_MAX): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const end = [...t.matchAll(/[.!?](?= |$)/g)].map((m) => m.index + 1).findLast((i) => i <= max);
  if (end && end >= max / 2) return t.slice(0, end);
  const cut = t.lastIndexOf(' ', max - 1);
  return `${t.slice(0, cut > max / 2 ? cut : max - 1).replace(/[\s,;:–—-]+$/, '')}…`;
}
