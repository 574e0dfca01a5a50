/**
 * A chart per key indicator of a fiche (src/consolidate/keyIndicators.ts: those whose evolution the
 * convention asks to follow), over the periods shown: a line when there are several, bars otherwise.
 */
import { keyIndicators } from '../../consolidate/keyIndicators';
import type { Fiche } from '../../plan/schema';
import { chartSvg, defaultChartSize } from './chart';
import type { BilanContext } from './context';
import { chartNumber, figureLines, numericSeries } from './figureText';
import type { Chart } from './model';

export function keyCharts(ctx: BilanContext, fiche: Fiche, periods: readonly string[]): Chart[] {
  return keyIndicators(ctx.plan, ctx.consolidation)
    .filter((k) => k.indicator.fiche === fiche.number)
    .flatMap(({ indicator, member }) => {
      const line = figureLines(indicator).find((l) => l.member === member)!;
      const values = numericSeries(line, periods);
      if (values.every((v) => v === null)) return [];
      const svg = chartSvg({ labels: periods, values, format: (n) => chartNumber(ctx, indicator, n) }, periods.length > 1 ? 'line' : 'bar');
      const named = line.label === indicator.label ? null : line.label.slice(indicator.label.length + 3);
      return [{ kind: 'chart' as const, svg, ...defaultChartSize, caption: ctx.words.chartCaption(indicator.label, named), alt: ctx.words.chartAlt(indicator.label) }];
    });
}
