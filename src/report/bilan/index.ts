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
export { conventionSpan, lastEndedPeriod } from './period';

/** `annual`: the bilan of one period; `evaluation`: the whole convention, first period to last. */
export type BilanRequest = { kind: 'annual'; period: string } | { kind: 'evaluation' };

export function buildBilan(input: BilanInput, request: BilanRequest): BilanDocument {
  const ctx = bilanContext(input);
  return request.kind === 'annual' ? annualBilan(ctx, request.period) : evaluation(ctx);
}
export { reportedFiches } from './convention';
