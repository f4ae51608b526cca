// Built HTML for the walkthrough's layout bugs (issue 12): links from the timeline to each
// month's records, the sanction levels described once, checker labels and counts, the favicon.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DIST, page, requireBuild } from '../support/dist.ts';
import { loadContent } from '../support/content.ts';
import { routes } from '../../src/lib/routes.ts';
import { monthOf } from '../../src/lib/deklarasi.ts';
import { sanctionLevels } from '../../src/lib/sanctions.ts';
import { TOPIC_LABEL } from '../../src/collections/skenario.ts';

let c: Awaited<ReturnType<typeof loadContent>>;
beforeAll(async () => {
  requireBuild(DIST);
  c = await loadContent();
});

describe('timeline', () => {
  it('every month with records links to the table row where its records start', () => {
    const links = page(DIST, '/deklarasi/linimasa/').querySelectorAll('table.timeline tbody th a');
    const months = new Set(c.deklarasi.map(monthOf));
    expect(links.length).toBe(months.size);
    for (const a of links) {
      const [p, anchor] = a.getAttribute('href')!.split('#') as [string, string];
      const row = page(DIST, p).getElementById(anchor);
      expect(row, a.getAttribute('href')!).toBeTruthy();
      const month = anchor.replace(/^bulan-/, '');
      expect(row!.querySelector('time')!.getAttribute('datetime')!.slice(0, 7)).toBe(month);
      // It is the first row of that month: the row before it (if any) is a later month.
      const prev = row!.previousElementSibling;
      if (prev) expect(prev.querySelector('time')!.getAttribute('datetime')!.slice(0, 7) > month).toBe(true);
    }
  });
});

describe('sanction matrix', () => {
  it("describes each level once at the top; no row repeats its level's description", () => {
    for (const p of ['/sanksi/', '/sanksi/kelompok/']) {
      const html = readFileSync(path.join(DIST, p, 'index.html'), 'utf8');
      for (const l of sanctionLevels(c.larangan)) {
        expect(page(DIST, p).getElementById(`tingkat-${l.level}`), l.level).toBeTruthy();
        if (l.standard) expect(html.split(l.standard.slice(0, 80)).length - 1, `${p} ${l.level}`).toBe(1);
      }
      for (const a of page(DIST, p).querySelectorAll('table.sanksi-table tbody td a[href^="#tingkat-"]'))
        expect(page(DIST, p).getElementById(a.getAttribute('href')!.slice(1))).toBeTruthy();
    }
  });
});

describe('checker', () => {
  it('the back link keeps acronyms ("PPPK dan non-ASN", bug 16)', () => {
    const s = c.skenario.find((x) => x.data.topik === 'pppk-dan-non-asn')!;
    const text = page(DIST, routes.skenario(s.data.topik, s.id)).querySelector('main')!.text;
    expect(text).toContain(`Pertanyaan lain tentang ${TOPIC_LABEL['pppk-dan-non-asn'].label}`);
  });

  it('each topic card holds its question count (bug 17)', () => {
    const cards = page(DIST, routes.checker()).querySelectorAll('#menurut-situasi .choices a.choice');
    expect(cards.length).toBe(new Set(c.skenario.map((s) => s.data.topik)).size);
    for (const a of cards) expect(a.querySelector('.choice-count')?.text).toMatch(/^\d+ pertanyaan$/);
  });
});

describe('favicon', () => {
  it('ships /favicon.ico for views without HTML (bug 22)', () => {
    const ico = readFileSync(path.join(DIST, 'favicon.ico'));
    expect([...ico.subarray(0, 4)]).toEqual([0, 0, 1, 0]);
  });
});
