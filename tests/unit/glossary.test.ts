import { describe, expect, it } from 'vitest';
import { buildMatcher, linkFirstUses } from '../../src/lib/glossary.ts';
import { routes } from '../../src/lib/routes.ts';

const m = buildMatcher([
  { id: 'asn', istilah: 'ASN', alias: ['aparatur sipil negara'], auto: true },
  { id: 'kampanye', istilah: 'kampanye', alias: [], auto: true },
  { id: 'pj', istilah: 'Pj', alias: ['penjabat'], auto: false },
]);
const href = (id: string) => routes.glosarium(id);

describe('glossary first-use links', () => {
  it('links only the first use of each term on a page', () => {
    const used = new Set<string>();
    const a = linkFirstUses('<p>ASN dilarang ikut kampanye. ASN lain juga.</p>', m, used, href);
    expect(a).toBe(
      '<p><a class="glossary-term" href="/glosarium/asn/">ASN</a> dilarang ikut <a class="glossary-term" href="/glosarium/kampanye/">kampanye</a>. ASN lain juga.</p>',
    );
    const b = linkFirstUses('<p>Kampanye dan ASN lagi.</p>', m, used, href);
    expect(b).toBe('<p>Kampanye dan ASN lagi.</p>');
  });
  it('matches ordinary words regardless of case but abbreviations exactly', () => {
    expect(linkFirstUses('Masa Kampanye', m, new Set(), href)).toContain('href="/glosarium/kampanye/">Kampanye</a>');
    expect(linkFirstUses('asn kecil', m, new Set(), href)).toBe('asn kecil');
  });
  it('never links inside an existing link, a word, or a term switched off', () => {
    expect(linkFirstUses('<a href="/x/">ASN</a> PASNA penjabat', m, new Set(), href)).toBe(
      '<a href="/x/">ASN</a> PASNA penjabat',
    );
  });
  it('skips the term of the page it is on', () => {
    expect(linkFirstUses('ASN adalah', m, new Set(), href, 'asn')).toBe('ASN adalah');
  });
  it('links a multi-word alias as one term', () => {
    expect(linkFirstUses('Aparatur Sipil Negara netral', m, new Set(), href)).toBe(
      '<a class="glossary-term" href="/glosarium/asn/">Aparatur Sipil Negara</a> netral',
    );
  });
});
