/**
 * The annex of who has not answered: one line per respondent and period still owing something
 * (the consolidation's `outstanding`), the fiches concerned and the cells still empty.
 */
import { derivedFiches } from '../../plan/followUpPlan';
import type { Outstanding } from '../../consolidate/types';
import { documentNumber } from '../../i18n/documentNumbers';
import type { BilanContext } from './context';
import { column, heading, paragraph, table, type Block } from './model';

type Line = { respondent: string; period: string; status: Outstanding['status']; fiches: string[]; cells: number };

/** `missing` when every fiche is, `excluded` when one is, `partial` otherwise. */
function lineStatus(items: readonly Outstanding[]): Outstanding['status'] {
  if (items.some((o) => o.status === 'excluded')) return 'excluded';
  return items.every((o) => o.status === 'missing') ? 'missing' : 'partial';
}

export function silentLines(ctx: BilanContext, periods: readonly string[]): Line[] {
  const groups = new Map<string, Outstanding[]>();
  for (const o of ctx.consolidation.completeness.outstanding) {
    if (!periods.includes(o.period)) continue;
    const key = `${o.respondent}\u0000${o.period}`;
    groups.set(key, [...(groups.get(key) ?? []), o]);
  }
  return [...groups.values()].map((items) => ({
    respondent: items[0]!.respondent,
    period: items[0]!.period,
    status: lineStatus(items),
    fiches: items.map((o) => o.fiche),
    cells: items.reduce((n, o) => n + o.cells, 0),
  }));
}

export function silentAnnex(ctx: BilanContext, periods: readonly string[]): Block[] {
  const w = ctx.words;
  const h = w.silentHeaders;
  const lines = silentLines(ctx, periods);
  if (lines.length === 0) return [heading(1, w.silentAnnex), paragraph(w.everyoneAnswered)];
  const rows = lines.map((l) => [ctx.nameOf(l.respondent), ctx.periodLabel(l.period), w.silentStatus[l.status], l.fiches.map((f) => (derivedFiches.has(f) ? w.governance : f)).join(', '), documentNumber(l.cells, ctx.lang)]);
  return [
    heading(1, w.silentAnnex),
    table([column(h.respondent, 0.3), column(h.period, 0.14), column(h.status, 0.16), column(h.fiches, 0.24), column(h.cells, 0.16, 'right')], rows),
  ];
}
