/**
 * Indicator by indicator, period by period, member by member: the territory figure as the plan
 * says it is formed, who it is made of, each respondent's value, the counts of answers, empty
 * cells and « non concerné », the evolution and the target.
 */
import { breakdownMembers } from '../plan/breakdown';
import type { Indicator, Plan, RespondentKind } from '../plan/schema';
import { isAsked } from '../plan/selection';
import { indicatorSites, type IndicatorSite } from '../plan/walk';
import { aggregate, computationOf, contributing, countStates, formedFrom, hasMemberTotal, shareOf, tidy } from './aggregate';
import { basisOf, mergeBases, scopedEvolution, type FigureOf, type ScopedFigure } from './scope';
import { valueKey } from './keys';
import { checkTarget } from './targets';
import { totalMember, type Computation, type ConsolidatedCell, type ConsolidatedRespondent, type Counts, type FigureBasis, type IndicatorConsolidation, type RespondentValue } from './types';

type KindOf = (respondent: string) => RespondentKind | undefined;

export function consolidateIndicators(plan: Plan, respondents: readonly ConsolidatedRespondent[], current: ReadonlyMap<string, RespondentValue>): IndicatorConsolidation[] {
  const kinds = new Map(respondents.map((r) => [r.code, r.kind]));
  const kindOf: KindOf = (code) => kinds.get(code);
  const sites = indicatorSites(plan);
  const asked = new Map<string, IndicatorConsolidation>();
  for (const site of sites) {
    if (site.indicator.formation.kind !== 'sameAs') asked.set(site.indicator.code, consolidateAsked(plan, site, respondents, current, kindOf));
  }
  return sites.map((site) => {
    const { formation } = site.indicator;
    if (formation.kind !== 'sameAs') return asked.get(site.indicator.code)!;
    const shown = asked.get(formation.indicator);
    // The plan check refuses a dangling reference; a plan built by hand without it shows nothing.
    return shown !== undefined ? shownFrom(site, shown) : consolidateAsked(plan, site, respondents, new Map(), kindOf);
  });
}

function consolidateAsked(plan: Plan, { fiche, action, indicator }: IndicatorSite, respondents: readonly ConsolidatedRespondent[], current: ReadonlyMap<string, RespondentValue>, kindOf: KindOf): IndicatorConsolidation {
  const members = breakdownMembers(indicator, plan.lists);
  const applied = computationOf(indicator.type, indicator.formation);
  const source = indicator.formation.kind === 'authority' ? indicator.formation.source : null;
  const withShares = 'shares' in indicator.formation && indicator.formation.shares;
  const withTotal = members.length > 0 && hasMemberTotal(applied, indicator.type);
  const reporters = respondents.filter((r) => isAsked(indicator.reporters, r));
  const cells: ConsolidatedCell[] = [];
  const previousOf = new Map<string, ScopedFigure | null>();
  plan.periods.forEach((period, p) => {
    const applicable = indicator.periods.includes(period.id);
    // The same formation applied to any set of respondents: the constant-scope evolution asks for
    // the figure of those present in both periods (scope.ts).
    const figureOf = new Map<string, FigureOf>();
    const memberCells = (members.length > 0 ? members.map((m) => m.code) : ['']).map((member) => {
      const values = applicable ? reporters.map((r) => current.get(valueKey(r.code, indicator.code, period.id, member))).filter((v): v is RespondentValue => v !== undefined) : [];
      const expected = applicable ? reporters.filter((r) => r.expected || values.some((v) => v.respondent === r.code)).length : 0;
      const parts = contributing(values, source, kindOf);
      figureOf.set(member, (who) => aggregate(parts.filter((v) => who.has(v.respondent)), applied));
      // The figure's basis is what it is formed from: the source that makes authority, not the detail.
      return cell(indicator, period.id, member, applicable, aggregate(parts, applied), values, countStates(values, expected), applied, formedFrom(parts, kindOf), basisOf(parts));
    });
    if (withTotal) figureOf.set(totalMember, (who) => sumOf(memberCells.map((m) => figureOf.get(m.member)!(who))));
    const total = withTotal ? totalCell(indicator, period.id, applicable, memberCells, source, kindOf) : undefined;
    if (total !== undefined && withShares) for (const m of memberCells) m.share = shareOf(m.total, total.total);
    for (const c of total !== undefined ? [...memberCells, total] : memberCells) {
      const figure: ScopedFigure | null = c.applicable ? { total: c.total, basis: c.basis, figureOf: figureOf.get(c.member)! } : null;
      if (indicator.trackEvolution) {
        const now = figure ?? { total: null, basis: c.basis, figureOf: () => null };
        c.evolution = scopedEvolution(p > 0 ? plan.periods[p - 1]!.id : null, figure !== null ? (previousOf.get(c.member) ?? null) : null, now);
      }
      previousOf.set(c.member, figure);
      cells.push(c);
    }
  });
  return {
    code: indicator.code,
    label: indicator.label,
    fiche: fiche.number,
    action: action?.number ?? null,
    type: indicator.type,
    unit: indicator.unit ?? null,
    formation: indicator.formation,
    applied,
    trackEvolution: indicator.trackEvolution,
    reporters: [...indicator.reporters],
    members,
    cells,
  };
}

/**
 * Asked once, shown twice: the figures of the indicator named by `sameAs`, under this fiche,
 * for this indicator's periods. Values stay those of the indicator asked (their cells are its).
 */
function shownFrom({ fiche, action, indicator }: IndicatorSite, shown: IndicatorConsolidation): IndicatorConsolidation {
  return {
    ...shown,
    code: indicator.code,
    label: indicator.label,
    fiche: fiche.number,
    action: action?.number ?? null,
    formation: indicator.formation,
    trackEvolution: indicator.trackEvolution,
    cells: shown.cells.map((c) => {
      const applicable = c.applicable && indicator.periods.includes(c.period);
      return { ...c, code: indicator.code, applicable, target: null, evolution: indicator.trackEvolution ? c.evolution : null };
    }),
  };
}

/** A sum of the members' figures; null when none has one (nothing is never zero). */
function sumOf(figures: ReadonlyArray<ConsolidatedCell['total']>): number | null {
  const numbers = figures.filter((t): t is number => typeof t === 'number');
  return numbers.length > 0 ? tidy(numbers.reduce((a, b) => a + b, 0)) : null;
}

function cell(
  indicator: Indicator,
  period: string,
  member: string,
  applicable: boolean,
  figure: ConsolidatedCell['total'],
  values: RespondentValue[],
  counts: Counts,
  applied: Computation,
  from: ConsolidatedCell['formedFrom'],
  basis: FigureBasis,
): ConsolidatedCell {
  const headline = member === '' || member === totalMember;
  // Finite values can add up past the largest double: no figure then, and an error (overflow.ts).
  const overflow = typeof figure === 'number' && !Number.isFinite(figure);
  const total = overflow ? null : figure;
  return {
    ...(overflow ? { overflow: true as const } : {}),
    code: indicator.code,
    period,
    member,
    applicable,
    total,
    formedFrom: from,
    share: null,
    answers: applied === 'listed' ? values.filter((v) => v.state === 'value' && v.value !== null).map((v) => ({ respondent: v.respondent, value: v.value! })) : [],
    counts,
    values,
    basis,
    evolution: null,
    target: headline && applicable ? checkTarget(indicator, period, total) : null,
  };
}

/** The sum over members: a respondent counts as answered when any of its members has a value. */
function totalCell(indicator: Indicator, period: string, applicable: boolean, members: readonly ConsolidatedCell[], source: RespondentKind | null, kindOf: KindOf): ConsolidatedCell {
  const total = sumOf(members.map((m) => m.total));
  const byRespondent = new Map<string, RespondentValue[]>();
  for (const m of members) for (const v of m.values) byRespondent.set(v.respondent, [...(byRespondent.get(v.respondent) ?? []), v]);
  const counts: Counts = { expected: Math.max(0, ...members.map((m) => m.counts.expected)), answered: 0, empty: 0, nc: 0, invalid: 0, missing: 0 };
  for (const values of byRespondent.values()) {
    if (values.some((v) => v.state === 'value')) counts.answered++;
    else if (values.some((v) => v.state === 'invalid')) counts.invalid++;
    else if (values.every((v) => v.state === 'nc')) counts.nc++;
    else counts.empty++;
  }
  counts.missing = Math.max(0, counts.expected - byRespondent.size);
  const parts = contributing(members.flatMap((m) => m.values), source, kindOf);
  return cell(indicator, period, totalMember, applicable, total, [], counts, 'sum', formedFrom(parts, kindOf), mergeBases(members.map((m) => m.basis)));
}
