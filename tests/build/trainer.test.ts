// Trainer toolkit in the built HTML: every checker path, the quiz, slides and handouts.
import { situationOf } from '../../src/collections/situasi.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, DIST_SUBPATH, mainLinks, page, pageExists, readDist, requireBuild } from '../support/dist.ts';
import { loadContent } from '../support/content.ts';
import { routes } from '../../src/lib/routes.ts';
import { signatureRows } from '../../src/lib/print.ts';
import { SANCTION_LABEL, SANCTION_SHORT } from '../../src/collections/sanksi.ts';

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

  it('each situation group has a slide deck with a title slide, one slide per rule and a closing slide, without JavaScript', () => {
    // Every situation of the checker has a deck: its rules, or where no rule is filed under it, its scenarios.
    const groups = [...new Set(c.skenario.map((s) => situationOf(s.data.topik)))];
    expect(groups.length).toBeGreaterThanOrEqual(10);
    const index = mainLinks(DIST, '/presentasi/');
    for (const g of new Set([...groups, ...c.larangan.map((l) => l.data.kelompok)])) {
      const doc = page(DIST, `/presentasi/${g}/`);
      const rules = c.larangan.filter((l) => l.data.kelompok === g).length;
      const scenarios = c.skenario.filter((s) => situationOf(s.data.topik) === g).length;
      expect(doc.querySelectorAll('section.slide').length, g).toBe((rules || scenarios) + 2);
      expect(doc.querySelectorAll('script')).toHaveLength(0);
      expect(index, g).toContain(`/presentasi/${g}/`);
    }
    for (const r of c.regulasi.filter((x) => x.data.pasal.length)) {
      expect(page(DIST, `/presentasi/regulasi/${r.id}/`).querySelectorAll('section.slide').length, r.id).toBe(
        r.data.pasal.length + 2,
      );
    }
  });

  it("a slide gives every bound person's own sanction, never the first person's for all", () => {
    const nama = new Map(c.subjek.map((p) => [p.id, p.data.nama]));
    const label = (t: string) => SANCTION_LABEL[t as keyof typeof SANCTION_LABEL];
    const expectNamed = (text: string, who: string[], levels: (string | undefined)[], where: string) => {
      for (const [i, id] of who.entries()) {
        expect(text, `${where}: ${id}`).toContain(nama.get(id)!);
        expect(text, `${where}: ${id}`).toContain(label(levels[i]!));
      }
    };
    let slides = 0;
    for (const l of c.larangan) {
      const text = page(DIST, `/presentasi/${l.data.kelompok}/`)
        .querySelector(`#s-${l.id}`)!
        .parentNode!.querySelector('.slide-sanctions')!.text;
      const d = l.data;
      expectNamed(
        text,
        d.berlaku_untuk,
        d.berlaku_untuk.map((id, i) =>
          i === 0 ? d.sanksi.tingkat : d.sanksi_lain.find((x) => x.subjek === id)?.tingkat,
        ),
        l.id,
      );
      slides++;
    }
    const withRules = new Set(c.larangan.map((l) => l.data.kelompok));
    for (const s of c.skenario.filter((x) => !withRules.has(situationOf(x.data.topik)) && x.data.putusan !== 'boleh')) {
      const slide = page(DIST, `/presentasi/${situationOf(s.data.topik)}/`).querySelector(`#s-${s.id}`)!.parentNode!;
      const d = s.data;
      expectNamed(
        slide.querySelector('.slide-sanctions')!.text,
        d.berlaku_untuk,
        d.berlaku_untuk.map((id, i) => (i === 0 ? d.sanksi : d.sanksi_lain.find((x) => x.subjek === id)?.tingkat)),
        s.id,
      );
      slides++;
    }
    expect(slides).toBeGreaterThan(40);
    // The sanction matrix: each row's level with everyone who shares it, then the others.
    const matrix = page(DIST, '/sanksi/');
    for (const l of c.larangan) {
      const d = l.data;
      const cell = matrix.querySelector(`tr[data-id="${l.id}"] td[data-label="Sanksi"]`)!.text.toLowerCase();
      const levels = d.berlaku_untuk.map((id, i) =>
        i === 0 ? d.sanksi.tingkat : d.sanksi_lain.find((x) => x.subjek === id)?.tingkat,
      );
      for (const [i, id] of d.berlaku_untuk.entries()) {
        expect(cell, `/sanksi/ ${l.id}: ${id}`).toContain(nama.get(id)!.toLowerCase());
        // The row's own level in full, the others' short, each name linking to what it means for them.
        const level = levels[i]!;
        expect(cell, `/sanksi/ ${l.id}: ${id}`).toContain(
          (level === d.sanksi.tingkat ? label(level) : SANCTION_SHORT[level]).toLowerCase(),
        );
      }
    }
    // The list of rules says the same.
    const list = page(DIST, '/larangan/');
    for (const l of c.larangan) {
      const d = l.data;
      const item = list.querySelector(`a[href="${routes.larangan(l.id)}"]`)!.parentNode!.text;
      expectNamed(
        item,
        d.berlaku_untuk,
        d.berlaku_untuk.map((id, i) =>
          i === 0 ? d.sanksi.tingkat : d.sanksi_lain.find((x) => x.subjek === id)?.tingkat,
        ),
        `/larangan/ ${l.id}`,
      );
    }
  });

  it('the closing slide lists what stays allowed (from the guide) and how to report', () => {
    const closing = page(DIST, '/presentasi/media-sosial/').querySelector('section.slide-closing')!;
    const items = closing.querySelectorAll('ul')[0]!.querySelectorAll('li');
    expect(items.length).toBeGreaterThanOrEqual(5);
    expect(items[0]!.text).toBe('Memberikan suara di TPS');
    expect(closing.querySelector(`a[href="${routes.lapor()}"]`)).toBeTruthy();
  });

  it('every handout links its print footer: URL, verification date and, with SITE_URL, a QR code file', () => {
    for (const p of [
      routes.printSheet('boleh-dan-tidak'),
      routes.printSheet('sanksi'),
      routes.printSheet('lapor'),
      ...c.ikrar.map((k) => routes.ikrarPrint(k.id)),
    ]) {
      const href = page(DIST, p).querySelector('head link[data-print-footer]')?.getAttribute('href');
      expect(href, p).toBe(routes.printFooterCss(p.replace(/^\/|\/$/g, '').replace(/\//g, '-')));
      const css = readDist(DIST, href!.slice(1));
      expect(css, p).toMatch(/@page\s*\{[\s\S]*@bottom-center\s*\{\s*content: "/);
      expect(css, p).toContain(`content: "${p}\\A Rambu Netralitas ASN · diverifikasi `);
      // The sub-path build has SITE_URL: absolute URL and a QR code image beside the stylesheet.
      const sub = readDist(DIST_SUBPATH, href!.slice(1));
      const slug = href!
        .split('/')
        .pop()!
        .replace(/\.css$/, '');
      expect(sub, p).toContain(`content: url("${slug}.svg")`);
      expect(readDist(DIST_SUBPATH, `cetak/kaki/${slug}.svg`), p).toMatch(/^<svg /);
    }
  });

  it('each pledge print sheet has its signature rows under the text and a continuation sheet of rows', () => {
    for (const k of c.ikrar) {
      const tables = page(DIST, routes.ikrarPrint(k.id)).querySelectorAll('table.signatures');
      expect(tables, k.id).toHaveLength(2);
      const text = [k.data.pembuka ?? '', ...k.data.butir, k.data.penutup ?? ''].filter(Boolean);
      expect(tables[0]!.querySelectorAll('tbody tr'), k.id).toHaveLength(signatureRows(text));
      expect(tables[1]!.querySelectorAll('tbody tr').length, k.id).toBeGreaterThanOrEqual(20);
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
