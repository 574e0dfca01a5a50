/**
 * Who answered a period, as the bilan counts it: each expected respondent complete, partial or
 * silent over the fiches it was asked (the consolidation's completeness cells, `not_due` aside).
 */
import type { CompletenessCell } from '../../consolidate/types';
import type { BilanContext } from './context';

export type PeriodCompleteness = { expected: number; answered: number; partial: number; missing: number; cellsExpected: number; cellsFilled: number };

export function periodCompleteness(ctx: BilanContext, period: string): PeriodCompleteness {
  const expected = new Set(ctx.consolidation.respondents.filter((r) => r.expected).map((r) => r.code));
  const byRespondent = new Map<string, CompletenessCell[]>();
  for (const cell of ctx.consolidation.completeness.cells) {
    if (cell.period !== period || cell.status === 'not_due' || !expected.has(cell.respondent)) continue;
    byRespondent.set(cell.respondent, [...(byRespondent.get(cell.respondent) ?? []), cell]);
  }
  const out: PeriodCompleteness = { expected: byRespondent.size, answered: 0, partial: 0, missing: 0, cellsExpected: 0, cellsFilled: 0 };
  for (const cells of byRespondent.values()) {
    const expectedCells = cells.reduce((n, c) => n + c.expected, 0);
    const filled = cells.reduce((n, c) => n + c.filled, 0);
    out.cellsExpected += expectedCells;
    out.cellsFilled += filled;
    if (cells.every((c) => c.status === 'answered')) out.answered++;
    else if (filled === 0) out.missing++;
    else out.partial++;
  }
  return out;
}
