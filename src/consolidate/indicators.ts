/**
 * Indicator by indicator, period by period, member by member: the territory figure, each
 * respondent's value, the counts of answers, empty cells and « non concerné », the evolution
 * and the target.
 */
import { breakdownMembers } from '../returns/planIndex';
import type { Indicator, Plan } from '../plan/schema';
import { indicatorSites } from '../plan/walk';
import { aggregate, appliedAggregation, countStates, tidy } from './aggregate';
import { evolution } from './evolution';
import { valueKey } from './keys';
import { checkTarget } from './targets';
import { totalMember, type ConsolidatedCell, type ConsolidatedRespondent, type Counts, type IndicatorConsolidation, type RespondentValue } from './types';

export function consolidateIndicators(plan: Plan, respondents: readonly ConsolidatedRespondent[], current: ReadonlyMap<string, RespondentValue>): IndicatorConsolidation[] {
  return indicatorSites(plan).map(({ fiche, action, indicator }) => {
    const members = membersOf(plan, indicator);
    const applied = appliedAggregation(indicator.type, indicator.aggregation);
    const withTotal = members.length > 0 && applied === 'sum';
    const reporters = respondents.filter((r) => indicator.reporters.includes(r.kind));
    const cells: ConsolidatedCell[] = [];
    const previousOf = new Map<string, ConsolidatedCell>();
    plan.periods.forEach((period, p) => {
      const applicable = indicator.periods.includes(period.id);
      const memberCells = (members.length > 0 ? members.map((m) => m.code) : ['']).map((member) => {
        const values = applicable ? reporters.map((r) => current.get(valueKey(r.code, indicator.code, period.id, member))).filter((v): v is RespondentValue => v !== undefined) : [];
        const expected = applicable ? reporters.filter((r) => r.expected || values.some((v) => v.respondent === r.code)).length : 0;
        const total = aggregate(values, applied);
        return cell(indicator, period.id, member, applicable, total, values, countStates(values, expected), applied);
      });
      const all = withTotal ? [...memberCells, totalCell(indicator, period.id, applicable, memberCells)] : memberCells;
      for (const c of all) {
        if (indicator.trackEvolution) {
          const before = p > 0 ? previousOf.get(c.member) : undefined;
          c.evolution = evolution(p > 0 ? plan.periods[p - 1]!.id : null, before?.applicable ? before.total : null, c.applicable ? c.total : null);
        }
        previousOf.set(c.member, c);
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
      aggregation: indicator.aggregation,
      applied,
      trackEvolution: indicator.trackEvolution,
      reporters: [...indicator.reporters],
      members,
      cells,
    };
  });
}

/** Member codes as the collection sheets write them (« eaje », or « a+b » for crossed dimensions), with their labels. */
export function membersOf(plan: Plan, indicator: Indicator): Array<{ code: string; label: string }> {
  const lists = indicator.breakdown.map((id) => plan.lists.find((l) => l.id === id));
  return breakdownMembers(indicator, plan.lists).map((code) => ({
    code,
    label: code
      .split('+')
      .map((part, i) => lists[i]?.options.find((o) => o.code === part)?.label ?? part)
      .join(' — '),
  }));
}

function cell(indicator: Indicator, period: string, member: string, applicable: boolean, figure: ConsolidatedCell['total'], values: RespondentValue[], counts: Counts, applied: string): ConsolidatedCell {
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
    answers: applied === 'none' ? values.filter((v) => v.state === 'value' && v.value !== null).map((v) => ({ respondent: v.respondent, value: v.value! })) : [],
    counts,
    values,
    evolution: null,
    target: headline && applicable ? checkTarget(indicator, period, total) : null,
  };
}

/** The sum over members: a respondent counts as answered when any of its members has a value. */
function totalCell(indicator: Indicator, period: string, applicable: boolean, members: readonly ConsolidatedCell[]): ConsolidatedCell {
  const numbers = members.map((m) => m.total).filter((t): t is number => typeof t === 'number');
  const total = numbers.length > 0 ? tidy(numbers.reduce((a, b) => a + b, 0)) : null;
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
  return cell(indicator, period, totalMember, applicable, total, [], counts, 'sum');
}
