/**
 * The plan check of how each territory figure is formed (the indicator's `formation`): a figure
 * that would add two reports of the same thing, an authoritative source nobody asks, shares of a
 * figure that cannot be split, a reference to an indicator the plan does not have — each refused
 * with its path, so that the adviser fixes the plan before a wrong figure reaches the COPIL.
 */
import type { CrossCheckCode, CrossCheckParams, PlanPath } from './issues';
import type { Indicator, IndicatorType, Plan, RespondentKind } from './schema';
import { reporterKinds } from './selection';
import type { IndicatorSite } from './walk';

type Report = (code: CrossCheckCode, path: PlanPath, params?: CrossCheckParams) => void;

/** Types whose answers add up (« oui » answers are counted). */
const additiveTypes: ReadonlySet<IndicatorType> = new Set(['integer', 'decimal', 'amount', 'yesNo']);
/** Types that have a largest answer. */
const orderedTypes: ReadonlySet<IndicatorType> = new Set(['integer', 'decimal', 'amount', 'percentage', 'yesNo', 'date']);
/** Types whose members can be shares of a whole. */
const shareableTypes: ReadonlySet<IndicatorType> = new Set(['integer', 'decimal', 'amount']);

/** How many respondents of a kind the plan has: communes from the territory, the others from the parties. */
export function respondentsOfKind(plan: Pick<Plan, 'parties' | 'territory'>, kind: RespondentKind): number {
  return kind === 'commune' ? plan.territory.communes.length : plan.parties.filter((p) => p.kind === kind).length;
}

/** The kind of a named respondent: a commune by its INSEE code, a party by its code. */
function kindOfCode(plan: Pick<Plan, 'parties' | 'territory'>, code: string): RespondentKind | undefined {
  if (plan.territory.communes.some((c) => c.insee === code)) return 'commune';
  return plan.parties.find((p) => p.code === code)?.kind;
}

export function checkFormation(plan: Plan, site: IndicatorSite, byCode: ReadonlyMap<string, IndicatorSite>, report: Report): void {
  const { indicator } = site;
  const formation = indicator.formation;
  const path = [...site.path, 'formation'];
  const kinds = reporterKinds(indicator.reporters, (code) => kindOfCode(plan, code));
  const params = { indicator: indicator.code, type: indicator.type };
  switch (formation.kind) {
    case 'sum':
      // The double counts: the EPCI and the Caf both count a meeting they both attend.
      if (kinds.length > 1) report('formation_several_kinds', [...path, 'kind'], { ...params, kinds: kinds.join(', ') });
      if (!additiveTypes.has(indicator.type)) report('formation_type', [...path, 'kind'], { ...params, kind: formation.kind });
      break;
    case 'distinctSum':
      if (!additiveTypes.has(indicator.type)) report('formation_type', [...path, 'kind'], { ...params, kind: formation.kind });
      break;
    case 'authority':
      if (!kinds.includes(formation.source)) {
        report('formation_source_not_reporter', [...path, 'source'], { ...params, source: formation.source, kinds: kinds.join(', ') });
      } else if (respondentsOfKind(plan, formation.source) !== 1) {
        report('formation_source_not_single', [...path, 'source'], { ...params, source: formation.source, count: respondentsOfKind(plan, formation.source) });
      }
      break;
    case 'max':
      if (!orderedTypes.has(indicator.type)) report('formation_type', [...path, 'kind'], { ...params, kind: formation.kind });
      break;
    case 'latest':
    case 'listed':
      break;
    case 'sameAs':
      checkSameAs(indicator, formation.indicator, path, byCode, report);
      break;
  }
  if ('shares' in formation && formation.shares && (indicator.breakdown.length === 0 || !shareableTypes.has(indicator.type))) {
    report('formation_shares', [...path, 'shares'], params);
  }
}

/** Asked once, shown twice: the indicator shown must exist, be asked itself, and have the same shape. */
function checkSameAs(indicator: Indicator, target: string, path: PlanPath, byCode: ReadonlyMap<string, IndicatorSite>, report: Report): void {
  const at = [...path, 'indicator'];
  const site = byCode.get(target);
  if (site === undefined) {
    report('formation_unknown_indicator', at, { indicator: indicator.code, value: target });
    return;
  }
  const shown = site.indicator;
  if (shown.code === indicator.code || shown.formation.kind === 'sameAs') {
    report('formation_same_as_chain', at, { indicator: indicator.code, value: target });
    return;
  }
  if (shown.type !== indicator.type || shown.breakdown.join('×') !== indicator.breakdown.join('×')) {
    report('formation_same_as_mismatch', at, { indicator: indicator.code, value: target });
  }
  const missing = indicator.periods.filter((p) => !shown.periods.includes(p));
  if (missing.length > 0) report('formation_same_as_periods', at, { indicator: indicator.code, value: target, periods: missing.join(', ') });
}
