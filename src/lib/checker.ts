// The checker that asks about the person first (/boleh-atau-tidak/saya/<status>/<situasi>/): which
// scenarios fit a person, and each answer shaped for that person (their sanction and what it means,
// CLTN written out, what someone without CLTN can do instead, related situations). Every text comes
// from content: scenarios, larangan, subjek, glosarium and the pasal of regulasi.
import type { EntryOf } from '../collections/index.ts';
import { SANCTION_LABEL, type SanctionLevel } from '../collections/sanksi.ts';
import type { SupportTarget } from '../collections/larangan.ts';
import { ALSO_BOUND_AS, CHECKER_STATUSES, CLTN_WORDS } from '../collections/subjek.ts';
import { SITUATIONS, SITUATION_LABEL, situationOf, type Situation } from '../collections/situasi.ts';
import { sanctionMeaning } from './sanctions.ts';
import { routes } from './routes.ts';
import type { LegalRef } from '../collections/common.ts';
import { LAW_SCOPES, type LawScope } from '../collections/pemilihan.ts';
import { byId } from './lookup.ts';

type Scenario = EntryOf<'skenario'>;
type Person = EntryOf<'subjek'>;
type ScenarioData = Scenario['data'];

/**
 * The person an answer applies to when `status` asks: the status itself when the scenario names it,
 * else the person that status is also bound as (a Pj kepala daerah as PNS), else none.
 */
export function appliesAs(s: Pick<ScenarioData, 'berlaku_untuk'>, status: string): string | undefined {
  if (s.berlaku_untuk.includes(status)) return status;
  const also = ALSO_BOUND_AS[status];
  return also && s.berlaku_untuk.includes(also) ? also : undefined;
}

/** The scenarios that fit a person, in the collection's order. */
export const scenariosFor = <T extends Pick<Scenario, 'data'>>(status: string, all: readonly T[]) =>
  all.filter((s) => appliesAs(s.data, status) !== undefined);

/** The statuses the checker asks about first: those with a subjek file, each with its number of scenarios. */
export function checkerStatuses(people: readonly Person[], all: readonly Scenario[]) {
  return CHECKER_STATUSES.flatMap((id) => {
    const p = people.find((x) => x.id === id);
    return p ? [{ id, nama: p.data.nama, nama_lengkap: p.data.nama_lengkap, count: scenariosFor(id, all).length }] : [];
  });
}

/** The situation groups with at least one scenario for this person, in the groups' order. */
export function situationsFor(status: string, all: readonly Scenario[]) {
  const mine = scenariosFor(status, all);
  return SITUATIONS.flatMap((g) => {
    const count = mine.filter((s) => situationOf(s.data.topik) === g).length;
    return count ? [{ id: g, ...SITUATION_LABEL[g], count }] : [];
  });
}

/** Every answer page of the checker: one per status and situation group with scenarios. */
export function checkerPages(people: readonly Person[], all: readonly Scenario[]) {
  return checkerStatuses(people, all).flatMap((st) =>
    situationsFor(st.id, all).map((g) => ({ status: st.id, situasi: g.id })),
  );
}

/** The scenarios of one status and situation group. */
export const scenariosIn = (status: string, situasi: Situation, all: readonly Scenario[]) =>
  scenariosFor(status, all).filter((s) => situationOf(s.data.topik) === situasi);

/** A person's sanction level in a scenario: `sanksi` is the first person's, `sanksi_lain` the others'. */
export function personSanction(
  s: Pick<ScenarioData, 'berlaku_untuk' | 'sanksi' | 'sanksi_lain'>,
  subjek: string,
): SanctionLevel | undefined {
  if (s.berlaku_untuk[0] === subjek) return s.sanksi;
  return s.sanksi_lain.find((x) => x.subjek === subjek)?.tingkat;
}

/** A larangan's sanction for a person: its main one for its first person, else that person's line. */
function laranganSanction(l: EntryOf<'larangan'>, subjek: string) {
  const d = l.data;
  if ((d.berlaku_untuk[0] ?? 'pns') === subjek) return { tingkat: d.sanksi.tingkat, uraian: d.sanksi.uraian };
  return d.sanksi_lain.find((x) => x.subjek === subjek);
}

/** The first sentence of a text (up to the first full stop followed by a space or the end). */
export const firstSentence = (text: string) => /^.*?[.!?](?=\s|$)/s.exec(text.trim())?.[0] ?? text.trim();

/** A glossary term written out: "CLTN (cuti di luar tanggungan negara): Cuti yang … negara." */
export function termWrittenOut(g: Pick<EntryOf<'glosarium'>['data'], 'istilah' | 'kepanjangan' | 'definisi'>) {
  const long = g.kepanjangan ? ` (${g.kepanjangan.toLowerCase()})` : '';
  return `${g.istilah}${long}: ${firstSentence(g.definisi)}`;
}

/** Whether an answer involves CLTN: it names it, or it has an alternative for those without it. */
export const mentionsCltn = (s: Pick<ScenarioData, 'syarat' | 'penjelasan' | 'tanpa_cltn'>) =>
  !!s.tanpa_cltn || [s.syarat, s.penjelasan].some((t) => t && CLTN_WORDS.test(t));

export interface SanctionMeaningLine {
  text: string;
  ref?: LegalRef;
}

export interface PersonAnswer {
  id: string;
  topik: ScenarioData['topik'];
  pertanyaan: string;
  putusan: ScenarioData['putusan'];
  syarat?: string | undefined;
  penjelasan: string;
  /** The person the answer applies to, when it is not the status asked about (Pj as PNS). */
  as?: { id: string; nama: string };
  /** The sanction for this person (none when the act is allowed). */
  sanction?: { tingkat?: SanctionLevel; label: string; meaning: SanctionMeaningLine[] };
  jalur_pidana?: ScenarioData['jalur_pidana'];
  /** CLTN written out, and for a person without CLTN what they can do instead. */
  cltn?: { writtenOut?: string; hasCltn: boolean; alternative?: string; jalur?: string };
  dasar_hukum: ScenarioData['dasar_hukum'];
  /** The rules the answer rests on, with whose support they are about (bakal calon or calon), if said. */
  larangan: { id: string; judul: string; dukungan?: SupportTarget; kecualiCltn?: true }[];
  /** The elections the answer is about: those of its election-specific instruments, else both. */
  lingkup: LawScope[];
  /** Related situations that also apply to this person. */
  terkait: { id: string; topik: ScenarioData['topik']; pertanyaan: string }[];
}

/**
 * One scenario's answer for the person asking. The sanction is that person's (never another
 * person's badge); its meaning is the pasal that defines the level, else what the cited larangan
 * says for that person, else the person's own sanction text in content/subjek/.
 */
export function personAnswer(
  s: Scenario,
  status: string,
  ctx: {
    people: ReadonlyMap<string, Person>;
    scenarios: ReadonlyMap<string, Scenario>;
    larangan: ReadonlyMap<string, EntryOf<'larangan'>>;
    regs: EntryOf<'regulasi'>[];
    cltnTerm?: EntryOf<'glosarium'> | undefined;
  },
): PersonAnswer {
  const d = s.data;
  const asId = appliesAs(d, status) ?? status;
  const me = ctx.people.get(status);
  const asPerson = ctx.people.get(asId);
  const cited = d.larangan.flatMap((id) => ctx.larangan.get(id) ?? []);
  let sanction: PersonAnswer['sanction'];
  if (d.putusan !== 'boleh') {
    const tingkat = personSanction(d, asId);
    let meaning: SanctionMeaningLine[] = [];
    if (tingkat) {
      meaning = sanctionMeaning(tingkat, ctx.regs).map((m) => ({ text: m.inti, ref: m.ref }));
      if (!meaning.length)
        meaning = [
          ...new Set(
            cited.flatMap((l) => {
              const x = laranganSanction(l, asId);
              return x && x.tingkat === tingkat ? [x.uraian] : [];
            }),
          ),
        ].map((text) => ({ text }));
    }
    if (!meaning.length && asPerson) meaning = [{ text: asPerson.data.sanksi_uraian }];
    sanction = {
      ...(tingkat ? { tingkat } : {}),
      label: tingkat
        ? SANCTION_LABEL[tingkat]
        : `Jawaban ini tidak menyebut tingkat sanksinya bagi ${asPerson?.data.nama ?? asId}. Sanksi yang berlaku bagi ${asPerson?.data.nama ?? asId}:`,
      meaning,
    };
  }
  let cltn: PersonAnswer['cltn'];
  if (mentionsCltn(d)) {
    const hasCltn = me?.data.cltn ?? false;
    cltn = {
      hasCltn,
      ...(ctx.cltnTerm ? { writtenOut: termWrittenOut(ctx.cltnTerm.data) } : {}),
      ...(!hasCltn && d.tanpa_cltn ? { alternative: d.tanpa_cltn } : {}),
      ...(!hasCltn && me ? { jalur: me.data.jalur_partisipasi } : {}),
    };
  }
  return {
    id: s.id,
    topik: d.topik,
    pertanyaan: d.pertanyaan,
    putusan: d.putusan,
    syarat: d.syarat,
    penjelasan: d.penjelasan,
    ...(asId !== status ? { as: { id: asId, nama: asPerson?.data.nama ?? asId } } : {}),
    ...(sanction ? { sanction } : {}),
    ...(d.jalur_pidana ? { jalur_pidana: d.jalur_pidana } : {}),
    ...(cltn ? { cltn } : {}),
    dasar_hukum: d.dasar_hukum,
    larangan: cited.map((l) => ({
      id: l.id,
      judul: l.data.judul,
      ...(l.data.subjek ? { dukungan: l.data.subjek } : {}),
      ...(l.data.kecuali_cltn ? { kecualiCltn: true as const } : {}),
    })),
    lingkup: electionScopes([...d.dasar_hukum, ...(d.jalur_pidana?.dasar ?? [])], ctx.regs),
    terkait: d.terkait.flatMap((id) => {
      const x = ctx.scenarios.get(id);
      return x && appliesAs(x.data, status) ? [{ id, topik: x.data.topik, pertanyaan: x.data.pertanyaan }] : [];
    }),
  };
}

/** The statuses a scenario answers for, each with the page holding its answer for that person. */
export function answerForEachStatus(
  s: Pick<Scenario, 'id' | 'data'>,
  statuses: readonly { id: string; nama: string }[],
) {
  return statuses.flatMap((st) =>
    appliesAs(s.data, st.id)
      ? [{ status: st.id, nama: st.nama, path: routes.checkerAnswers(st.id, situationOf(s.data.topik), s.id) }]
      : [],
  );
}

/**
 * The third question, asked only where it changes the answers: has the person the user would
 * support already been set as a candidate by KPU? Rules say whose support they forbid (larangan
 * `subjek`: bakal calon, calon or both), so the answers narrow without any new content.
 */
export const STAGES = ['bakal-calon', 'calon'] as const;
export type Stage = (typeof STAGES)[number];
export const STAGE_LABEL = {
  'bakal-calon': {
    choice: 'Belum: masih bakal calon',
    hint: 'Belum ditetapkan KPU sebagai calon atau pasangan calon',
    heading: 'bila orangnya masih bakal calon',
  },
  calon: {
    choice: 'Sudah: calon atau pasangan calon',
    hint: 'Sudah ditetapkan KPU, termasuk selama kampanye, masa tenang, dan pemungutan suara',
    heading: 'bila orangnya sudah ditetapkan sebagai calon',
  },
} satisfies Record<Stage, { choice: string; hint: string; heading: string }>;

/** Whether an answer holds at this stage: it rests on no rule about one stage only, or on one about this stage. */
export const fitsStage = (a: Pick<PersonAnswer, 'larangan'>, stage: Stage) =>
  a.larangan.length === 0 || a.larangan.some((l) => !l.dukungan || l.dukungan === 'semua' || l.dukungan === stage);

/** The choices worth asking about: each leaves some answers out and keeps at least one. */
function splitting<T, A>(choices: readonly T[], answers: readonly A[], fits: (a: A, choice: T) => boolean): T[] {
  return choices.filter((c) => {
    const n = answers.filter((a) => fits(a, c)).length;
    return n > 0 && n < answers.length;
  });
}

/** The stages worth asking about for these answers: each leaves some answers out and keeps at least one. */
export const stagesFor = (answers: readonly Pick<PersonAnswer, 'larangan'>[]): Stage[] =>
  splitting(STAGES, answers, fitsStage);

/**
 * The elections an answer is about. An instrument for one kind of election only (UU 7/2017 for
 * pemilu, UU 10/2016 for pilkada: regulasi `lingkup`) ties it to that kind; an answer resting only on
 * rules for both (UU ASN, PP 94/2021, the joint decree) holds in both.
 */
export function electionScopes(refs: readonly { regulasi: string }[], regs: EntryOf<'regulasi'>[]): LawScope[] {
  const byReg = byId(regs);
  const specific = new Set(
    refs.flatMap((r) => {
      const scope = byReg.get(r.regulasi)?.data.lingkup ?? [];
      return scope.length === 1 ? scope : [];
    }),
  );
  return specific.size ? LAW_SCOPES.filter((k) => specific.has(k)) : [...LAW_SCOPES];
}

export const ELECTION_LABEL = {
  pemilu: {
    choice: 'Pemilu',
    hint: 'Presiden dan wakil presiden, DPR, DPD, DPRD',
    heading: 'dalam pemilu',
  },
  pilkada: {
    choice: 'Pilkada',
    hint: 'Gubernur, bupati, wali kota',
    heading: 'dalam pilkada',
  },
} satisfies Record<LawScope, { choice: string; hint: string; heading: string }>;

export const fitsElection = (a: Pick<PersonAnswer, 'lingkup'>, kind: LawScope) => a.lingkup.includes(kind);

/** The kinds of election worth asking about: each leaves some answers out and keeps at least one. */
export const electionsFor = (answers: readonly Pick<PersonAnswer, 'lingkup'>[]): LawScope[] =>
  splitting(LAW_SCOPES, answers, fitsElection);

/**
 * The fourth question, asked only of people who can take CLTN and only where an answer rests on a
 * rule that binds those not on CLTN (larangan `kecuali_cltn`: the joint decree's items A.7 and B.3
 * say "tanpa CLTN"). It does not rewrite any verdict: it says, from the rule itself, whether that
 * rule binds the person, and leaves out a "no" that rests on such rules alone for someone on CLTN.
 */
export const CLTN_STATES = ['sedang-cltn', 'tanpa-cltn'] as const;
export type CltnState = (typeof CLTN_STATES)[number];
export const CLTN_LABEL = {
  'sedang-cltn': {
    choice: 'Ya, sedang CLTN',
    hint: 'CLTN Anda sudah diberikan pejabat yang berwenang dan sedang berjalan',
    heading: 'bila Anda sedang CLTN',
    state: 'sedang CLTN',
  },
  'tanpa-cltn': {
    choice: 'Tidak, atau baru mengajukan',
    hint: 'Belum diajukan, belum diberikan, atau sudah berakhir',
    heading: 'bila Anda tidak sedang CLTN',
    state: 'tidak sedang CLTN',
  },
} satisfies Record<CltnState, { choice: string; hint: string; heading: string; state: string }>;

/** The rules of an answer that bind only those not on CLTN. */
export const cltnRules = (a: Pick<PersonAnswer, 'larangan'>) => a.larangan.filter((l) => l.kecualiCltn);

/** Whether to ask about CLTN: the person can take it and some answer rests on a rule about it. */
export const cltnAsked = (answers: readonly Pick<PersonAnswer, 'larangan'>[], hasCltn: boolean) =>
  hasCltn && answers.some((a) => cltnRules(a).length > 0);

/** A "no" that rests only on rules binding those not on CLTN does not describe someone on CLTN. */
export const fitsCltn = (a: Pick<PersonAnswer, 'larangan' | 'putusan'>, state: CltnState) =>
  state === 'tanpa-cltn' ||
  !(a.putusan === 'tidak-boleh' && a.larangan.length > 0 && a.larangan.every((l) => l.kecualiCltn));

/**
 * What the CLTN answer means for one answer, from its rules only: on CLTN, those rules do not bind
 * the person and the rest of the answer still holds; not on CLTN, they bind, and an answer allowed
 * only with CLTN (its condition names CLTN) is a "no" until CLTN is granted.
 */
export function cltnReading(
  a: Pick<PersonAnswer, 'larangan' | 'putusan' | 'syarat'>,
  state: CltnState,
): { verdict?: string; text: string } | undefined {
  const rules = cltnRules(a);
  if (!rules.length) return undefined;
  const names = rules.map((l) => `“${l.judul}”`).join(' dan ');
  const one = rules.length === 1;
  if (state === 'sedang-cltn')
    return {
      text: `Larangan ${names} hanya mengenai pegawai yang tidak sedang CLTN, jadi selama CLTN Anda berjalan ${one ? 'larangan itu' : 'larangan-larangan itu'} tidak mengenai Anda. Aturan dan syarat lain dalam jawaban ini tetap berlaku.`,
    };
  // "Boleh hanya bila … CLTN …" states CLTN as a necessary condition, so without it the answer is no.
  const onlyWithCltn =
    a.putusan === 'tergantung' && !!a.syarat && /^Boleh hanya bila\b/i.test(a.syarat) && CLTN_WORDS.test(a.syarat);
  return {
    ...(onlyWithCltn ? { verdict: 'Tidak boleh selama Anda belum CLTN.' } : {}),
    text: `Larangan ${names} berlaku bagi Anda selama Anda tidak sedang CLTN. CLTN harus diajukan dan baru berlaku setelah diberikan pejabat yang berwenang.`,
  };
}

/** One narrowed answer page: a stage of the candidate, a kind of election, or whether on CLTN. */
export type Narrowing =
  { kind: 'tahap'; value: Stage } | { kind: 'pemilihan'; value: LawScope } | { kind: 'cltn'; value: CltnState };
export const narrowingLabel = (n: Narrowing) =>
  n.kind === 'tahap' ? STAGE_LABEL[n.value] : n.kind === 'pemilihan' ? ELECTION_LABEL[n.value] : CLTN_LABEL[n.value];
export const fitsNarrowing = (a: Pick<PersonAnswer, 'larangan' | 'lingkup' | 'putusan'>, n: Narrowing) =>
  n.kind === 'tahap' ? fitsStage(a, n.value) : n.kind === 'pemilihan' ? fitsElection(a, n.value) : fitsCltn(a, n.value);
