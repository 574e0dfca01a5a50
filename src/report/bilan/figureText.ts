/**
 * A territory figure as the bilan writes it: its value in the indicator's unit, its evolution « à
 * périmètre constant » as the consolidation computed it, how it is formed, and the change over the
 * whole convention (first figure to last) for the evaluation.
 */
import { headlineMembers } from '../../consolidate/keyIndicators';
import { scopeChanges } from '../../consolidate/marks';
import { totalMember, type ConsolidatedCell, type IndicatorConsolidation } from '../../consolidate/types';
import { documentNumber, documentPercent } from '../../i18n/documentNumbers';
import { formatDate, formatNumber, formatPercent } from '../../i18n/findingsFormat';
import { describeFigure } from '../../i18n/formation';
import type { BilanContext } from './context';

/** One line of an indicator table: the indicator, or one of its members when they are not summed. */
export type FigureLine = { indicator: IndicatorConsolidation; member: string; label: string };

export function figureLines(indicator: IndicatorConsolidation): FigureLine[] {
  return headlineMembers(indicator).map((member) => {
    const named = member === '' || member === totalMember ? null : (indicator.members.find((m) => m.code === member)?.label ?? member);
    return { indicator, member, label: named === null ? indicator.label : `${indicator.label} — ${named}` };
  });
}

export function cellOf(line: FigureLine, period: string): ConsolidatedCell | undefined {
  return line.indicator.cells.find((c) => c.period === period && c.member === line.member);
}

/** A number as the bilan's text shows it: two decimals at most, a percentage to a tenth (« 1 234 », « 12,5 % »), never broken across lines. */
export function plainNumber(ctx: BilanContext, indicator: Pick<IndicatorConsolidation, 'type'>, n: number): string {
  return indicator.type === 'percentage' ? documentPercent(Math.round(n * 1000) / 1000, ctx.lang) : documentNumber(Math.round(n * 100) / 100, ctx.lang);
}

/** The same number as a chart's label: drawn, never wrapped, so in ordinary spaces that every font has. */
export function chartNumber(ctx: BilanContext, indicator: Pick<IndicatorConsolidation, 'type'>, n: number): string {
  return indicator.type === 'percentage' ? formatPercent(Math.round(n * 1000) / 1000, ctx.lang) : formatNumber(Math.round(n * 100) / 100, ctx.lang);
}

/** With the indicator's unit: « 3 400 € », « 12 places ». */
export function numberText(ctx: BilanContext, indicator: IndicatorConsolidation, n: number): string {
  const unit = indicator.type !== 'percentage' && indicator.unit !== null && indicator.unit !== '' && indicator.unit !== '%' ? ` ${indicator.unit}` : '';
  return `${plainNumber(ctx, indicator, n)}${unit}`;
}

const percentText = (ctx: BilanContext, fraction: number) => documentPercent(Math.round(fraction * 1000) / 1000, ctx.lang);

export function valueText(ctx: BilanContext, line: FigureLine, cell: ConsolidatedCell | undefined): string {
  const w = ctx.words;
  if (cell === undefined || !cell.applicable) return w.notAsked;
  const total = cell.total;
  if (line.indicator.applied === 'listed') return cell.answers.length === 0 ? w.noAnswer : w.answers(cell.answers.length);
  if (total === null) return w.noAnswer;
  if (typeof total === 'number') return numberText(ctx, line.indicator, total);
  if (typeof total === 'boolean') return total ? w.yes : w.no;
  if (line.indicator.type === 'date') return formatDate(total);
  if (line.indicator.type === 'choice') {
    const list = ctx.plan.fiches.flatMap((f) => [...f.indicators, ...f.actions.flatMap((a) => a.indicators)]).find((i) => i.code === line.indicator.code)?.list;
    return ctx.plan.lists.find((l) => l.id === list)?.options.find((o) => o.code === total)?.label ?? total;
  }
  return total;
}

export function formationText(ctx: BilanContext, line: FigureLine, cell: ConsolidatedCell | undefined): string {
  if (cell === undefined || !cell.applicable) return ctx.words.dash;
  return describeFigure({ formation: line.indicator.formation, applied: line.indicator.applied, formedFrom: cell.formedFrom, share: cell.share }, ctx.lang);
}

/** « +12 (+4,1 %) depuis Année 2023 », on the respondents present both years; « — » when it cannot be said. */
export function evolutionText(ctx: BilanContext, line: FigureLine, cell: ConsolidatedCell | undefined): string {
  const w = ctx.words;
  const e = cell?.evolution ?? null;
  const constant = e?.constant ?? null;
  if (e === null || e.previousPeriod === null || constant === null || constant.absolute === null) return w.noEvolution;
  const percent = constant.percent !== null ? percentText(ctx, constant.percent) : null;
  const said = w.evolution(numberText(ctx, line.indicator, constant.absolute), percent, ctx.periodLabel(e.previousPeriod));
  return e.scope === 'changed' ? `${said}\n${w.evolutionScope(e.respondents.both)}` : said;
}

/** The numeric figures of a line over the given periods (null where there is none). */
export function numericSeries(line: FigureLine, periods: readonly string[]): Array<number | null> {
  return periods.map((p) => {
    const total = cellOf(line, p)?.total;
    return typeof total === 'number' ? total : null;
  });
}

/**
 * The change over the convention: the first figure to the last (raw figures, as presented year by
 * year), with a caution when the respondents behind them changed on the way.
 */
export function changeText(ctx: BilanContext, line: FigureLine, periods: readonly string[]): string {
  const w = ctx.words;
  const series = numericSeries(line, periods);
  const first = series.findIndex((v) => v !== null);
  const last = series.length - 1 - [...series].reverse().findIndex((v) => v !== null);
  if (first < 0 || last <= first) return w.noEvolution;
  const from = series[first]!;
  const to = series[last]!;
  const percent = from !== 0 ? percentText(ctx, (to - from) / Math.abs(from)) : null;
  const said = w.change(numberText(ctx, line.indicator, to - from), percent, periods[first]!, periods[last]!);
  const cells = line.indicator.cells.filter((c) => c.member === line.member && periods.slice(first, last + 1).includes(c.period));
  return scopeChanges(cells).length > 0 ? `${said}\n${w.scopeChanged}` : said;
}
