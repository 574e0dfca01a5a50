/** The plan, indexed for reading returns: indicators by code, members, periods, sheets. */
import { ficheSheetName } from '../collect/sheetName';
import { breakdownMembers } from '../plan/breakdown';
import type { ChoiceList, Indicator, Period, Plan } from '../plan/schema';
import { indicatorSites } from '../plan/walk';
import type { ExpectedCell } from './expectedCell';

export type IndicatorInfo = {
  indicator: Indicator;
  fiche: string;
  /** Breakdown member codes, in sheet order ('' alone when there is no breakdown). */
  members: string[];
};

export type PlanIndex = {
  plan: Plan;
  indicators: Map<string, IndicatorInfo>;
  periods: Map<string, Period>;
  /** Expected sheet name → fiche number. */
  sheetFiche: Map<string, string>;
  lists: Map<string, ChoiceList>;
  /**
   * The cells a generated template expects, by respondent kind and periods: the same for every
   * commune, so it is built once per validation run rather than once per return.
   */
  templates: Map<string, readonly ExpectedCell[]>;
};

export function indexPlan(plan: Plan): PlanIndex {
  const indicators = new Map<string, IndicatorInfo>();
  for (const site of indicatorSites(plan)) {
    const members = breakdownMembers(site.indicator, plan.lists).map((m) => m.code);
    indicators.set(site.indicator.code, { indicator: site.indicator, fiche: site.fiche.number, members: members.length > 0 ? members : [''] });
  }
  return {
    plan,
    indicators,
    periods: new Map(plan.periods.map((p) => [p.id, p])),
    sheetFiche: new Map(plan.fiches.map((f) => [ficheSheetName(f), f.number])),
    lists: new Map(plan.lists.map((l) => [l.id, l])),
    templates: new Map(),
  };
}
