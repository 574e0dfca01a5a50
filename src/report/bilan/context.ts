/**
 * What every section of the bilan reads: the plan, the consolidation, the follow-up (action reports,
 * écarts, Annexe 2, governance — src/consolidate/followUp.ts) and the words of the reader's language,
 * with the lookups the sections share (a period's label, a respondent's or a party's name).
 */
import type { FollowUp } from '../../consolidate/followUp';
import type { Consolidation } from '../../consolidate/types';
import { bilanWords, type BilanWords } from '../../i18n/bilanWords';
import type { Lang } from '../../i18n/lang';
import type { Plan } from '../../plan/schema';

export type BilanInput = {
  plan: Plan;
  consolidation: Consolidation;
  followUp: FollowUp;
  lang: Lang;
  /** ISO date (or timestamp) the document is prepared on: passed in, never read from a clock. */
  preparedOn: string;
};

export type BilanContext = BilanInput & {
  words: BilanWords;
  periodLabel: (id: string) => string;
  /** A respondent, a party, a commune (INSEE code) by name; an unknown code as it is. */
  nameOf: (code: string) => string;
  /** « Fiche 3.2, action 1 « … » » for an action code; the code itself when the plan lacks it. */
  actionRef: (fiche: string, action: string) => string;
};

export function bilanContext(input: BilanInput): BilanContext {
  const { plan, consolidation } = input;
  const words = bilanWords[input.lang];
  const names = new Map<string, string>([
    ...plan.territory.communes.map((c) => [c.insee, c.name] as const),
    ...plan.parties.map((p) => [p.code, p.name] as const),
    ...consolidation.respondents.map((r) => [r.code, r.name] as const),
  ]);
  const periods = new Map(plan.periods.map((p) => [p.id, p.label]));
  return {
    ...input,
    words,
    periodLabel: (id) => periods.get(id) ?? id,
    nameOf: (code) => names.get(code) ?? code,
    actionRef: (ficheNumber, code) => {
      const action = plan.fiches.find((f) => f.number === ficheNumber)?.actions.find((a) => a.code === code);
      return action !== undefined ? words.actionRef(ficheNumber, action.number, action.title) : code;
    },
  };
}
