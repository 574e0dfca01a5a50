/** Every indicator of a plan with where it sits, for checks, summaries and generators. */
import type { Action, Fiche, Indicator, Plan } from './schema';
import type { PlanPath } from './issues';

export type IndicatorSite = {
  fiche: Fiche;
  /** Undefined for the fiche-level evaluation criteria. */
  action?: Action;
  indicator: Indicator;
  path: PlanPath;
};

export function indicatorSites(plan: Pick<Plan, 'fiches'>): IndicatorSite[] {
  return plan.fiches.flatMap((fiche, f) => [
    ...fiche.actions.flatMap((action, a) =>
      action.indicators.map((indicator, i) => ({
        fiche,
        action,
        indicator,
        path: ['fiches', f, 'actions', a, 'indicators', i] as PlanPath,
      })),
    ),
    ...fiche.indicators.map((indicator, i) => ({
      fiche,
      indicator,
      path: ['fiches', f, 'indicators', i] as PlanPath,
    })),
  ]);
}
