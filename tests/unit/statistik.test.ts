import { describe, expect, it } from 'vitest';
import { schema } from '../../src/collections/statistik.ts';
import {
  asOfText,
  breakdowns,
  byProvince,
  byRegency,
  chains,
  chartedChains,
  chartedSet,
  compareAgencies,
  countedStages,
  cyclesWithFigures,
  figurePath,
  figuresByLarangan,
  figuresOf,
  formatValue,
  latestCycle,
  lcFirst,
  measureText,
  provinceRelease,
  sourceCounts,
  stage,
  whenText,
  wrapLabel,
  type Fig,
} from '../../src/lib/statistik.ts';

const src = { media: 'M', judul: 'T', url: 'https://example.org/a', jenis: 'berita' };
let n = 0;
const fig = (extra: Record<string, unknown>): Fig => {
  const id = `f${++n}`;
  return {
    id,
    data: schema.parse({
      pemilihan: 'pilkada-2020',
      lembaga: 'KASN',
      metrik: 'dilaporkan',
      satuan: 'asn',
      nilai: 10,
      per_tanggal: '2020-11-26',
      cakupan: 'nasional',
      kutipan: 'K',
      sumber: [src],
      diverifikasi: '2026-12-04',
      catatan_verifikasi: 'C',
      ...extra,
    }),
  };
};

describe('chains per cycle, agency and as-of date', () => {
  const a1 = fig({ per_tanggal: '2020-06-26', nilai: 369 });
  const a2 = fig({ per_tanggal: '2020-06-26', metrik: 'direkomendasikan', nilai: 283 });
  const b1 = fig({ per_tanggal: '2020-12-19', nilai: 1305 });
  const b2 = fig({ per_tanggal: '2020-12-19', metrik: 'dijatuhi-sanksi', nilai: 635 });
  const b3 = fig({ per_tanggal: '2020-12-19', metrik: 'direkomendasikan', nilai: 872, persen: 66.8 });
  const k1 = fig({ lembaga: 'BKN', nilai: 1005 });
  const k2 = fig({ lembaga: 'BKN', metrik: 'dijatuhi-sanksi', nilai: 580 });
  const k3 = fig({ lembaga: 'BKN', metrik: 'lainnya', metrik_uraian: 'dibuka kembali', nilai: 8 });
  const q = fig({ lembaga: 'Kemendagri', metrik: 'ditindaklanjuti-ppk', persen: 86 });
  const regional = fig({ cakupan: 'provinsi', wilayah: '73', nilai: 5 });
  const part = fig({ rincian: { dimensi: 'jabatan', kategori: 'JPT', jabatan: 'jpt' }, persen: 30 });
  const other = fig({ pemilihan: 'pemilu-2024', nilai: 400 });
  const all = [b2, a1, k3, b1, a2, k1, k2, q, regional, part, other, b3];

  it('keeps every snapshot, national top-line figures only, ordered by cycle, date and agency', () => {
    const s = chains(all);
    expect(s.map((x) => [x.pemilihan, x.per_tanggal, x.lembaga])).toEqual([
      ['pilkada-2020', '2020-06-26', 'KASN'],
      ['pilkada-2020', '2020-11-26', 'BKN'],
      ['pilkada-2020', '2020-11-26', 'Kemendagri'],
      ['pilkada-2020', '2020-12-19', 'KASN'],
      ['pemilu-2024', '2020-11-26', 'KASN'],
    ]);
    expect(s[3]!.figures.map((f) => f.data.metrik)).toEqual(['dilaporkan', 'direkomendasikan', 'dijatuhi-sanksi']);
    expect(s.flatMap((x) => x.figures)).not.toContain(regional);
    expect(s.flatMap((x) => x.figures)).not.toContain(part);
  });

  it('charts, per agency, the snapshot with most counted stages, the latest on a tie', () => {
    const s = chains(all.filter((f) => f.data.pemilihan === 'pilkada-2020'));
    expect(countedStages(s[3]!)).toEqual(['dilaporkan', 'direkomendasikan', 'dijatuhi-sanksi']);
    const charted = chartedChains(s);
    expect(charted.map((x) => [x.lembaga, x.per_tanggal])).toEqual([
      ['KASN', '2020-12-19'],
      ['BKN', '2020-11-26'],
    ]);
    // Kemendagri gave only a percentage: nothing to chart.
    expect(charted.map((x) => x.lembaga)).not.toContain('Kemendagri');
  });

  it('charts a complete release of plain figures rather than a later one of sub-groups', () => {
    const full = [
      fig({ pemilihan: 'pemilu-2024', per_tanggal: '2024-04-25', nilai: 489 }),
      fig({ pemilihan: 'pemilu-2024', per_tanggal: '2024-04-25', metrik: 'terbukti', nilai: 378 }),
    ];
    const parts = [
      fig({ pemilihan: 'pemilu-2024', per_tanggal: '2024-06-12', nilai: 464 }),
      fig({
        pemilihan: 'pemilu-2024',
        per_tanggal: '2024-06-12',
        metrik: 'terbukti',
        nilai: 141,
        metrik_uraian: '2023',
      }),
      fig({
        pemilihan: 'pemilu-2024',
        per_tanggal: '2024-06-12',
        metrik: 'dijatuhi-sanksi',
        nilai: 98,
        metrik_uraian: '2023',
      }),
    ];
    expect(chartedChains(chains([...full, ...parts])).map((s) => s.per_tanggal)).toEqual(['2024-04-25']);
  });

  it('a stage prefers plain figures over qualified ones, and keeps two versions of the same figure', () => {
    const plain = fig({ per_tanggal: '2024-06-12', nilai: 464 });
    const sub = fig({ per_tanggal: '2024-06-12', nilai: 262, metrik_uraian: 'dilaporkan sepanjang 2023' });
    const v1 = fig({ per_tanggal: '2024-06-12', metrik: 'dijatuhi-sanksi', nilai: 94 });
    const v2 = fig({ per_tanggal: '2024-06-12', metrik: 'dijatuhi-sanksi', nilai: 194 });
    const [s] = chains([plain, sub, v1, v2]);
    expect(stage(s!, 'dilaporkan')).toEqual([plain]);
    expect(stage(s!, 'dijatuhi-sanksi')).toHaveLength(2);
    expect(stage(s!, 'terbukti')).toEqual([]);
  });
});

describe('agencies side by side', () => {
  it("shows each agency's latest figure per metric and never combines them", () => {
    const old = fig({ per_tanggal: '2020-09-30', metrik: 'dijatuhi-sanksi', nilai: 256 });
    const kasn = fig({ per_tanggal: '2024-02-06', metrik: 'dijatuhi-sanksi', nilai: 1450, persen: 90.8 });
    const bkn = fig({ lembaga: 'BKN', metrik: 'dijatuhi-sanksi', nilai: 580 });
    const bknRep = fig({ lembaga: 'BKN', nilai: 1005 });
    const watch = fig({ lembaga: 'pemantau', resmi: false, metrik: 'dijatuhi-sanksi', nilai: 9 });
    const c = compareAgencies([old, kasn, bkn, bknRep, watch]);
    expect(c.agencies).toEqual(['KASN', 'BKN']);
    expect(c.rows.map((r) => r.metrik)).toEqual(['dilaporkan', 'dijatuhi-sanksi']);
    const sanctioned = c.rows[1]!.cells;
    expect(sanctioned.map((x) => x?.figures)).toEqual([[kasn], [bkn]]);
    expect(sanctioned[0]!.per_tanggal).toBe('2024-02-06');
    expect(c.rows[0]!.cells[0]).toBeUndefined();
  });
});

describe('breakdowns', () => {
  const kind = (kategori: string, persen: number, larangan: string[] = []) =>
    fig({
      metrik: 'lainnya',
      metrik_uraian: 'porsi',
      nilai: undefined,
      persen,
      per_tanggal: '2022-05-31',
      rincian: { dimensi: 'jenis-pelanggaran', kategori, larangan },
    });
  const medsos = kind('media sosial', 30.4, ['a2-kampanye-medsos-bakal-calon', 'b2-kampanye-medsos-calon']);
  const kegiatan = kind('kegiatan keberpihakan', 22.4, ['b8-kegiatan-keberpihakan-dan-pemberian-barang']);
  const foto = kind('foto bersama', 12.6, ['b7-unggah-foto-bersama-calon']);
  const early = fig({
    per_tanggal: '2020-10-04',
    lembaga: 'Bawaslu',
    metrik: 'diteruskan',
    satuan: 'kasus',
    nilai: 284,
    rincian: { dimensi: 'jenis-pelanggaran', kategori: 'media sosial', larangan: ['b2-kampanye-medsos-calon'] },
  });
  const early2 = fig({
    per_tanggal: '2020-10-04',
    lembaga: 'Bawaslu',
    metrik: 'diteruskan',
    satuan: 'kasus',
    nilai: 104,
    rincian: { dimensi: 'jenis-pelanggaran', kategori: 'parpol', larangan: ['b3-mendekati-partai-tanpa-cltn'] },
  });
  const sulsel = fig({
    lembaga: 'Bawaslu',
    cakupan: 'provinsi',
    wilayah: '73',
    nilai: 7,
    satuan: 'kasus',
    rincian: { dimensi: 'jenis-pelanggaran', kategori: 'medsos', larangan: ['a2-kampanye-medsos-bakal-calon'] },
  });
  const jpt = fig({ nilai: undefined, persen: 15.7, rincian: { dimensi: 'jabatan', kategori: 'JPT', jabatan: 'jpt' } });
  const fung = fig({
    nilai: undefined,
    persen: 26.5,
    rincian: { dimensi: 'jabatan', kategori: 'fungsional', jabatan: 'fungsional' },
  });
  const berat = fig({
    metrik: 'dijatuhi-sanksi',
    nilai: 17,
    rincian: { dimensi: 'tingkat-sanksi', kategori: 'berat', tingkat_sanksi: 'berat' },
  });
  const moral = fig({
    metrik: 'dijatuhi-sanksi',
    nilai: 533,
    rincian: { dimensi: 'tingkat-sanksi', kategori: 'moral', tingkat_sanksi: 'moral' },
  });
  const all = [foto, sulsel, medsos, early, jpt, kegiatan, early2, fung, berat, moral];

  it('groups the parts one agency published together; national sets first, parts largest first', () => {
    const sets = breakdowns(all, 'jenis-pelanggaran');
    expect(sets.map((s) => [s.lembaga, s.per_tanggal, s.cakupan, s.persen, s.items.length])).toEqual([
      ['Bawaslu', '2020-10-04', 'nasional', false, 2],
      ['KASN', '2022-05-31', 'nasional', true, 3],
      ['Bawaslu', '2020-11-26', 'provinsi', false, 1],
    ]);
    expect(sets[1]!.items).toEqual([medsos, kegiatan, foto]);
    expect(chartedSet(sets)).toBe(sets[1]);
  });

  it('orders posts and sanction levels by the schema, not by size', () => {
    expect(breakdowns(all, 'jabatan')[0]!.items).toEqual([jpt, fung]);
    expect(breakdowns(all, 'tingkat-sanksi')[0]!.items).toEqual([moral, berat]);
  });

  it('counts figures per prohibited act', () => {
    const m = figuresByLarangan(all);
    expect(m.get('a2-kampanye-medsos-bakal-calon')).toEqual([sulsel, medsos]);
    expect(m.get('b2-kampanye-medsos-calon')).toEqual([medsos, early]);
    expect(m.get('b1-spanduk-baliho-calon')).toBeUndefined();
  });
});

describe('provinces and regencies', () => {
  const p = (wilayah: string, nilai: number, extra: Record<string, unknown> = {}) =>
    fig({
      lembaga: 'Bawaslu',
      satuan: 'kasus',
      per_tanggal: '2020-10-04',
      cakupan: 'provinsi',
      wilayah,
      nilai,
      ...extra,
    });
  const sultra = p('74', 92);
  const sulsel = p('73', 88);
  const malut = p('82', 88);
  const kasn = [p('33', 74, { lembaga: 'KASN' }), p('74', 90, { lembaga: 'KASN' })];
  const local = p('73', 125, { lembaga_nama: 'Bawaslu Provinsi Sulawesi Selatan', per_tanggal: '2020-11-18' });
  const regency = fig({ cakupan: 'wilayah', wilayah: '73.71', nilai: 5 });
  const office = fig({ cakupan: 'instansi', instansi: 'Pemkab Kediri', wilayah: '35.06', nilai: 21 });
  const all = [sulsel, local, malut, sultra, ...kasn, regency, office];

  it('ranks provinces only within one national release, never across agencies or dates', () => {
    const r = provinceRelease(all)!;
    expect([r.lembaga, r.per_tanggal, r.metrik, r.satuan]).toEqual(['Bawaslu', '2020-10-04', 'dilaporkan', 'kasus']);
    expect(r.items).toEqual([sultra, sulsel, malut]);
    expect(provinceRelease(kasn)).toBeUndefined();
  });

  it('groups figures by province and by regency, and finds one place’s own figures', () => {
    expect([...byProvince(all).keys()]).toEqual(['33', '35', '73', '74', '82']);
    expect(byProvince(all).get('73')).toEqual([sulsel, local, regency]);
    expect([...byRegency(all).keys()]).toEqual(['35.06', '73.71']);
    expect(figuresOf(all, '73')).toEqual([sulsel, local]);
  });

  it("links a figure to its province's page, or to the cycle page when it has no region", () => {
    expect(figurePath(regency)).toBe(`/statistik/pilkada-2020/provinsi/73/#${regency.id}`);
    expect(figurePath(office)).toBe(`/statistik/pilkada-2020/provinsi/35/#${office.id}`);
    const national = fig({});
    expect(figurePath(national)).toBe(`/statistik/pilkada-2020/#${national.id}`);
  });
});

describe('cycles, sources and wording', () => {
  it('lists cycles with figures in order, and the latest election with national figures', () => {
    const xs = [
      fig({ pemilihan: 'lintas', periode: '2020–2023' }),
      fig({ pemilihan: 'pilkada-2024', cakupan: 'provinsi', wilayah: '73' }),
      fig({ pemilihan: 'pemilu-2019' }),
      fig({ pemilihan: 'pemilu-2024' }),
    ];
    expect(cyclesWithFigures(xs)).toEqual(['pemilu-2019', 'pemilu-2024', 'pilkada-2024', 'lintas']);
    expect(latestCycle(xs)).toBe('pemilu-2024');
  });

  it('counts figures by number of sources', () => {
    const two = fig({ sumber: [src, { ...src, url: 'https://example.org/b' }] });
    expect([...sourceCounts([fig({}), two, fig({})])]).toEqual([
      [1, 2],
      [2, 1],
    ]);
  });

  it('writes values exactly as given, and the as-of date by its precision', () => {
    expect(formatValue(fig({ nilai: 1450, persen: 90.8 }).data)).toBe('1.450 ASN (90,8%)');
    expect(formatValue(fig({ nilai: 92, satuan: 'kasus' }).data)).toBe('92 kasus');
    expect(formatValue(fig({ nilai: undefined, persen: 30.4 }).data)).toBe('30,4%');
    expect(asOfText({ per_tanggal: '2020-11-26', presisi_per_tanggal: 'hari' })).toBe('per 26 November 2020');
    expect(asOfText({ per_tanggal: '2024-02-06', presisi_per_tanggal: 'terbit' })).toBe('disampaikan 6 Februari 2024');
    expect(asOfText({ per_tanggal: '2021-01-01', presisi_per_tanggal: 'bulan' })).toBe('per Januari 2021');
    expect(whenText({ per_tanggal: '2023-06-19', presisi_per_tanggal: 'terbit', periode: '2020–2023' })).toBe(
      'kurun 2020–2023, disampaikan 19 Juni 2023',
    );
  });

  it('names what a figure measures, and lowers only the first letter', () => {
    expect(measureText({ metrik: 'dijatuhi-sanksi' })).toBe('Dijatuhi sanksi');
    expect(measureText({ metrik: 'dilaporkan', metrik_uraian: 'laporan 2023' })).toBe('Dilaporkan — laporan 2023');
    expect(measureText({ metrik: 'lainnya', metrik_uraian: 'aduan yang ditolak' })).toBe('aduan yang ditolak');
    expect(lcFirst('Ditindaklanjuti PPK')).toBe('ditindaklanjuti PPK');
  });

  it('wraps chart labels at spaces', () => {
    expect(wrapLabel('kampanye atau sosialisasi di media sosial', 20)).toEqual([
      'kampanye atau',
      'sosialisasi di media',
      'sosial',
    ]);
    expect(wrapLabel('pendek', 20)).toEqual(['pendek']);
  });
});

describe('change log links', () => {
  it('links a corrected figure to its page when given a resolver, and lists it without a link otherwise', async () => {
    const { changeLinks } = await import('../../src/lib/changes.ts');
    const { schema: changeSchema } = await import('../../src/collections/perubahan.ts');
    const c = {
      id: 'k',
      data: changeSchema.parse({
        tanggal: '2026-12-04',
        jenis: 'koreksi',
        bidang: 'statistik',
        halaman: [{ koleksi: 'statistik', id: 'pilkada-2020-x' }],
        ringkasan: 'R',
      }),
    };
    expect(changeLinks(c)).toEqual([{ label: 'statistik/pilkada-2020-x', href: undefined }]);
    expect(changeLinks(c, { statistik: (id) => `/statistik/pilkada-2020/#${id}` })).toEqual([
      { label: 'statistik/pilkada-2020-x', href: '/statistik/pilkada-2020/#pilkada-2020-x' },
    ]);
  });
});
