/**
 * Each action followed year by year (issue 14; the convention, article 9: « une évaluation des
 * actions est conduite au fur et à mesure … lors des revues du plan d'actions »): derived from the
 * plan's actions as ordinary indicators, so that the one machinery that writes the collection
 * sheets, their drop-down lists, the reader, the validation, « Données », « Historique », the
 * carry-over and the consolidation takes them with no second road. They sit in the action's own
 * block of its fiche tab, where the pilot reports the action's figures: one place per action.
 *
 * Per action with pilots: its state (a list, required for every elapsed period from its start),
 * what was done and the difficulties met (text, bounded as every text cell is), and one « atteinte »
 * yes/no per dated milestone, asked from the milestone's year on.
 */
import { actionStates } from './actionStates';
import { actionStateLabels, followUpWords as words } from '../i18n/followUpWords';
import type { Action, ChoiceList, Indicator, Milestone, Period, Plan } from './schema';

/** The choice list of the state (codes of consolidate/followUp.ts `actionStates`). */
export const actionStateList = 'etat_action';

export type FollowUpPart = 'state' | 'account' | 'difficulties';

const partSuffix: Record<FollowUpPart, string> = { state: 'suivi.etat', account: 'suivi.compte_rendu', difficulties: 'suivi.difficultes' };

export const followUpCode = (action: string, part: FollowUpPart): string => `${action}.${partSuffix[part]}`;
export const milestoneCode = (action: string, index: number): string => `${action}.suivi.echeance_${index + 1}`;

/** Codes the derivation makes: never written in the plan sheets (derived again on reading). */
export function isFollowUpCode(code: string): boolean {
  return /\.suivi\.(etat|compte_rendu|difficultes|echeance_\d+)$/.test(code);
}

export function actionStateChoiceList(): ChoiceList {
  return { id: actionStateList, label: words.stateList.label, options: actionStates.map((code) => ({ code, label: actionStateLabels[code] })) };
}

/** The periods from the action's first one (all of them when the convention gives no start). */
export function periodsFrom(periods: readonly Period[], first: string | undefined): string[] {
  const start = first === undefined ? -1 : periods.findIndex((p) => p.id === first);
  return periods.slice(Math.max(start, 0)).map((p) => p.id);
}

/** The period holding a date, or the last one ending before it… the first one when it comes before all. */
export function periodOfDate(periods: readonly Period[], date: string): Period | undefined {
  return periods.find((p) => p.start <= date && date <= p.end) ?? [...periods].reverse().find((p) => p.end < date) ?? periods[0];
}

const base = (action: Action, periods: string[]): Pick<Indicator, 'reporters' | 'periods' | 'breakdown' | 'formation' | 'trackEvolution' | 'required'> => ({
  reporters: [...action.pilots],
  periods,
  breakdown: [],
  formation: { kind: 'listed' },
  trackEvolution: false,
  required: false,
});

export function actionFollowUpIndicators(action: Action, periods: readonly Period[]): Indicator[] {
  if (action.pilots.length === 0) return [];
  const from = periodsFrom(periods, action.startPeriod);
  return [
    { ...base(action, from), code: followUpCode(action.code, 'state'), label: words.state.label(action.title), source: words.state.source, type: 'choice', list: actionStateList, required: true, note: words.state.note },
    { ...base(action, from), code: followUpCode(action.code, 'account'), label: words.account.label(action.title), source: words.account.source, type: 'text', note: words.account.note },
    { ...base(action, from), code: followUpCode(action.code, 'difficulties'), label: words.difficulties.label(action.title), source: words.difficulties.source, type: 'text', note: words.difficulties.note },
    ...action.milestones.map((m, i) => milestoneIndicator(action, m, i, periods)),
  ];
}

function milestoneIndicator(action: Action, milestone: Milestone, index: number, periods: readonly Period[]): Indicator {
  return {
    ...base(action, periodsFrom(periods, periodOfDate(periods, milestone.due)?.id)),
    code: milestoneCode(action.code, index),
    label: words.milestone.label(milestone.wording, milestone.due),
    source: words.milestone.source(milestone.wording),
    type: 'yesNo',
    note: words.milestone.note,
  };
}

/** The plan with each followed action's indicators appended (once: a plan already holding them is left as is). */
export function withActionFollowUp(plan: Plan): Plan {
  const followed = plan.fiches.some((f) => f.status === 'active' && f.actions.some((a) => a.pilots.length > 0));
  if (!followed) return plan;
  const fiches = plan.fiches.map((fiche) =>
    fiche.status !== 'active'
      ? fiche
      : {
          ...fiche,
          actions: fiche.actions.map((action) => {
            const present = new Set(action.indicators.map((i) => i.code));
            const derived = actionFollowUpIndicators(action, plan.periods).filter((i) => !present.has(i.code));
            return derived.length === 0 ? action : { ...action, indicators: [...action.indicators, ...derived] };
          }),
        },
  );
  const lists = plan.lists.some((l) => l.id === actionStateList) ? plan.lists : [...plan.lists, actionStateChoiceList()];
  return { ...plan, fiches, lists };
}
