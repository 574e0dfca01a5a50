/** The plan, indexed for reading returns: indicators by code, members, periods, sheets. */
import { ficheSheetName } from '../collect/sheetName';
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

/** As the collection sheet writes them: one dimension gives its options; several are crossed with « + ». */
export function breakdownMembers(indicator: Indicator, lists: readonly ChoiceList[]): string[] {
  return indicator.breakdown.reduce<string[]>((acc, listId) => {
    const options = lists.find((l) => l.id === listId)?.options.map((o) => o.code) ?? [];
    return acc.length === 0 ? options : acc.flatMap((a) => options.map((o) => `${a}+${o}`));
  }, []);
}

export function indexPlan(plan: Plan): PlanIndex {
  const indicators = new Map<string, IndicatorInfo>();
  for (const site of indicatorSites(plan)) {
    const members = breakdownMembers(site.indicator, plan.lists);
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

/** « code/member » as written in the code column; the code alone without breakdown. */
export function rowKey(code: string, member: string): string {
  return member === '' ? code : `${code}/${member}`;
}

export function splitRowKey(key: string): { code: string; member: string } {
  const slash = key.indexOf('/');
  return slash < 0 ? { code: key, member: '' } : { code: key.slice(0, slash), member: key.slice(slash + 1) };
}
