/**
 * What the terminal summary of a consolidation says (command and demo), as data: the figures,
 * who to remind, and the key figures of the territory. Worded by src/i18n/reportSummary.ts, which
 * computes nothing (ARCHITECTURE.md, « i18n/ computes nothing »).
 */
import { respondentsOf } from '../collect/respondents';
import { consolidationFigures, type ConsolidationFigures } from './figures';
import { keyIndicators } from './keyIndicators';
import { marksOf, type FigureMark } from './marks';
import type { Consolidation, ConsolidatedCell, IndicatorConsolidation } from './types';
import type { Plan } from '../plan/schema';

/** A respondent to remind, and what is missing (« FA 3.2 » × period id), at most four shown. */
export type Reminder = { respondent: string; items: { fiche: string; period: string }[]; more: boolean };

export type KeyFigure = {
  fiche: string;
  label: string;
  period: string;
  total: ConsolidatedCell['total'];
  respondents: number;
  /** At constant scope, since the previous period: one decimal, in percent. */
  change: { both: number; percent: number; since: string } | null;
  formation: Pick<IndicatorConsolidation, 'formation' | 'applied'> & { formedFrom: ConsolidatedCell['formedFrom'] };
  marks: FigureMark[];
};

export type ConsolidationSummaryData = {
  consolidation: Consolidation;
  figures: ConsolidationFigures;
  /** Respondent code → name (the plan's, then the consolidation's). */
  names: ReadonlyMap<string, string>;
  /** Period id → label. */
  periods: ReadonlyMap<string, string>;
  reminders: Reminder[];
  /** Respondents to remind beyond those listed. */
  moreReminders: number;
  keyFigures: KeyFigure[];
};

export function consolidationSummaryData(plan: Plan, c: Consolidation, maxReminders = 6): ConsolidationSummaryData {
  const names = new Map([...respondentsOf(plan), ...c.respondents].map((r) => [r.code, r.name]));
  const periods = new Map(plan.periods.map((p) => [p.id, p.label]));
  const byRespondent = new Map<string, { fiche: string; period: string }[]>();
  for (const o of c.completeness.outstanding) byRespondent.set(o.respondent, [...(byRespondent.get(o.respondent) ?? []), { fiche: o.fiche, period: o.period }]);
  const reminders = [...byRespondent].slice(0, maxReminders).map(([respondent, items]) => ({ respondent, items: items.slice(0, 4), more: items.length > 4 }));
  return {
    consolidation: c,
    figures: consolidationFigures(c),
    names,
    periods,
    reminders,
    moreReminders: Math.max(0, byRespondent.size - maxReminders),
    keyFigures: keyFigures(plan, c),
  };
}

function keyFigures(plan: Plan, c: Consolidation): KeyFigure[] {
  return keyIndicators(plan, c).flatMap(({ indicator, member }) => {
    const cells = indicator.cells.filter((x) => x.member === member && x.applicable);
    const latest = [...cells].reverse().find((x) => x.total !== null) ?? cells[cells.length - 1];
    if (latest === undefined) return [];
    const e = latest.evolution;
    const k = e?.constant;
    const change =
      e !== null && e.previousPeriod !== null && k !== undefined && k !== null && k.percent !== null
        ? { both: e.respondents.both, percent: Math.round(k.percent * 1000) / 10, since: e.previousPeriod }
        : null;
    return [
      {
        fiche: indicator.fiche,
        label: indicator.label,
        period: latest.period,
        total: latest.total,
        respondents: latest.basis.respondents.length,
        change,
        formation: { formation: indicator.formation, applied: indicator.applied, formedFrom: latest.formedFrom },
        marks: marksOf(latest),
      },
    ];
  });
}
