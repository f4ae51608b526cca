// Trainer toolkit in the built HTML: every checker path, the quiz, slides and handouts.
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, mainLinks, page, pageExists, requireBuild } from '../support/dist.ts';
import { loadContent } from '../support/content.ts';
import { routes } from '../../src/lib/routes.ts';

let c: Awaited<ReturnType<typeof loadContent>>;
beforeAll(async () => {
  requireBuild(DIST);
  c = await loadContent();
});
const exists = (p: string) => pageExists(DIST, p);
const links = (p: string) => mainLinks(DIST, p);

describe('"Boleh atau tidak?" checker', () => {
  it("every path from the start page reaches every scenario's answer in two clicks, without JavaScript", () => {
    const reached = new Set<string>();
    const start = '/boleh-atau-tidak/';
    expect(page(DIST, start).querySelectorAll('script')).toHaveLength(0);
    const topicPages = links(start).filter((h) => /^\/boleh-atau-tidak\/[^/]+\/$/.test(h));
    const topics = new Set(c.skenario.map((s) => s.data.topik));
    expect(topicPages.length).toBe(topics.size);
    for (const tp of topicPages) {
      expect(exists(tp), tp).toBe(true);
      for (const ans of links(tp).filter((h) => h.startsWith(tp) && h !== tp)) {
        expect(exists(ans), ans).toBe(true);
        reached.add(ans.split('/')[3]!);
      }
    }
    expect([...reached].sort()).toEqual(c.skenario.map((s) => s.id).sort());
  });

  it('each answer shows the verdict, its rule, its pasal links, the sanction and the verification date', () => {
    for (const s of c.skenario) {
      const doc = page(DIST, routes.skenario(s.data.topik, s.id));
      expect(doc.querySelector('.verdict')?.getAttribute('data-putusan'), s.id).toBe(s.data.putusan);
      if (s.data.syarat) expect(doc.querySelector('.verdict')?.text).toContain(s.data.syarat);
      const hrefs = links(routes.skenario(s.data.topik, s.id));
      for (const l of s.data.larangan) expect(hrefs, s.id).toContain(routes.larangan(l));
      for (const r of s.data.dasar_hukum) expect(hrefs, s.id).toContain(routes.regulasi(r.regulasi, r.pasal));
      if (s.data.sanksi) expect(doc.querySelector('.basis')?.text, s.id).toMatch(/Sanksi bila dilanggar/);
      expect(doc.querySelector('.page-dates time')?.getAttribute('datetime')).toBe(s.data.diverifikasi);
    }
  });

  it('has at least 60 scenarios covering every topic', () => {
    expect(c.skenario.length).toBeGreaterThanOrEqual(60);
    expect(new Set(c.skenario.map((s) => s.data.topik)).size).toBe(10);
  });
});

describe('quiz, slides and handouts', () => {
  it('the quiz page holds every scenario with a no-JS answer', () => {
    const doc = page(DIST, '/kuis/');
    const items = doc.querySelectorAll('.quiz-item');
    expect(items.map((i) => i.getAttribute('id')).sort()).toEqual(c.skenario.map((s) => `soal-${s.id}`).sort());
    for (const it of items) expect(it.querySelector('details summary')?.text).toBe('Lihat jawaban');
  });

  it('each situation group has a slide deck with one slide per rule, without JavaScript', () => {
    const groups = [...new Set(c.larangan.map((l) => l.data.kelompok))];
    for (const g of groups) {
      const doc = page(DIST, `/presentasi/${g}/`);
      expect(doc.querySelectorAll('section.slide').length, g).toBe(
        c.larangan.filter((l) => l.data.kelompok === g).length + 1,
      );
      expect(doc.querySelectorAll('script')).toHaveLength(0);
    }
    for (const r of c.regulasi.filter((x) => x.data.pasal.length)) {
      expect(page(DIST, `/presentasi/regulasi/${r.id}/`).querySelectorAll('section.slide').length, r.id).toBe(
        r.data.pasal.length + 1,
      );
    }
  });

  it('every handout carries its source and verification date for the printed footer', () => {
    for (const p of [
      '/cetak/boleh-dan-tidak/',
      '/cetak/sanksi/',
      '/cetak/lapor/',
      ...c.ikrar.map((k) => routes.ikrarPrint(k.id)),
    ]) {
      const css = page(DIST, p).querySelector('style[data-print-footer]')?.text ?? '';
      expect(css, p).toMatch(/@page\s*\{\s*@bottom-left\s*\{\s*content: "Sumber: Rambu Netralitas ASN/);
      expect(css, p).toMatch(/diverifikasi \d{1,2} \w+ \d{4}/);
    }
  });

  it('the handout lists every prohibited act and every "boleh" scenario', () => {
    const text = page(DIST, '/cetak/boleh-dan-tidak/').querySelector('main')!.text;
    for (const l of c.larangan) expect(text, l.id).toContain(l.data.judul);
    expect(page(DIST, '/cetak/boleh-dan-tidak/').querySelectorAll('#boleh-h + ul li').length).toBe(
      c.skenario.filter((s) => s.data.putusan === 'boleh').length,
    );
  });
});
