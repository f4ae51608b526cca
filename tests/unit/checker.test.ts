// The person-first checker (src/lib/checker.ts): who sees which scenario, and with whose sanction.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../support/content.ts';
import { ROOT } from '../support/dist.ts';
import {
  answerForEachStatus,
  appliesAs,
  checkerPages,
  checkerStatuses,
  firstSentence,
  mentionsCltn,
  personAnswer,
  personSanction,
  scenariosFor,
  scenariosIn,
  situationsFor,
  stagesFor,
  fitsStage,
  electionScopes,
  electionsFor,
  termWrittenOut,
  cltnAsked,
  cltnReading,
  fitsCltn,
} from '../../src/lib/checker.ts';
import { byId } from '../../src/lib/lookup.ts';
import { routes } from '../../src/lib/routes.ts';
import { SANCTION_LABEL } from '../../src/collections/sanksi.ts';
import { afterVerdict } from '../../src/collections/skenario.ts';
import { CHECKER_STATUSES, CLTN_TERM } from '../../src/collections/subjek.ts';
import { SITUATIONS, situationOf } from '../../src/collections/situasi.ts';

const real = await loadContent(path.join(ROOT, 'content'));
const ctx = {
  people: byId(real.subjek),
  scenarios: byId(real.skenario),
  larangan: byId(real.larangan),
  regs: real.regulasi,
  cltnTerm: byId(real.glosarium).get(CLTN_TERM),
};
const scenario = (
  berlaku_untuk: string[],
  sanksi?: 'berat',
  sanksi_lain: { subjek: string; tingkat: 'kontrak' }[] = [],
) => ({
  berlaku_untuk,
  sanksi,
  sanksi_lain,
});

describe('who a scenario applies to', () => {
  it.each([
    [['pns', 'pppk'], 'pppk', 'pppk'],
    [['pns', 'pppk'], 'non-asn', undefined],
    // A Pj kepala daerah is a PNS (content/subjek/pj-kepala-daerah.yaml): PNS answers apply as PNS.
    [['pns'], 'pj-kepala-daerah', 'pns'],
    [['pj-kepala-daerah'], 'pj-kepala-daerah', 'pj-kepala-daerah'],
    [['pppk'], 'pj-kepala-daerah', undefined],
  ])('%j asked by %s → %s', (berlaku_untuk, status, expected) => {
    expect(appliesAs({ berlaku_untuk }, status)).toBe(expected);
  });

  it('a status page lists only scenarios whose berlaku_untuk names that status', () => {
    for (const status of ['pns', 'pppk', 'pppk-paruh-waktu', 'non-asn']) {
      const mine = scenariosFor(status, real.skenario);
      expect(mine.length).toBeGreaterThan(0);
      for (const s of mine) expect(s.data.berlaku_untuk, s.id).toContain(status);
      expect(mine.length).toBe(real.skenario.filter((s) => s.data.berlaku_untuk.includes(status)).length);
    }
  });

  it('asks about every status in CHECKER_STATUSES, in that order, and counts their scenarios', () => {
    const st = checkerStatuses(real.subjek, real.skenario);
    expect(st.map((s) => s.id)).toEqual([...CHECKER_STATUSES]);
    for (const s of st) expect(s.count, s.id).toBe(scenariosFor(s.id, real.skenario).length);
    expect(st.find((s) => s.id === 'pppk')!.nama).toBe('PPPK');
  });

  it('offers only situation groups with answers for the person, in the one order, and a page for each', () => {
    for (const { id } of checkerStatuses(real.subjek, real.skenario)) {
      const groups = situationsFor(id, real.skenario);
      expect(groups.map((g) => SITUATIONS.indexOf(g.id))).toEqual(
        groups.map((g) => SITUATIONS.indexOf(g.id)).sort((a, b) => a - b),
      );
      for (const g of groups) {
        const xs = scenariosIn(id, g.id, real.skenario);
        expect(xs.length).toBe(g.count);
        for (const s of xs) expect(situationOf(s.data.topik)).toBe(g.id);
      }
    }
    const pages = checkerPages(real.subjek, real.skenario);
    expect(new Set(pages.map((p) => `${p.status}/${p.situasi}`)).size).toBe(pages.length);
    // Modest: at most one page per status and group.
    expect(pages.length).toBeLessThanOrEqual(CHECKER_STATUSES.length * SITUATIONS.length);
  });
});

describe("a person's sanction", () => {
  it('is `sanksi` for the first person and the sanksi_lain line for others, never borrowed', () => {
    const s = scenario(['pns', 'pppk', 'non-asn'], 'berat', [{ subjek: 'non-asn', tingkat: 'kontrak' }]);
    expect(personSanction(s, 'pns')).toBe('berat');
    expect(personSanction(s, 'non-asn')).toBe('kontrak');
    expect(personSanction(s, 'pppk')).toBeUndefined();
  });

  it("a PPPK's answer carries the PPPK sanction, not the PNS one", () => {
    const s = real.skenario.find(
      (x) =>
        x.data.berlaku_untuk[0] === 'pns' &&
        x.data.sanksi_lain.some((l) => l.subjek === 'pppk' && l.tingkat !== x.data.sanksi),
    )!;
    const pppk = s.data.sanksi_lain.find((l) => l.subjek === 'pppk')!.tingkat;
    const a = personAnswer(s, 'pppk', ctx);
    expect(a.sanction!.tingkat).toBe(pppk);
    expect(a.sanction!.label).toBe(SANCTION_LABEL[pppk]);
    expect(a.sanction!.meaning.length).toBeGreaterThan(0);
    expect(personAnswer(s, 'pns', ctx).sanction!.tingkat).toBe(s.data.sanksi);
  });

  it('spells out what a heavy disciplinary sanction means, from the pasal that defines it', () => {
    const s = real.skenario.find((x) => x.data.berlaku_untuk[0] === 'pns' && x.data.sanksi === 'berat')!;
    const a = personAnswer(s, 'pns', ctx);
    expect(a.sanction!.label).toBe('Hukuman disiplin berat');
    expect(a.sanction!.meaning[0]!.ref).toEqual({ regulasi: 'pp-94-2021', pasal: 'pasal-8-ayat-4' });
    expect(a.sanction!.meaning[0]!.text).toMatch(/penurunan jabatan/);
  });

  it("every answer that is not 'boleh' says what the sanction means, for every status", () => {
    for (const { id } of checkerStatuses(real.subjek, real.skenario))
      for (const s of scenariosFor(id, real.skenario)) {
        const a = personAnswer(s, id, ctx);
        if (s.data.putusan === 'boleh') expect(a.sanction, s.id).toBeUndefined();
        else expect(a.sanction!.meaning.length, `${id} ${s.id}`).toBeGreaterThan(0);
      }
  });

  it('a Pj kepala daerah sees a PNS answer as PNS, with the PNS sanction', () => {
    const s = real.skenario.find((x) => x.data.berlaku_untuk[0] === 'pns' && x.data.sanksi)!;
    const a = personAnswer(s, 'pj-kepala-daerah', ctx);
    expect(a.as).toEqual({ id: 'pns', nama: 'PNS' });
    expect(a.sanction!.tingkat).toBe(s.data.sanksi);
  });

  it('a non-ASN without a level of their own gets what their subjek file says', () => {
    const s = {
      id: 'x',
      data: {
        ...real.skenario.find((x) => x.data.putusan === 'tidak-boleh')!.data,
        berlaku_untuk: ['pns', 'non-asn'],
        sanksi_lain: [],
      },
    };
    const a = personAnswer(s, 'non-asn', ctx);
    expect(a.sanction!.tingkat).toBeUndefined();
    expect(a.sanction!.meaning).toEqual([{ text: ctx.people.get('non-asn')!.data.sanksi_uraian }]);
  });
});

describe('CLTN', () => {
  it('writes the term out from the glossary', () => {
    expect(firstSentence('Satu. Dua.')).toBe('Satu.');
    expect(firstSentence('Tanpa titik')).toBe('Tanpa titik');
    expect(
      termWrittenOut({ istilah: 'CLTN', kepanjangan: 'Cuti di Luar Tanggungan Negara', definisi: 'A b. C.' }),
    ).toBe('CLTN (cuti di luar tanggungan negara): A b.');
    expect(termWrittenOut(ctx.cltnTerm!.data)).toMatch(
      /^CLTN \(cuti di luar tanggungan negara\): .*tidak menerima penghasilan dari negara\.$/,
    );
  });

  it('a PPPK never sees a CLTN route without the alternative for those without CLTN', () => {
    const cltn = real.skenario.filter((s) => mentionsCltn(s.data));
    expect(cltn.length).toBeGreaterThan(0);
    for (const status of ['pppk', 'pppk-paruh-waktu', 'non-asn'])
      for (const s of scenariosFor(status, cltn)) {
        const a = personAnswer(s, status, ctx);
        expect(a.cltn!.hasCltn, `${status} ${s.id}`).toBe(false);
        expect(a.cltn!.writtenOut).toMatch(/cuti di luar tanggungan negara/);
        expect(a.cltn!.jalur, `${status} ${s.id}`).toBe(ctx.people.get(status)!.data.jalur_partisipasi);
        // The content checker makes every CLTN advice that binds someone without CLTN carry tanpa_cltn.
        expect(a.cltn!.alternative, `${status} ${s.id}`).toBe(s.data.tanpa_cltn);
        expect(a.cltn!.alternative).toBeTruthy();
      }
    // Someone who has CLTN gets it written out, not the alternative.
    const s = scenariosFor('pns', cltn)[0]!;
    const a = personAnswer(s, 'pns', ctx);
    expect(a.cltn).toMatchObject({ hasCltn: true });
    expect(a.cltn!.alternative).toBeUndefined();
    expect(a.cltn!.writtenOut).toBeTruthy();
  });

  it('an answer that does not involve CLTN carries no CLTN block', () => {
    const s = real.skenario.find((x) => !mentionsCltn(x.data) && x.data.berlaku_untuk.includes('pppk'))!;
    expect(personAnswer(s, 'pppk', ctx).cltn).toBeUndefined();
  });
});

describe('bakal calon or calon', () => {
  it("names whose support each cited rule is about, from the larangan's subjek", () => {
    const s = real.skenario.find((x) =>
      x.data.larangan.some((id) => ctx.larangan.get(id)!.data.subjek === 'bakal-calon'),
    )!;
    const a = personAnswer(s, s.data.berlaku_untuk[0]!, ctx);
    for (const l of a.larangan) expect(l.dukungan, l.id).toBe(ctx.larangan.get(l.id)!.data.subjek);
    expect(a.larangan.some((l) => l.dukungan === 'bakal-calon')).toBe(true);
  });
});

describe('from a scenario page to the person-first answers', () => {
  it('links each status the scenario applies to, at its answer', () => {
    const statuses = checkerStatuses(real.subjek, real.skenario);
    const s = real.skenario.find((x) => x.data.berlaku_untuk.join() === 'pns,pppk')!;
    expect(answerForEachStatus(s, statuses)).toEqual([
      { status: 'pns', nama: 'PNS', path: routes.checkerAnswers('pns', situationOf(s.data.topik), s.id) },
      { status: 'pppk', nama: 'PPPK', path: routes.checkerAnswers('pppk', situationOf(s.data.topik), s.id) },
      {
        status: 'pj-kepala-daerah',
        nama: 'Pj kepala daerah',
        path: routes.checkerAnswers('pj-kepala-daerah', situationOf(s.data.topik), s.id),
      },
    ]);
  });
});

describe('related situations', () => {
  it('links only related scenarios that also apply to the person', () => {
    for (const s of real.skenario.filter((x) => x.data.terkait.length && x.data.berlaku_untuk.includes('pppk'))) {
      const a = personAnswer(s, 'pppk', ctx);
      expect(a.terkait.map((t) => t.id)).toEqual(
        s.data.terkait.filter((id) => ctx.scenarios.get(id)!.data.berlaku_untuk.includes('pppk')),
      );
    }
  });
});

describe('the stage question (bakal calon or calon)', () => {
  const rule = (dukungan?: 'bakal-calon' | 'calon' | 'semua') => ({
    id: 'x',
    judul: 'x',
    ...(dukungan ? { dukungan } : {}),
  });
  it('keeps an answer whose rules cover that stage, both stages, or no stage', () => {
    expect(fitsStage({ larangan: [] }, 'calon')).toBe(true);
    expect(fitsStage({ larangan: [rule()] }, 'calon')).toBe(true);
    expect(fitsStage({ larangan: [rule('semua')] }, 'bakal-calon')).toBe(true);
    expect(fitsStage({ larangan: [rule('calon')] }, 'calon')).toBe(true);
    expect(fitsStage({ larangan: [rule('calon')] }, 'bakal-calon')).toBe(false);
    expect(fitsStage({ larangan: [rule('calon'), rule('bakal-calon')] }, 'bakal-calon')).toBe(true);
  });
  it('is asked only when a stage leaves some answers out and keeps at least one', () => {
    expect(stagesFor([{ larangan: [rule('semua')] }, { larangan: [] }])).toEqual([]);
    expect(stagesFor([{ larangan: [rule('calon')] }, { larangan: [rule('calon')] }])).toEqual([]);
    expect(stagesFor([{ larangan: [rule('calon')] }, { larangan: [rule('bakal-calon')] }])).toEqual([
      'bakal-calon',
      'calon',
    ]);
    expect(stagesFor([{ larangan: [rule('calon')] }, { larangan: [] }])).toEqual(['bakal-calon']);
  });
  it('on the real content, narrows media sosial for a PNS both ways', () => {
    const answers = scenariosIn('pns', 'media-sosial', real.skenario).map((s) => personAnswer(s, 'pns', ctx));
    expect(stagesFor(answers)).toEqual(['bakal-calon', 'calon']);
  });
});

describe('the election question (pemilu or pilkada)', () => {
  it('ties an answer to the elections of its election-specific instruments, else to both', () => {
    expect(electionScopes([{ regulasi: 'pp-94-2021' }, { regulasi: 'skb-netralitas-2022' }], real.regulasi)).toEqual([
      'pemilu',
      'pilkada',
    ]);
    expect(electionScopes([{ regulasi: 'pp-94-2021' }, { regulasi: 'uu-7-2017' }], real.regulasi)).toEqual(['pemilu']);
    expect(electionScopes([{ regulasi: 'uu-10-2016' }], real.regulasi)).toEqual(['pilkada']);
    expect(electionScopes([{ regulasi: 'uu-10-2016' }, { regulasi: 'uu-7-2017' }], real.regulasi)).toEqual([
      'pemilu',
      'pilkada',
    ]);
  });
  it('is asked only when one kind leaves some answers out and keeps at least one', () => {
    expect(electionsFor([{ lingkup: ['pemilu', 'pilkada'] }, { lingkup: ['pemilu', 'pilkada'] }])).toEqual([]);
    expect(electionsFor([{ lingkup: ['pemilu'] }, { lingkup: ['pemilu', 'pilkada'] }])).toEqual(['pilkada']);
    expect(electionsFor([{ lingkup: ['pemilu'] }, { lingkup: ['pilkada'] }])).toEqual(['pemilu', 'pilkada']);
  });
});

describe('the CLTN question', () => {
  const plain = { id: 'p', judul: 'Memakai atribut partai' };
  const onlyWithout = { id: 'c', judul: 'Ikut kampanye pasangan tanpa CLTN', kecualiCltn: true as const };
  it('is asked only of people who can take CLTN, where an answer rests on a rule binding those not on it', () => {
    expect(cltnAsked([{ larangan: [plain] }, { larangan: [onlyWithout] }], true)).toBe(true);
    expect(cltnAsked([{ larangan: [plain] }, { larangan: [onlyWithout] }], false)).toBe(false);
    expect(cltnAsked([{ larangan: [plain] }, { larangan: [] }], true)).toBe(false);
  });
  it('leaves out, for someone on CLTN, only a "no" that rests on such rules alone', () => {
    expect(fitsCltn({ putusan: 'tidak-boleh', larangan: [onlyWithout] }, 'sedang-cltn')).toBe(false);
    expect(fitsCltn({ putusan: 'tidak-boleh', larangan: [onlyWithout] }, 'tanpa-cltn')).toBe(true);
    expect(fitsCltn({ putusan: 'tidak-boleh', larangan: [onlyWithout, plain] }, 'sedang-cltn')).toBe(true);
    expect(fitsCltn({ putusan: 'tergantung', larangan: [onlyWithout] }, 'sedang-cltn')).toBe(true);
    expect(fitsCltn({ putusan: 'tidak-boleh', larangan: [] }, 'sedang-cltn')).toBe(true);
  });
  it('says whether the rule binds the person, and turns only "boleh hanya bila … CLTN" into a no without CLTN', () => {
    const onlyIf = {
      putusan: 'tergantung' as const,
      syarat: 'Boleh hanya bila Anda sedang menjalani CLTN.',
      larangan: [onlyWithout],
    };
    expect(cltnReading(onlyIf, 'tanpa-cltn')).toEqual({
      verdict: 'Tidak boleh selama Anda belum CLTN.',
      text: expect.stringMatching(/^Larangan “Ikut kampanye pasangan tanpa CLTN” berlaku bagi Anda selama/),
    });
    const on = cltnReading(onlyIf, 'sedang-cltn');
    expect(on?.verdict).toBeUndefined();
    expect(on?.text).toMatch(/tidak mengenai Anda\. Aturan dan syarat lain dalam jawaban ini tetap berlaku\.$/);
    // A condition that does not make CLTN necessary, or a "boleh", keeps its verdict.
    expect(
      cltnReading({ ...onlyIf, syarat: 'Boleh bila Anda hadir tanpa atribut.' }, 'tanpa-cltn')?.verdict,
    ).toBeUndefined();
    expect(cltnReading({ ...onlyIf, putusan: 'boleh' }, 'tanpa-cltn')?.verdict).toBeUndefined();
    expect(cltnReading({ ...onlyIf, larangan: [plain] }, 'tanpa-cltn')).toBeUndefined();
  });
  it('on the real content, is asked of a PNS about a spouse who runs, never of a PPPK', () => {
    const pns = scenariosIn('pns', 'keluarga-yang-menjadi-calon', real.skenario).map((s) =>
      personAnswer(s, 'pns', ctx),
    );
    expect(cltnAsked(pns, ctx.people.get('pns')!.data.cltn)).toBe(true);
    expect(pns.filter((a) => !fitsCltn(a, 'sedang-cltn')).map((a) => a.id)).toEqual([
      'ikut-deklarasi-suami-tanpa-cltn',
    ]);
    const pppk = scenariosIn('pppk', 'keluarga-yang-menjadi-calon', real.skenario).map((s) =>
      personAnswer(s, 'pppk', ctx),
    );
    expect(cltnAsked(pppk, ctx.people.get('pppk')!.data.cltn)).toBe(false);
  });
});

describe('afterVerdict', () => {
  it('drops the verdict an explanation opens with, and nothing else', () => {
    expect(afterVerdict('Tidak boleh. Sejak diangkat, …')).toBe('Sejak diangkat, …');
    expect(afterVerdict('Boleh. Syarat …')).toBe('Syarat …');
    expect(afterVerdict('Boleh, asalkan urutannya benar.')).toBe('Boleh, asalkan urutannya benar.');
    expect(afterVerdict('Pegawai ASN dilarang …')).toBe('Pegawai ASN dilarang …');
  });
});
