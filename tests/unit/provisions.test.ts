// Citation queries answered from the provision index (src/lib/provisions.ts).
import { describe, expect, it } from 'vitest';
import { CITATION, matchProvisions, normCitation, shorten, type ProvisionHit } from '../../src/lib/provisions.ts';
import { provisionIndex } from '../../src/lib/provision-index.ts';
import { loadContent } from '../support/content.ts';
import { routes } from '../../src/lib/routes.ts';

const hit = (regulasi: string, label: string): ProvisionHit => ({
  label,
  regulasi,
  status: 'Berlaku',
  href: `/regulasi/x/#${normCitation(label).replace(/ /g, '-')}`,
  inti: 'i',
});
const INDEX = [
  hit('PP 94/2021', 'Pasal 5 huruf n'),
  hit('PP 94/2021', 'Pasal 5 huruf n angka 1'),
  hit('PP 94/2021', 'Pasal 50'),
  hit('UU 5/2014', 'Pasal 9 ayat (2)'),
  hit('UU 20/2023', 'Pasal 9 ayat (2)'),
];

describe('citation queries', () => {
  it('recognises citations and normalises brackets and spaces', () => {
    expect(CITATION.exec('apa isi pasal 9 ayat (2)?')?.[0]).toBe('pasal 9 ayat (2)');
    expect(CITATION.test('media sosial')).toBe(false);
    expect(normCitation('Pasal 9  ayat (2)')).toBe('pasal 9 ayat 2');
  });
  it('finds the provision and the ones below it, never a longer number', () => {
    expect(matchProvisions('pasal 5 huruf n', INDEX).map((h) => h.label)).toEqual([
      'Pasal 5 huruf n',
      'Pasal 5 huruf n angka 1',
    ]);
    expect(matchProvisions('Pasal 5', INDEX).map((h) => h.label)).toEqual([
      'Pasal 5 huruf n',
      'Pasal 5 huruf n angka 1',
    ]);
    expect(matchProvisions('pasal 9 ayat 2', INDEX).map((h) => h.regulasi)).toEqual(['UU 5/2014', 'UU 20/2023']);
    expect(matchProvisions('pasal 7', INDEX)).toEqual([]);
    expect(matchProvisions('spanduk', INDEX)).toEqual([]);
  });
  it('other words narrow the instruments when they match one, and are ignored when they match none', () => {
    expect(matchProvisions('uu 20 2023 pasal 9 ayat 2', INDEX).map((h) => h.regulasi)).toEqual(['UU 20/2023']);
    expect(matchProvisions('pasal 9 ayat 2 tentang asn', INDEX)).toHaveLength(2);
  });
  it('shortens on a word boundary', () => {
    expect(shorten('satu dua tiga', 100)).toBe('satu dua tiga');
    expect(shorten('satu dua tiga empat', 12)).toBe('satu dua…');
  });
});

describe('provision index of the real content', () => {
  it('has every provision of every regulation, linked to its anchor', async () => {
    const c = await loadContent();
    const idx = provisionIndex(c.regulasi);
    expect(idx).toHaveLength(c.regulasi.reduce((n, r) => n + r.data.pasal.length, 0));
    for (const r of c.regulasi)
      for (const p of r.data.pasal) expect(idx.map((h) => h.href)).toContain(routes.regulasi(r.id, p.anchor));
    expect(idx.every((h) => h.inti.length <= 161)).toBe(true);
  });
});
