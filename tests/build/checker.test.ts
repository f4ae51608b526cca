// The checker that asks about the person first (issue 12), in the built HTML: the status step, the
// situation step, and the answers filtered and shaped for that person, all without JavaScript.
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, mainLinks, page, pageExists, requireBuild } from '../support/dist.ts';
import { loadContent } from '../support/content.ts';
import { routes } from '../../src/lib/routes.ts';
import { CHECKER_STATUSES } from '../../src/collections/subjek.ts';
import { SANCTION_LABEL } from '../../src/collections/sanksi.ts';
import { situationOf } from '../../src/collections/situasi.ts';
import { checkerPages, mentionsCltn, personSanction, situationsFor, STAGES } from '../../src/lib/checker.ts';

let c: Awaited<ReturnType<typeof loadContent>>;
beforeAll(async () => {
  requireBuild(DIST);
  c = await loadContent();
});
const nama = (id: string) => c.subjek.find((p) => p.id === id)!.data.nama;

describe('person-first checker', () => {
  it('the first step asks for the status: one link per status, named as in content/subjek/', () => {
    const doc = page(DIST, routes.checker());
    const step = doc.querySelector('section[aria-labelledby="langkah-1"]')!;
    expect(step.querySelector('h2')!.text).toMatch(/status kepegawaian/);
    const choices = step.querySelectorAll('a.choice');
    expect(choices.map((a) => a.getAttribute('href'))).toEqual(CHECKER_STATUSES.map((s) => routes.checkerStatus(s)));
    expect(choices.map((a) => a.querySelector('strong')!.text)).toEqual(CHECKER_STATUSES.map(nama));
  });

  it('the second step lists the situations with answers for that status, each linking to its answers', () => {
    for (const status of CHECKER_STATUSES) {
      const doc = page(DIST, routes.checkerStatus(status));
      expect(doc.querySelectorAll('script'), status).toHaveLength(0);
      const hrefs = doc.querySelectorAll('.choices-situation a.choice').map((a) => a.getAttribute('href'));
      expect(hrefs, status).toEqual(situationsFor(status, c.skenario).map((g) => routes.checkerAnswers(status, g.id)));
      for (const h of hrefs) expect(pageExists(DIST, h!), h!).toBe(true);
    }
  });

  it('an answer page lists exactly the scenarios whose berlaku_untuk includes that status', () => {
    for (const { status, situasi } of checkerPages(c.subjek, c.skenario)) {
      if (status === 'pj-kepala-daerah') continue; // also sees the PNS answers (next test)
      const doc = page(DIST, routes.checkerAnswers(status, situasi));
      expect(doc.querySelectorAll('script')).toHaveLength(0);
      const shown = doc.querySelectorAll('section.person-answer').map((s) => s.id);
      const expected = c.skenario
        .filter((s) => situationOf(s.data.topik) === situasi && s.data.berlaku_untuk.includes(status))
        .map((s) => s.id);
      expect(shown.sort(), `${status} ${situasi}`).toEqual(expected.sort());
    }
  });

  it('a Pj kepala daerah also sees the PNS answers, marked as applying to them as PNS', () => {
    const s = c.skenario.find(
      (x) => x.data.berlaku_untuk.includes('pns') && !x.data.berlaku_untuk.includes('pj-kepala-daerah'),
    )!;
    const doc = page(DIST, routes.checkerAnswers('pj-kepala-daerah', situationOf(s.data.topik)));
    const sec = doc.getElementById(s.id)!;
    expect(sec.querySelector('.applies-as')!.text).toBe('PNS');
  });

  it("shows each person's own sanction and what it means", () => {
    for (const status of ['pns', 'pppk', 'non-asn']) {
      for (const s of c.skenario.filter((x) => x.data.putusan !== 'boleh' && x.data.berlaku_untuk.includes(status))) {
        const sec = page(DIST, routes.checkerAnswers(status, situationOf(s.data.topik))).getElementById(s.id)!;
        const dd = sec.querySelector('.person-sanction')!;
        expect(dd, `${status} ${s.id}`).toBeTruthy();
        const level = personSanction(s.data, status);
        expect(dd.getAttribute('data-sanksi')).toBe(level ?? '');
        if (level) expect(dd.querySelector('strong')!.text).toBe(SANCTION_LABEL[level]);
        expect(dd.querySelectorAll('.sanction-meaning').length, `${status} ${s.id}`).toBeGreaterThan(0);
      }
    }
    // "Hukuman disiplin berat" is spelled out from PP 94/2021 Pasal 8 ayat (4).
    const berat = c.skenario.find((x) => x.data.sanksi === 'berat' && x.data.berlaku_untuk[0] === 'pns')!;
    const dd = page(DIST, routes.checkerAnswers('pns', situationOf(berat.data.topik)))
      .getElementById(berat.id)!
      .querySelector('.person-sanction')!;
    expect(dd.text).toMatch(/Hukuman disiplin berat/);
    expect(dd.text).toMatch(/penurunan jabatan setingkat lebih rendah selama 12 bulan/);
    expect(dd.querySelector('a')!.getAttribute('href')).toBe(routes.regulasi('pp-94-2021', 'pasal-8-ayat-4'));
  });

  it('writes CLTN out, and tells a PPPK what to do instead', () => {
    const cltn = c.skenario.filter((s) => mentionsCltn(s.data));
    for (const status of ['pns', 'pppk', 'pppk-paruh-waktu']) {
      for (const s of cltn.filter((x) => x.data.berlaku_untuk.includes(status))) {
        const sec = page(DIST, routes.checkerAnswers(status, situationOf(s.data.topik))).getElementById(s.id)!;
        expect(sec.querySelector('.cltn-meaning')!.text).toMatch(
          /^CLTN \(cuti di luar tanggungan negara\): .*tidak menerima penghasilan dari negara/,
        );
        const alt = sec.querySelector('dd.no-cltn');
        if (status === 'pns') expect(alt, s.id).toBeNull();
        else {
          // Said in the verdict box too, with a link to the alternative.
          const note = sec.querySelector('.verdict .cltn-note a')!.getAttribute('href')!;
          expect(sec.querySelector(note)!.tagName).toBe('DT');
          expect(alt!.querySelector('.alternative')!.text).toContain(s.data.tanpa_cltn!);
          expect(alt!.querySelector('.jalur')!.text).toContain(
            c.subjek.find((p) => p.id === status)!.data.jalur_partisipasi.slice(0, 60),
          );
        }
      }
    }
  });

  it('says whose support a cited rule is about: a bakal calon (before KPU names the candidates) or a calon', () => {
    const lar = new Map(c.larangan.map((l) => [l.id, l]));
    const s = c.skenario.find(
      (x) =>
        x.data.berlaku_untuk.includes('pns') &&
        x.data.larangan.some((id) => lar.get(id)!.data.subjek === 'bakal-calon'),
    )!;
    const sec = page(DIST, routes.checkerAnswers('pns', situationOf(s.data.topik))).getElementById(s.id)!;
    expect(sec.querySelector('.support')!.text).toMatch(/bakal calon \(sebelum KPU menetapkan calon\)/);
  });

  it('links related situations within the same person’s answers', () => {
    const s = c.skenario.find(
      (x) => x.data.berlaku_untuk.includes('pppk') && x.data.terkait.length > 0 && x.data.putusan !== 'boleh',
    )!;
    const p = routes.checkerAnswers('pppk', situationOf(s.data.topik));
    const hrefs = mainLinks(DIST, p);
    for (const id of s.data.terkait) {
      const t = c.skenario.find((x) => x.id === id)!;
      if (t.data.berlaku_untuk.includes('pppk'))
        expect(hrefs).toContain(routes.checkerAnswers('pppk', situationOf(t.data.topik), id));
    }
    // Each answer also links to the scenario's full page, whose URL stays as it was, and back.
    expect(hrefs).toContain(routes.skenario(s.data.topik, s.id));
    expect(mainLinks(DIST, routes.skenario(s.data.topik, s.id))).toContain(
      routes.checkerAnswers('pppk', situationOf(s.data.topik), s.id),
    );
  });
});

describe('the further questions (candidate stage, kind of election)', () => {
  it('each narrowed page lists exactly the answers of its full page that fit, and is offered only where it narrows', () => {
    const stageOf = new Map(c.larangan.map((l) => [l.id, l.data.subjek]));
    const scopeOf = new Map(c.regulasi.map((r) => [r.id, r.data.lingkup]));
    const fits = (id: string, value: string) => {
      const d = c.skenario.find((s) => s.id === id)!.data;
      if (value === 'bakal-calon' || value === 'calon') {
        const rules = d.larangan.map((l) => stageOf.get(l));
        return rules.length === 0 || rules.some((t) => !t || t === 'semua' || t === value);
      }
      const specific = [...d.dasar_hukum, ...(d.jalur_pidana?.dasar ?? [])]
        .map((r) => scopeOf.get(r.regulasi) ?? [])
        .filter((x) => x.length === 1)
        .flat();
      return specific.length === 0 || specific.includes(value as 'pemilu' | 'pilkada');
    };
    const narrowed = { tahap: 0, pemilihan: 0 };
    for (const { status, situasi } of checkerPages(c.subjek, c.skenario)) {
      const full = page(DIST, routes.checkerAnswers(status, situasi));
      const shown = full.querySelectorAll('section.person-answer').map((s) => s.id);
      const offered = full.querySelectorAll('.choices-narrow a[data-narrow]').map((a) => a.getAttribute('href'));
      for (const [kind, values] of [
        ['tahap', STAGES],
        ['pemilihan', ['pemilu', 'pilkada']],
      ] as const) {
        for (const value of values) {
          const href = routes.checkerNarrowed(status, situasi, value);
          const kept = shown.filter((id) => fits(id, value));
          const asked = kept.length > 0 && kept.length < shown.length;
          expect(offered.includes(href), `${href} offered`).toBe(asked);
          expect(pageExists(DIST, href), href).toBe(asked);
          if (!asked) continue;
          narrowed[kind]++;
          const doc = page(DIST, href);
          expect(doc.querySelectorAll('script')).toHaveLength(0);
          expect(doc.querySelectorAll('section.person-answer').map((s) => s.id)).toEqual(kept);
          expect(mainLinks(DIST, href)).toContain(routes.checkerAnswers(status, situasi));
        }
      }
    }
    expect(narrowed.tahap).toBeGreaterThan(10);
    expect(narrowed.pemilihan).toBeGreaterThan(5);
  });
});

describe('the CLTN question', () => {
  it('is asked where a shown rule binds only those not on CLTN, of people who can take it; each page says what that means', () => {
    const exceptOnCltn = new Set(c.larangan.filter((l) => l.data.kecuali_cltn).map((l) => l.id));
    // The rule itself must say so (the joint decree's "tanpa CLTN"), or lifting it would be an invented verdict.
    for (const id of exceptOnCltn) expect(c.larangan.find((l) => l.id === id)!.data.judul).toMatch(/tanpa CLTN/);
    let asked = 0;
    for (const { status, situasi } of checkerPages(c.subjek, c.skenario)) {
      const all = routes.checkerAnswers(status, situasi);
      const full = page(DIST, all);
      const shown = full.querySelectorAll('section.person-answer').map((s) => s.id);
      const data = (id: string) => c.skenario.find((s) => s.id === id)!.data;
      const rulesOf = (id: string) => data(id).larangan.filter((l) => exceptOnCltn.has(l));
      const expectAsked =
        c.subjek.find((p) => p.id === status)!.data.cltn && shown.some((id) => rulesOf(id).length > 0);
      expect(full.querySelector('#tanya-cltn') !== null, `${all} asks about CLTN`).toBe(expectAsked);
      for (const value of ['sedang-cltn', 'tanpa-cltn'] as const) {
        const href = routes.checkerNarrowed(status, situasi, value);
        expect(pageExists(DIST, href), href).toBe(expectAsked);
        if (!expectAsked) continue;
        asked++;
        const doc = page(DIST, href);
        expect(doc.querySelectorAll('script')).toHaveLength(0);
        // Someone on CLTN does not see a "no" that rests on those rules alone; it is named as left out.
        const dropped = shown.filter(
          (id) =>
            value === 'sedang-cltn' &&
            data(id).putusan === 'tidak-boleh' &&
            data(id).larangan.length > 0 &&
            data(id).larangan.every((l) => exceptOnCltn.has(l)),
        );
        const kept = shown.filter((id) => !dropped.includes(id));
        expect(doc.querySelectorAll('section.person-answer').map((s) => s.id)).toEqual(kept);
        expect(doc.querySelectorAll('details.left-out li a').map((a) => a.getAttribute('href'))).toEqual(
          dropped.map((id) => `${all}#${id}`),
        );
        for (const id of kept) {
          const note = doc.querySelector(`#${id} .for-you`);
          expect(note !== null, `${href}#${id} says what CLTN means here`).toBe(rulesOf(id).length > 0);
          if (!note) continue;
          expect(note.getAttribute('data-cltn')).toBe(value);
          for (const r of rulesOf(id)) expect(note.text).toContain(c.larangan.find((l) => l.id === r)!.data.judul);
          const onlyWithCltn =
            data(id).putusan === 'tergantung' && /^Boleh hanya bila\b.*CLTN/i.test(data(id).syarat ?? '');
          expect(note.text.includes('Tidak boleh selama Anda belum CLTN'), `${href}#${id}`).toBe(
            value === 'tanpa-cltn' && onlyWithCltn,
          );
          expect(note.text).toMatch(value === 'sedang-cltn' ? /tidak mengenai Anda/ : /berlaku bagi Anda/);
        }
      }
    }
    expect(asked).toBeGreaterThanOrEqual(4);
  });
});
