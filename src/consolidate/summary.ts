/**
 * What the terminal summary of a consolidation says (command and demo), as data: the figures,
 * each file's replacements and identity, who to remind, and the key figures of the territory.
 * Worded by src/i18n/reportSummary.ts, which computes nothing (ARCHITECTURE.md, « i18n/ computes
 * nothing »).
 */
import { respondentsOf } from '../collect/respondents';
import { ficheRef, type FicheRef } from '../plan/ficheRef';
import { consolidationFigures, type ConsolidationFigures } from './figures';
import { keyIndicators } from './keyIndicators';
import { marksOf, type FigureMark } from './marks';
import type { Consolidation, ConsolidatedCell, FileSummary, IndicatorConsolidation } from './types';
import type { Plan } from '../plan/schema';

/** At most this many fiche × period items are shown per respondent to remind (the « Relances » tab has them all). */
export const remindedItems = 4;

/** A respondent to remind (code and name), what is missing (fiche × period id), the first `remindedItems` shown. */
export type Reminder = { respondent: string; name: string; items: Array<{ fiche: FicheRef; period: string }>; more: boolean };

export type KeyFigure = {
  fiche: FicheRef;
  label: string;
  /** The latest period with a figure (else the last one applicable): its id and label. */
  period: string;
  periodLabel: string;
  total: ConsolidatedCell['total'];
  respondents: number;
  /** At constant scope, since the previous period: one decimal, in percent. */
  change: { both: number; percent: number; since: string; sinceLabel: string } | null;
  formation: Pick<IndicatorConsolidation, 'formation' | 'applied'> & { formedFrom: ConsolidatedCell['formedFrom'] };
  marks: FigureMark[];
};

export type ConsolidationSummaryData = {
  figures: ConsolidationFigures;
  /** Every file read, in the consolidation's order (each one's replacements and identity are told). */
  files: readonly FileSummary[];
  errorPolicy: Consolidation['errorPolicy'];
  /** Values a newer return replaced (« Historique »); null when none was, and nothing is said. */
  replacedValues: number | null;
  /** Respondent code → name (the plan's, then the consolidation's). */
  names: ReadonlyMap<string, string>;
  /** Period id → label. */
  periods: ReadonlyMap<string, string>;
  /** The first `maxReminders` respondents with something outstanding, in the completeness order. */
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
  const reminders = [...byRespondent].slice(0, maxReminders).map(([respondent, items]) => ({
    respondent,
    name: names.get(respondent) ?? respondent,
    items: items.slice(0, remindedItems).map((item) => ({ fiche: ficheRef(item.fiche), period: item.period })),
    more: items.length > remindedItems,
  }));
  return {
    figures: consolidationFigures(c),
    files: c.files,
    errorPolicy: c.errorPolicy,
    replacedValues: c.history.length > 0 ? c.history.length : null,
    names,
    periods,
    reminders,
    moreReminders: Math.max(0, byRespondent.size - maxReminders),
    keyFigures: keyFigures(plan, c, (id) => periods.get(id) ?? id),
  };
}

function keyFigures(plan: Plan, c: Consolidation, periodLabel: (id: string) => string): KeyFigure[] {
  return keyIndicators(plan, c).flatMap(({ indicator, member }) => {
    const cells = indicator.cells.filter((x) => x.member === member && x.applicable);
    const latest = [...cells].reverse().find((x) => x.total !== null) ?? cells[cells.length - 1];
    if (latest === undefined) return [];
    const e = latest.evolution;
    const k = e?.constant;
    const change =
      e !== null && e.previousPeriod !== null && k !== undefined && k !== null && k.percent !== null
        ? { both: e.respondents.both, percent: Math.round(k.percent * 1000) / 10, since: e.previousPeriod, sinceLabel: periodLabel(e.previousPeriod) }
        : null;
    return [
      {
        fiche: ficheRef(indicator.fiche),
        label: indicator.label,
        period: latest.period,
        periodLabel: periodLabel(latest.period),
        total: latest.total,
        respondents: latest.basis.respondents.length,
        change,
        formation: { formation: indicator.formation, applied: indicator.applied, formedFrom: latest.formedFrom },
        marks: marksOf(latest),
      },
    ];
  });
}
