// The fixture site (tests/fixtures/content → dist-fixtures/) pins down rendering details
// that the real content may or may not exercise.
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST_FIXTURES, page, requireBuild } from '../support/dist.ts';

beforeAll(() => requireBuild(DIST_FIXTURES));

describe('MDX rendering (Astro 7 default processor, GFM built in)', () => {
  it('renders a GFM table', () => {
    const doc = page(DIST_FIXTURES, '/regulasi/uu-20-2023/');
    const cells = doc.querySelectorAll('.prose table td').map((td) => td.text.trim());
    expect(cells).toEqual(['sel-gfm-1', 'sel-gfm-2']);
  });
  it('renders a GFM footnote with a back-reference', () => {
    const doc = page(DIST_FIXTURES, '/regulasi/uu-20-2023/');
    expect(doc.querySelector('.prose sup a[href^="#"]')).toBeTruthy();
    expect(doc.querySelector('.prose .footnotes li')?.text).toContain('Isi-catatan-kaki-gfm');
  });
});

describe('status from relations', () => {
  it('the revoked law says who revoked it and where each provision continues', () => {
    const doc = page(DIST_FIXTURES, '/regulasi/uu-5-2014/');
    const banner = doc.querySelector('.banner.dicabut');
    expect(banner?.text).toContain('Dicabut oleh');
    expect(banner?.querySelector('a')?.getAttribute('href')).toBe('/regulasi/uu-20-2023/');
    const section = doc.getElementById('pasal-9-ayat-2')!.closest('section.provision')!;
    expect(section.querySelector('.banner a')?.getAttribute('href')).toBe('/regulasi/uu-20-2023/#pasal-9-ayat-2');
  });
  it('the revoking law lists "Mencabut" without any hand-written text', () => {
    const doc = page(DIST_FIXTURES, '/regulasi/uu-20-2023/');
    expect(doc.querySelector('dl.facts')?.text).toMatch(/Mencabut\s*UU 5\/2014/);
    expect(doc.querySelector('.banner.berlaku')?.text).toContain('Berlaku');
  });
  it('a page citing the revoked law names the provision that carries the rule on', () => {
    const doc = page(DIST_FIXTURES, '/larangan/suka-unggahan/');
    const notice = doc.querySelector('[data-status-notice="uu-5-2014"]');
    expect(notice?.text).toContain('dicabut');
    expect(notice?.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain(
      '/regulasi/uu-20-2023/#pasal-9-ayat-2',
    );
  });
});
