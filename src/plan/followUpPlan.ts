/**
 * What the plan asks beyond the convention's indicators, derived from it (issue 14): each action's
 * follow-up and the governance. Applied wherever a Plan is made (parsePlan, defaultPlan), never
 * written in the plan sheets (planToGrids leaves derived items out), so a plan read back from its
 * sheets derives the same again.
 */
import { actionStateList, isFollowUpCode, withActionFollowUp } from './actionFollowUp';
import { governanceFicheNumber, isGovernanceCode, meetingSlotList, withGovernance } from './governance';
import type { Plan } from './schema';

export function withFollowUp(plan: Plan): Plan {
  return withGovernance(withActionFollowUp(plan));
}

export function isDerivedIndicator(code: string): boolean {
  return isFollowUpCode(code) || isGovernanceCode(code);
}

export const derivedLists: ReadonlySet<string> = new Set([actionStateList, meetingSlotList]);
export const derivedFiches: ReadonlySet<string> = new Set([governanceFicheNumber]);

/** The plan as its author wrote it: the derived fiche, indicators and lists left out (for the plan sheets). */
export function withoutFollowUp(plan: Plan): Plan {
  const keep = <T extends { code: string }>(indicators: readonly T[]): T[] => indicators.filter((i) => !isDerivedIndicator(i.code));
  return {
    ...plan,
    fiches: plan.fiches
      .filter((f) => !derivedFiches.has(f.number))
      .map((f) => ({ ...f, indicators: keep(f.indicators), actions: f.actions.map((a) => ({ ...a, indicators: keep(a.indicators) })) })),
    lists: plan.lists.filter((l) => !derivedLists.has(l.id)),
  };
}
