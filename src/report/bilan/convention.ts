/**
 * What of the plan the bilan reports fiche by fiche: the convention's active fiches and their
 * indicators as written. The follow-up derived from them (each action's state, account and
 * milestones; the governance fiche) has its own sections — the actions of each fiche, « Gouvernance »
 * — and is not repeated as figures.
 */
import { derivedFiches, isDerivedIndicator } from '../../plan/followUpPlan';
import type { Fiche, Plan } from '../../plan/schema';
import type { IndicatorConsolidation } from '../../consolidate/types';

export function reportedFiches(plan: Plan): Fiche[] {
  return plan.fiches.filter((f) => f.status === 'active' && !derivedFiches.has(f.number));
}

export function ficheFigures(indicators: readonly IndicatorConsolidation[], fiche: Fiche): IndicatorConsolidation[] {
  return indicators.filter((i) => i.fiche === fiche.number && !isDerivedIndicator(i.code));
}
