/**
 * One fiche in the yearly bilan: its objectives, each action with its state and account, the
 * indicator table (the period's territory figures, their evolution à périmètre constant, how each
 * is formed), the écarts that concern it, and the key indicators' charts.
 */
import { ficheFigures } from './convention';
import type { Fiche } from '../../plan/schema';
import { actionBlocks } from './actionReports';
import type { BilanContext } from './context';
import { cellOf, evolutionText, figureLines, formationText, valueText } from './figureText';
import { gapFiche, gapPeriod, gapText } from './gaps';
import { keyCharts } from './keyCharts';
import { bullets, column, heading, paragraph, table, type Block } from './model';

export function objectivesBlocks(ctx: BilanContext, fiche: Fiche): Block[] {
  return [heading(2, ctx.words.objectives), fiche.objectives.length > 0 ? bullets([...fiche.objectives]) : paragraph(ctx.words.noObjective)];
}

export function ficheSection(ctx: BilanContext, fiche: Fiche, period: string): Block[] {
  const w = ctx.words;
  const h = w.indicatorHeaders;
  const lines = ficheFigures(ctx.consolidation.indicators, fiche).flatMap(figureLines);
  const rows = lines.map((line) => {
    const cell = cellOf(line, period);
    return [line.label, valueText(ctx, line, cell), evolutionText(ctx, line, cell), formationText(ctx, line, cell)];
  });
  // The charts show the years up to the bilan's, in the plan's order.
  const ids = ctx.plan.periods.map((p) => p.id);
  const upTo = ids.slice(0, ids.indexOf(period) + 1);
  const gaps = ctx.followUp.gaps.filter((g) => gapFiche(g) === fiche.number && gapPeriod(g) === period);
  return [
    heading(1, w.fiche(fiche.number, fiche.title)),
    ...objectivesBlocks(ctx, fiche),
    heading(2, w.actions),
    ...(fiche.actions.length > 0 ? fiche.actions.flatMap((a) => actionBlocks(ctx, fiche, a, period)) : [paragraph(w.noInformation)]),
    heading(2, w.indicators),
    table([column(h.indicator, 0.34), column(h.value(ctx.periodLabel(period)), 0.18, 'right'), column(h.evolution, 0.22), column(h.formation, 0.26)], rows),
    // The écarts under the figures they are about, the charts last: a fiche's tail is then a chart,
    // never its two-line « Aucun écart relevé » alone on a page.
    heading(2, w.gapsOfFiche),
    gaps.length > 0 ? bullets(gaps.map((g) => gapText(ctx, g))) : paragraph(w.noGap),
    ...chartBlocks(ctx, fiche, upTo),
  ];
}

export function chartBlocks(ctx: BilanContext, fiche: Fiche, periods: readonly string[]): Block[] {
  const charts = keyCharts(ctx, fiche, periods);
  return charts.length > 0 ? [heading(2, ctx.words.keyFigures), ...charts] : [];
}
