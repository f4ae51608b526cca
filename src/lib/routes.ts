// Every content URL is built here (site paths without the base; pass them through withBase).
// Pages, scripts and tests use these, so a route changes in one place.

/** Sub-paths of /deklarasi/ that are pages, not records; no record id may take one. */
export const DEKLARASI_SUBPAGES = [
  'halaman',
  'provinsi',
  'wilayah',
  'linimasa',
  'peta',
  'perubahan',
  'nasional',
  'kualitas-data',
] as const;

/** Guides with their own short URL; everything else lives under /panduan/<id>/. */
export const GUIDE_ROUTES: Record<string, string> = { 'cara-melapor': '/lapor/' };

export const routes = {
  home: () => '/',
  search: () => '/cari/',
  regulasiIndex: () => '/regulasi/',
  /** /regulasi/<id>/ or /regulasi/<id>/#<anchor> */
  regulasi: (id: string, anchor?: string) => `/regulasi/${id}/${anchor ? `#${anchor}` : ''}`,
  laranganIndex: () => '/larangan/',
  larangan: (id: string) => `/larangan/${id}/`,
  laranganGroup: (group: string) => `/larangan/#${group}`,
  ikrarIndex: () => '/ikrar/',
  ikrar: (id: string) => `/ikrar/${id}/`,
  ikrarPrint: (id: string) => `/ikrar/${id}/cetak/`,
  /** A handout under /cetak/. */
  printSheet: (name: string) => `/cetak/${name}/`,
  /** The footer stylesheet and QR code of a printable page (src/pages/cetak/kaki/). */
  printFooterCss: (slug: string) => `/cetak/kaki/${slug}.css`,
  printFooterQr: (slug: string) => `/cetak/kaki/${slug}.svg`,
  glosariumIndex: () => '/glosarium/',
  glosarium: (id: string) => `/glosarium/${id}/`,
  panduanIndex: () => '/panduan/',
  panduan: (id: string) => GUIDE_ROUTES[id] ?? `/panduan/${id}/`,
  checker: () => '/boleh-atau-tidak/',
  checkerTopic: (topic: string) => `/boleh-atau-tidak/${topic}/`,
  /** Where the pages of the checker that asks about the person first live. */
  checkerPerson: () => '/boleh-atau-tidak/saya/',
  /** The checker that asks about the person first: step 2 (situation) for one status … */
  checkerStatus: (status: string) => `/boleh-atau-tidak/saya/${status}/`,
  /** … and the answers for one status in one situation group (#<scenario id> for one answer). */
  checkerAnswers: (status: string, situation: string, id?: string) =>
    `/boleh-atau-tidak/saya/${status}/${situation}/${id ? `#${id}` : ''}`,
  /** … and those answers narrowed by one answer to a further question (bakal-calon, calon, pemilu, pilkada, sedang-cltn, tanpa-cltn). */
  checkerNarrowed: (status: string, situation: string, value: string) =>
    `/boleh-atau-tidak/saya/${status}/${situation}/${value}/`,
  skenario: (topic: string, id: string) => `/boleh-atau-tidak/${topic}/${id}/`,
  deklarasiIndex: () => '/deklarasi/',
  deklarasi: (id: string) => `/deklarasi/${id}/`,
  provinsi: (code: string) => `/deklarasi/provinsi/${code}/`,
  wilayah: (code: string) => `/deklarasi/wilayah/${code}/`,
  nasional: () => '/deklarasi/nasional/',
  pemilihanIndex: () => '/pemilihan/',
  pemilihan: (id: string) => `/pemilihan/${id}/`,
  subjekIndex: () => '/siapa-terikat/',
  subjek: (id: string) => `/siapa-terikat/${id}/`,
  pejabatIndex: () => '/pejabat/',
  pejabat: (id: string) => `/pejabat/${id}/`,
  statistikIndex: () => '/statistik/',
  statistik: (cycle: string) => `/statistik/${cycle}/`,
  /** One province's figures (province, regencies, offices) in one cycle. */
  statistikProvinsi: (cycle: string, code: string) => `/statistik/${cycle}/provinsi/${code}/`,
  statistikCetak: () => '/statistik/cetak/',
  statistikFeed: () => '/statistik/feed.xml',
  perubahan: () => '/perubahan/',
  sanksi: () => '/sanksi/',
  slidesIndex: () => '/presentasi/',
  /** Slides for one situation group of the larangan. */
  slidesGroup: (group: string) => `/presentasi/${group}/`,
  slidesRegulasi: (id: string) => `/presentasi/regulasi/${id}/`,
  printIndex: () => '/cetak/',
  lapor: () => '/lapor/',
  data: () => '/data/',
  provinceCsv: (code: string) => `/data/provinsi/${code}.csv`,
} as const;

/** Table page n of a paginated list at `path` (which ends in "/"): path itself, then path + "halaman/N/". */
export const tablePagePath = (path: string, n: number) => (n === 1 ? path : `${path}halaman/${n}/`);

/** The `[...page]` route parameter of table page n: none for the first page, "halaman/N" after. */
export const pageParam = (n: number) => (n === 1 ? undefined : `halaman/${n}`);

/** Path of a legal citation: /regulasi/<id>/#<anchor>. */
export const citationPath = (ref: { regulasi: string; pasal?: string | undefined }) =>
  routes.regulasi(ref.regulasi, ref.pasal);
