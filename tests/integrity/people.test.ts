// Who a rule is about. The checker (src/collections/subjek.ts) keeps each sanction within the levels a
// person's content/subjek entry lists; this file holds what must stay true whatever those lists say:
// a PNS-only sanction never appears for someone who is not a PNS, a gift that may be politik uang always
// shows its criminal route, and each kind of person the site promises an answer to has one.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../support/content.ts';

let c: Awaited<ReturnType<typeof loadContent>>;
beforeAll(async () => {
  c = await loadContent();
});
type Scenario = (typeof c.skenario)[number];
const first = (s: Scenario) => s.data.berlaku_untuk[0]!;

// Defined only by instruments that bind PNS: PP 42/2004 (sanksi moral) and PP 94/2021 (ringan, sedang,
// berat). A PPPK, a non-ASN worker, a village head or an election official cannot receive them as such.
const PNS_ONLY = ['moral', 'ringan', 'sedang', 'berat'];
// People who are PNS: the PNS page, and the Pj kepala daerah page (which covers Pj who are PNS).
const PNS_PERSONS = ['pns', 'pj-kepala-daerah'];

// Acts that may be politik uang, and the statute articles that carry its penalty.
const POLITIK_UANG_LARANGAN = ['uu10-politik-uang-pilkada', 'uu7-politik-uang-pemilu'];
const POLITIK_UANG_ARTICLES = [
  'uu-10-2016#pasal-187a-ayat-1',
  'uu-7-2017#pasal-515',
  'uu-7-2017#pasal-523-ayat-3',
  'uu-7-2017#pasal-523-ayat-1',
  'uu-7-2017#pasal-523-ayat-2',
];
const isGift = (s: Scenario) =>
  s.data.topik === 'pemberian-barang' ||
  s.data.larangan.some((l) => POLITIK_UANG_LARANGAN.includes(l)) ||
  /sembako|bingkisan|amplop|politik uang|serangan fajar/i.test(s.data.pertanyaan);

// The questions the site promises a sourced answer to (issue 10 and the legal brief).
const PERSONAS: [string, (s: Scenario) => boolean][] = [
  [
    'PNS yang ingin menjadi anggota DPRD',
    (s) => first(s) === 'pns' && s.data.topik === 'partai-dan-pencalonan' && /\bDPRD\b/.test(s.data.pertanyaan),
  ],
  [
    'PPPK yang ingin menjadi anggota DPRD',
    (s) => first(s) === 'pppk' && s.data.topik === 'partai-dan-pencalonan' && /\bDPRD\b/.test(s.data.pertanyaan),
  ],
  ['PPPK yang suami atau istrinya menjadi calon', (s) => first(s) === 'pppk' && /suami|istri/i.test(s.data.pertanyaan)],
  ['kepala desa', (s) => first(s) === 'kepala-desa'],
  ['PPPK paruh waktu', (s) => first(s) === 'pppk-paruh-waktu'],
  [
    'Pj kepala daerah yang ingin mencalonkan diri',
    (s) => first(s) === 'pj-kepala-daerah' && s.data.topik === 'partai-dan-pencalonan',
  ],
  [
    'ASN yang bertugas sebagai anggota KPPS',
    (s) => first(s) === 'penyelenggara-ad-hoc' && /KPPS/.test(s.data.pertanyaan),
  ],
  ['tenaga honorer pada 2024 (non-ASN)', (s) => first(s) === 'non-asn' && /2024/.test(s.data.pertanyaan)],
];

describe('people in scenarios and prohibited acts', () => {
  it('no scenario shows a PNS-only sanction for someone who is not a PNS', () => {
    const wrong: string[] = [];
    for (const s of c.skenario) {
      if (s.data.sanksi && PNS_ONLY.includes(s.data.sanksi) && !PNS_PERSONS.includes(first(s)))
        wrong.push(`${s.id}: sanksi ${s.data.sanksi} untuk ${first(s)}`);
      for (const x of s.data.sanksi_lain)
        if (PNS_ONLY.includes(x.tingkat) && !PNS_PERSONS.includes(x.subjek))
          wrong.push(`${s.id}: sanksi_lain ${x.tingkat} untuk ${x.subjek}`);
    }
    expect(wrong).toEqual([]);
  });

  it('a scenario about a non-ASN worker shows the contract sanction or a criminal one, never a civil-service level', () => {
    const nonAsn = c.skenario.filter((s) => first(s) === 'non-asn' && s.data.sanksi);
    expect(nonAsn.length).toBeGreaterThan(0);
    for (const s of nonAsn) expect(['kontrak', 'pidana'], s.id).toContain(s.data.sanksi);
  });

  it('no prohibited act gives a PNS-only sanction to someone who is not a PNS', () => {
    const wrong: string[] = [];
    for (const l of c.larangan) {
      const main = l.data.berlaku_untuk[0]!;
      if (PNS_ONLY.includes(l.data.sanksi.tingkat) && !PNS_PERSONS.includes(main))
        wrong.push(`${l.id}: sanksi ${l.data.sanksi.tingkat} untuk ${main}`);
      for (const x of l.data.sanksi_lain)
        if (PNS_ONLY.includes(x.tingkat) && !PNS_PERSONS.includes(x.subjek))
          wrong.push(`${l.id}: sanksi_lain ${x.tingkat} untuk ${x.subjek}`);
    }
    expect(wrong).toEqual([]);
  });

  it('every gift, sembako or politik-uang scenario that is not allowed shows the politik uang criminal route', () => {
    const gifts = c.skenario.filter((s) => isGift(s) && s.data.putusan === 'tidak-boleh');
    expect(gifts.length).toBeGreaterThanOrEqual(5);
    const missing = gifts
      .filter(
        (s) =>
          !s.data.jalur_pidana?.dasar.some((r) => POLITIK_UANG_ARTICLES.includes(`${r.regulasi}#${r.pasal ?? ''}`)),
      )
      .map((s) => s.id);
    expect(missing).toEqual([]);
  });

  for (const [persona, matches] of PERSONAS)
    it(`a scenario answers the question of: ${persona}`, () => {
      const found = c.skenario.filter(matches);
      expect(
        found.map((s) => s.id),
        persona,
      ).not.toEqual([]);
      for (const s of found)
        expect(
          s.data.dasar_hukum.some((r) => r.pasal),
          s.id,
        ).toBe(true);
    });

  it('each person the scenarios name has a page in content/subjek', () => {
    const ids = new Set(c.subjek.map((s) => s.id));
    for (const id of [
      'pns',
      'pppk',
      'pppk-paruh-waktu',
      'non-asn',
      'pj-kepala-daerah',
      'kepala-desa',
      'perangkat-desa',
      'penyelenggara-ad-hoc',
      'tni-polri',
    ])
      expect(ids, id).toContain(id);
    expect(c.subjek.find((s) => s.id === 'pppk')?.data.cltn).toBe(false);
    expect(c.subjek.find((s) => s.id === 'pppk-paruh-waktu')?.data.asn).toBe(true);
    expect(c.subjek.find((s) => s.id === 'non-asn')?.data.asn).toBe(false);
  });
});
