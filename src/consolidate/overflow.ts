/**
 * Territory figures that overflowed: respondents' values, each a finite number, can add up past
 * the largest double (1.8e308; a decimal of 1e308 typed twice). Such a figure is left empty and
 * said, as an error of the consolidation (`total_overflow`), so that a null total never sits
 * next to « answered: 1 » without a reason.
 */
import { finding } from '../returns/findings';
import type { IndicatorConsolidation, LinkedFinding } from './types';

export function overflowFindings(indicators: readonly IndicatorConsolidation[]): LinkedFinding[] {
  return indicators.flatMap((indicator) =>
    indicator.cells
      .filter((cell) => cell.overflow === true)
      .map((cell): LinkedFinding => ({
        finding: finding('total_overflow', {
          fiche: indicator.fiche,
          indicator: indicator.code,
          period: cell.period,
          member: cell.member || null,
          params: { answered: cell.counts.answered, label: indicator.label },
        }),
        respondent: null,
        value: null,
      })),
  );
}
