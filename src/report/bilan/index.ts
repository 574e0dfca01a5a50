/**
 * The COPIL's bilan and the convention's evaluation as a document model (pure): built from the
 * consolidation, the plan and the follow-up, worded by src/i18n/bilanWords, laid out by src/docx.
 */
import { annualBilan } from './annualBilan';
import { bilanContext, type BilanInput } from './context';
import { evaluation } from './evaluation';
import type { BilanDocument } from './model';

export type { BilanInput } from './context';
export type * from './model';
export { chartSvg, niceTicks, type ChartSeries, type ChartShape } from './chart';
export { bilanKeyword, documentCreator } from './cover';

/** `annual`: the bilan of one period; `evaluation`: the whole convention, first period to last. */
export type BilanRequest = { kind: 'annual'; period: string } | { kind: 'evaluation' };

export function buildBilan(input: BilanInput, request: BilanRequest): BilanDocument {
  const ctx = bilanContext(input);
  return request.kind === 'annual' ? annualBilan(ctx, request.period) : evaluation(ctx);
}

/** The last period ended by `asOf` (ISO date): the year a bilan is written for by default; the first when none has ended. */
export function lastEndedPeriod(periods: ReadonlyArray<{ id: string; end: string }>, asOf: string): string {
  const ended = periods.filter((p) => p.end < asOf.slice(0, 10));
  return (ended[ended.length - 1] ?? periods[0]!).id;
}
