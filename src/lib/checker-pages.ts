// The data of every answer page of the person-first checker, read once from the collections and
// shared by the two page routes (all answers, and answers narrowed to one stage of the candidate).
import { CLTN_TERM } from '../collections/subjek.ts';
import { checkerPages, cltnAsked, electionsFor, personAnswer, scenariosIn, stagesFor } from './checker.ts';
import { getGlosarium, getLarangan, getRegulasi, getSkenario, getSubjek } from './content.ts';
import { byId } from './lookup.ts';

let memo: ReturnType<typeof load> | undefined;
export const checkerAnswerPages = () => (memo ??= load());

async function load() {
  const [people, all, lar, regs, glo] = await Promise.all([
    getSubjek(),
    getSkenario(),
    getLarangan(),
    getRegulasi(),
    getGlosarium(),
  ]);
  const ctx = {
    people: byId(people),
    scenarios: byId(all),
    larangan: byId(lar),
    regs,
    cltnTerm: byId(glo).get(CLTN_TERM),
  };
  const pages = checkerPages(people, all).map(({ status, situasi }) => {
    const answers = scenariosIn(status, situasi, all).map((s) => personAnswer(s, status, ctx));
    return {
      status,
      situasi,
      nama: ctx.people.get(status)!.data.nama,
      answers,
      stages: stagesFor(answers),
      elections: electionsFor(answers),
      cltn: cltnAsked(answers, ctx.people.get(status)!.data.cltn),
    };
  });
  return { pages, regs };
}
