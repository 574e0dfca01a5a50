/**
 * The écarts the COPIL « intervient en cas d'écart important » (article 6, annexe 4) should look at,
 * computed from the returns and the plan's dates, never typed (consolidate/followUp.ts `Gap`):
 * - an action still « non engagée » (or without a state) after its start;
 * - a milestone past its due date and not reported reached (its « atteinte » cell never « Oui », the
 *   action never « réalisée »); a fiche's own milestone (theme 5's amendment) while it is announced;
 * - a territory figure down two periods in a row;
 * - an expected respondent without any answer for a whole period.
 * Only periods ended at the as-of date count: a year under way is never an écart.
 */
import { milestoneCode, periodOfDate } from '../plan/actionFollowUp';
import type { IndicatorType, Plan } from '../plan/schema';
import type { ActionReport, Gap } from './followUp';
import type { ValueIndex } from './actionsFollowUp';
import type { Completeness, ConsolidatedRespondent, IndicatorConsolidation } from './types';

export type GapInput = {
  plan: Plan;
  /** ISO date: periods ending before it are due. */
  asOf: string;
  reports: readonly ActionReport[];
  index: ValueIndex;
  indicators: readonly IndicatorConsolidation[];
  completeness: Completeness;
  respondents: readonly ConsolidatedRespondent[];
};

export function computeGaps(input: GapInput): Gap[] {
  return [...notStarted(input), ...missedMilestones(input), ...falling(input), ...silent(input)];
}

const duePeriods = ({ plan, asOf }: GapInput): string[] => plan.periods.filter((p) => p.end < asOf).map((p) => p.id);

function notStarted(input: GapInput): Gap[] {
  const { plan, reports } = input;
  const order = plan.periods.map((p) => p.id);
  const last = duePeriods(input).at(-1);
  if (last === undefined) return [];
  const gaps: Gap[] = [];
  for (const fiche of plan.fiches.filter((f) => f.status === 'active')) {
    for (const action of fiche.actions.filter((a) => a.pilots.length > 0)) {
      const start = action.startPeriod ?? order[0]!;
      if (order.indexOf(start) > order.indexOf(last)) continue;
      const engaged = reports.some(
        (r) => r.action === action.code && order.indexOf(r.period) <= order.indexOf(last) && r.state !== undefined && r.state !== 'non_engagee',
      );
      if (!engaged) gaps.push({ kind: 'actionNotStarted', fiche: fiche.number, action: action.code, period: last, startedBy: action.start !== '' ? action.start : start });
    }
  }
  return gaps;
}

function missedMilestones({ plan, asOf, reports, index }: GapInput): Gap[] {
  const gaps: Gap[] = [];
  const periodOf = (due: string): string => periodOfDate(plan.periods, due)?.id ?? '';
  for (const fiche of plan.fiches) {
    for (const m of fiche.milestones) {
      // Theme 5's amendment is reached when the plan holds the amended fiche.
      if (m.due < asOf && fiche.status === 'announced') gaps.push({ kind: 'milestoneMissed', fiche: fiche.number, action: '', period: periodOf(m.due), milestone: m.wording, due: m.due });
    }
    if (fiche.status !== 'active') continue;
    for (const action of fiche.actions.filter((a) => a.pilots.length > 0)) {
      const done = reports.some((r) => r.action === action.code && r.state === 'realisee');
      action.milestones.forEach((m, i) => {
        if (m.due >= asOf || done) return;
        const code = milestoneCode(action.code, i);
        const reached = [...index.values()].some((v) => v.code === code && v.value === true);
        if (!reached) gaps.push({ kind: 'milestoneMissed', fiche: fiche.number, action: action.code, period: periodOf(m.due), milestone: m.wording, due: m.due });
      });
    }
  }
  return gaps;
}

const numeric: ReadonlySet<IndicatorType> = new Set(['integer', 'decimal', 'amount', 'percentage']);

/** The territory figure (member '' without breakdown, `total` with one) down two periods in a row. */
function falling(input: GapInput): Gap[] {
  const due = duePeriods(input);
  const gaps: Gap[] = [];
  for (const indicator of input.indicators) {
    if (!numeric.has(indicator.type) || indicator.applied === 'listed') continue;
    const member = indicator.members.length === 0 ? '' : 'total';
    const figure = (period: string): number | null => {
      const cell = indicator.cells.find((c) => c.period === period && c.member === member);
      return cell !== undefined && cell.applicable && typeof cell.total === 'number' ? cell.total : null;
    };
    for (let i = 2; i < due.length; i++) {
      const periods = [due[i - 2]!, due[i - 1]!, due[i]!];
      const values = periods.map(figure);
      if (values.every((v): v is number => v !== null) && values[0]! > values[1]! && values[1]! > values[2]!) {
        gaps.push({ kind: 'indicatorFalling', fiche: indicator.fiche, indicator: indicator.code, member: member === '' ? null : member, periods, values });
      }
    }
  }
  return gaps;
}

function silent({ completeness, respondents, plan, asOf }: GapInput): Gap[] {
  const expected = new Set(respondents.filter((r) => r.expected).map((r) => r.code));
  const due = new Set(plan.periods.filter((p) => p.end < asOf).map((p) => p.id));
  const byRespondentPeriod = new Map<string, { respondent: string; period: string; silent: boolean }>();
  for (const cell of completeness.cells) {
    if (!expected.has(cell.respondent) || !due.has(cell.period) || cell.expected === 0) continue;
    const k = `${cell.respondent}\u0000${cell.period}`;
    const entry = byRespondentPeriod.get(k) ?? { respondent: cell.respondent, period: cell.period, silent: true };
    if (cell.status !== 'missing') entry.silent = false;
    byRespondentPeriod.set(k, entry);
  }
  const order = plan.periods.map((p) => p.id);
  const respondentOrder = respondents.map((r) => r.code);
  return [...byRespondentPeriod.values()]
    .filter((e) => e.silent)
    .sort((a, b) => respondentOrder.indexOf(a.respondent) - respondentOrder.indexOf(b.respondent) || order.indexOf(a.period) - order.indexOf(b.period))
    .map((e): Gap => ({ kind: 'respondentSilent', respondent: e.respondent, period: e.period }));
}
