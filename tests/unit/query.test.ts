// How a typed question becomes searches (src/lib/query.ts), the names pages are known by
// (src/lib/search-names.ts) and the synonym list as the search page receives it.
import { describe, expect, it } from 'vitest';
import {
  alternativeWeight,
  candidates,
  concepts,
  correctTerms,
  editDistance,
  nameMatch,
  normalize,
  parseQuery,
  rankByConcepts,
  synonymKey,
  titleCoverage,
  type SynonymGroup,
} from '../../src/lib/query.ts';
import { abbreviations, regulationNames, withParenthesis } from '../../src/lib/search-names.ts';
import { loadContent } from '../support/content.ts';

const GROUPS: SynonymGroup[] = [
  { kata: ['menyukai', 'like', 'suka', 'jempol'], termasuk: [] },
  { kata: ['simbol tangan', 'pose jari', 'salam jari', 'gaya jari'], termasuk: [] },
  { kata: ['asn', 'aparatur sipil negara'], termasuk: ['pns', 'pppk'] },
  { kata: ['masa tenang', 'minggu tenang'], termasuk: [] },
  { kata: ['pppk', 'p3k', 'pegawai pemerintah dengan perjanjian kerja'], termasuk: [] },
];

describe('questions, not keywords', () => {
  it('drops question and filler words, and keeps a query made only of them', () => {
    expect(parseQuery('Saya PPPK, boleh like postingan calon bupati?')).toEqual({
      terms: ['pppk', 'like', 'postingan', 'calon', 'bupati'],
      dropped: ['saya', 'boleh'],
    });
    expect(parseQuery('apa itu').terms).toEqual(['apa', 'itu']);
  });

  it('normalises case, accents and punctuation, keeping numbers like 94/2021', () => {
    expect(normalize('“PP 94/2021”, Pasal 5!')).toBe('pp 94/2021 pasal 5');
    expect(normalize('Kécamatan  se-Bengkulu.')).toBe('kecamatan se-bengkulu');
  });

  it('turns terms into concepts: the longest synonym phrase first, with its group', () => {
    const cs = concepts(['foto', 'gaya', 'jari', 'like'], GROUPS);
    expect(cs.map((c) => c.asked)).toEqual(['foto', 'gaya jari', 'like']);
    expect(cs[1]!.alternatives).toEqual(['gaya jari', 'simbol tangan', 'pose jari', 'salam jari']);
    expect(cs[2]!.alternatives).toContain('menyukai');
    expect(cs[0]!.alternatives).toEqual(['foto']);
  });

  it('expands a wider word one way only (ASN → PNS, PPPK; PPPK does not bring ASN)', () => {
    const [asn] = concepts(['asn'], GROUPS);
    expect(asn!.narrower).toEqual(['pns', 'pppk']);
    const [pppk] = concepts(['pppk'], GROUPS);
    expect(pppk!.alternatives).not.toContain('asn');
    expect(pppk!.narrower).toEqual([]);
    expect(alternativeWeight(asn!, 'asn')).toBeGreaterThan(alternativeWeight(asn!, 'aparatur sipil negara'));
    expect(alternativeWeight(asn!, 'aparatur sipil negara')).toBeLessThan(alternativeWeight(asn!, 'pns'));
  });

  it('looks synonyms up without filler words ("pegawai pemerintah dengan perjanjian kerja")', () => {
    expect(synonymKey('Pegawai Pemerintah dengan Perjanjian Kerja')).toBe('pegawai pemerintah perjanjian kerja');
    const terms = parseQuery('pegawai pemerintah dengan perjanjian kerja').terms;
    expect(concepts(terms, GROUPS)[0]!.alternatives).toContain('p3k');
  });
});

describe('typos', () => {
  it('edit distance counts a swap of neighbours as one', () => {
    expect(editDistance('spnaduk', 'spanduk')).toBe(1);
    expect(editDistance('kampamye', 'kampanye')).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
  });

  it('corrects only words of four letters or more, never numbers, to the closest and most frequent word', () => {
    const vocab = ['kampanye', 'tenaga', 'tenang', 'netralitas'];
    expect(candidates('kampamye', vocab)).toEqual(['kampanye']);
    expect(candidates('tenag', vocab)).toEqual(['tenaga', 'tenang']);
    expect(candidates('ig', vocab)).toEqual([]);
    expect(candidates('2024', vocab)).toEqual([]);
    expect(candidates('netralits', vocab)).toEqual(['netralitas']);
  });

  it('prefers the correction that completes a phrase of the synonym list ("masa tenag")', () => {
    const fixed = correctTerms(['masa', 'tenag'], new Set(['tenag']), ['tenaga', 'tenang', 'masa'], GROUPS);
    expect(fixed.terms).toEqual(['masa', 'tenang']);
    expect([...fixed.corrections]).toEqual([['tenag', 'tenang']]);
    // A synonym is never "corrected".
    expect(correctTerms(['jempol'], new Set(['jempol']), ['tempo'], GROUPS).terms).toEqual(['jempol']);
  });
});

describe('ranking', () => {
  it('puts pages that match more concepts first, then the higher score sum', () => {
    const ranked = rankByConcepts([
      new Map([
        ['a', 1],
        ['b', 5],
      ]),
      new Map([['a', 1]]),
      new Map([['c', 9]]),
    ]);
    expect(ranked.map((r) => r.id)).toEqual(['a', 'c', 'b']);
    expect(ranked[0]!.matched).toBe(2);
  });

  it('counts the concepts a title covers, parts of joined words included', () => {
    const cs = concepts(['nonton', 'debat', 'bengkulu'], [{ kata: ['menonton', 'nonton'], termasuk: [] }]);
    expect(titleCoverage('Bolehkah saya menonton siaran debat?', cs)).toBe(2);
    expect(titleCoverage('Pakta integritas se-Bengkulu', cs)).toBe(1);
  });

  it('matches names: the query itself, a name holding every word, place words left out', () => {
    expect(nameMatch('PPPK|Pegawai Pemerintah dengan Perjanjian Kerja', ['pppk'])).toBe(2);
    expect(nameMatch('PP 49/2018|PP Manajemen PPPK', ['pppk'])).toBe(1);
    expect(nameMatch('Atribut partai', ['kampanye'])).toBe(0);
    expect(nameMatch('Daerah Istimewa Yogyakarta|jogja', ['deklarasi', 'jogja'], new Set(['deklarasi']))).toBe(2);
    expect(nameMatch('Daerah Istimewa Yogyakarta|jogja', ['deklarasi', 'jogja'])).toBe(0);
  });
});

describe('names pages are known by', () => {
  it('splits a parenthesis into its parts', () => {
    expect(withParenthesis('SKB (Keputusan Bersama)')).toEqual(['SKB (Keputusan Bersama)', 'SKB', 'Keputusan Bersama']);
  });

  it('gives instruments their everyday names from the glossary long forms ("UU ASN", "PP Disiplin PNS")', async () => {
    const c = await loadContent();
    const abbr = abbreviations(c.glosarium);
    const names = (id: string) => regulationNames(c.regulasi.find((r) => r.id === id)!.data, abbr);
    expect(names('uu-20-2023')).toEqual(expect.arrayContaining(['UU 20/2023', 'UU 20 Tahun 2023', 'UU ASN']));
    expect(names('pp-94-2021')).toContain('PP Disiplin PNS');
    expect(names('pp-49-2018')).toContain('PP Manajemen PPPK');
  });
});
