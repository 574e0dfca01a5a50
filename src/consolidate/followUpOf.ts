/**
 * The consolidation's follow-up (consolidate/followUp.ts), composed of its parts so that each is
 * filled by its own builder: the actions, their écarts and the governance here; Annexe 2's
 * facilities by theirs.
 */
import type { Plan } from '../plan/schema';
import { actionReports, governanceMeetings, indexValues } from './actionsFollowUp';
import type { FollowUp } from './followUp';
import { computeGaps } from './gaps';
import type { Completeness, ConsolidatedRespondent, IndicatorConsolidation, RespondentValue } from './types';

export type FollowUpInput = {
  plan: Plan;
  /** ISO date: the consolidation's as-of date, or the day it was built. */
  asOf: string;
  values: readonly RespondentValue[];
  indicators: readonly IndicatorConsolidation[];
  completeness: Completeness;
  respondents: readonly ConsolidatedRespondent[];
};

export function actionsFollowUp(input: FollowUpInput): Pick<FollowUp, 'actions' | 'gaps' | 'governance'> {
  const index = indexValues(input.values);
  const actions = actionReports(input.plan, input.values, index);
  return {
    actions,
    gaps: computeGaps({ ...input, reports: actions, index }),
    governance: governanceMeetings(input.plan, input.values, index),
  };
}

export function followUpOf(input: FollowUpInput): FollowUp {
  return { ...actionsFollowUp(input), facilities: [] };
}
