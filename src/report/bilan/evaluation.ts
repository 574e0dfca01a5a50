/**
 * The évaluation of the convention (article 9: « à l'issue de la présente convention, un bilan sera
 * effectué »; annexe 5: the actions and « la démarche elle-même »): each indicator's whole series,
 * first period to last, with the change over the convention; the actions' states period by period;
 * Annexe 2 and the governance over the years; who has not answered.
 */
import { ficheFigures, reportedFiches } from './convention';
import type { Fiche } from '../../plan/schema';
import { reportsOf, stateText } from './actionReports';
import { periodCompleteness } from './completeness';
import type { BilanContext } from './context';
import { cover, documentInfo } from './cover';
import { facilityColumns, facilityRow, isChange } from './facilitiesSection';
import { cellOf, changeText, figureLines, valueText } from './figureText';
import { chartBlocks, objectivesBlocks } from './ficheSection';
import { gapText } from './gaps';
import { heldMeetings, meetingRows } from './governanceSection';
import { bullets, column, heading, paragraph, table, type BilanDocument, type Block } from './model';
import { conventionSpan } from './period';
import { silentAnnex } from './silentAnnex';

/** Each of `n` columns' part of `of` (the text width left to the periods). */
const share = (n: number, of: number) => of / n;

function evaluationBrief(ctx: BilanContext, periods: readonly string[]): Block[] {
  const w = ctx.words;
  const h = w.completenessHeaders;
  const rows = periods.map((p) => {
    const done = periodCompleteness(ctx, p);
    return [ctx.periodLabel(p), String(done.answered), String(done.partial), String(done.missing)];
  });
  const gaps = ctx.followUp.gaps;
  return [
    heading(1, w.inBrief),
    table([column(h.period, 0.31), column(h.answered, 0.23, 'right'), column(h.partial, 0.23, 'right'), column(h.missing, 0.23, 'right')], rows),
    paragraph(w.gapsCount(gaps.length), 'lead'),
    ...(gaps.length > 0 ? [bullets(gaps.map((g) => gapText(ctx, g)))] : []),
  ];
}

function actionsOverConvention(ctx: BilanContext, fiche: Fiche, periods: readonly string[]): Block[] {
  const w = ctx.words;
  const rows = fiche.actions.map((a) => [w.action(a.number, a.title), ...periods.map((p) => stateText(ctx, reportsOf(ctx, fiche, a, p)) ?? w.dash)]);
  const anyReport = ctx.followUp.actions.some((r) => r.fiche === fiche.number);
  const each = share(periods.length, 0.64);
  return [
    heading(2, w.actionsOverConvention),
    table([column(w.actions, 0.36), ...periods.map((p) => column(p, each))], rows),
    ...(anyReport ? [] : [paragraph(w.noInformation, 'note')]),
  ];
}

function seriesTable(ctx: BilanContext, fiche: Fiche, periods: readonly string[]): Block[] {
  const w = ctx.words;
  const lines = ficheFigures(ctx.consolidation.indicators, fiche).flatMap(figureLines);
  const each = share(periods.length, 0.5);
  const rows = lines.map((line) => [line.label, ...periods.map((p) => valueText(ctx, line, cellOf(line, p))), changeText(ctx, line, periods)]);
  return [
    heading(2, w.seriesOverConvention),
    table([column(w.seriesHeaders.indicator, 0.3), ...periods.map((p) => column(p, each, 'right')), column(w.seriesHeaders.change, 0.2)], rows),
  ];
}

function facilitiesOverConvention(ctx: BilanContext, periods: readonly string[]): Block[] {
  const w = ctx.words;
  const h = w.facilitiesPerYear;
  const reports = ctx.followUp.facilities;
  const head = [heading(1, w.facilities), paragraph(w.facilitiesSummary(ctx.plan.territory.facilities.length, reports.length, reports.filter(isChange).length))];
  if (reports.length === 0) return [...head, paragraph(w.noInformation)];
  const rows = periods.map((p) => {
    const of = reports.filter((r) => r.period === p);
    return [ctx.periodLabel(p), ...[of.length, of.filter((r) => r.status === 'ferme').length, of.filter((r) => r.status === 'modifie').length, of.filter((r) => r.facility === null).length, of.filter((r) => r.supported === false).length].map(String)];
  });
  const changes = periods.flatMap((p) => reports.filter((r) => r.period === p && isChange(r)));
  return [
    ...head,
    table([column(h.period, 0.2), ...[h.reported, h.closed, h.changed, h.added, h.notSupported].map((x) => column(x, 0.16, 'right'))], rows),
    ...(changes.length > 0 ? [table(facilityColumns(ctx), changes.map((r) => facilityRow(ctx, r)))] : []),
  ];
}

function governanceOverConvention(ctx: BilanContext, periods: readonly string[]): Block[] {
  const w = ctx.words;
  const h = w.governancePerYear;
  const meetings = heldMeetings(ctx.followUp.governance);
  if (meetings.length === 0) return [heading(1, w.governance), paragraph(w.noInformation)];
  const count = (p: string, body: 'copil' | 'cotech') => String(meetings.filter((m) => m.period === p && m.body === body).length);
  const g = w.governanceHeaders;
  return [
    heading(1, w.governance),
    table([column(h.period, 0.4), column(h.copil, 0.3, 'right'), column(h.cotech, 0.3, 'right')], periods.map((p) => [ctx.periodLabel(p), count(p, 'copil'), count(p, 'cotech')])),
    table([column(g.body, 0.25), column(g.date, 0.15), column(g.present, 0.6)], meetingRows(ctx, meetings)),
  ];
}

export function evaluation(ctx: BilanContext): BilanDocument {
  const periods = ctx.plan.periods.map((p) => p.id);
  const { first, last } = conventionSpan(ctx.plan.periods);
  const subtitle = ctx.words.evaluationTitle(first, last);
  const fiches = reportedFiches(ctx.plan);
  return {
    info: documentInfo(ctx, subtitle),
    cover: cover(ctx, subtitle),
    blocks: [
      ...evaluationBrief(ctx, periods),
      ...fiches.flatMap((f): Block[] => [
        { kind: 'pageBreak' },
        heading(1, ctx.words.fiche(f.number, f.title)),
        ...objectivesBlocks(ctx, f),
        ...actionsOverConvention(ctx, f, periods),
        ...seriesTable(ctx, f, periods),
        ...chartBlocks(ctx, f, periods),
      ]),
      { kind: 'pageBreak' },
      ...facilitiesOverConvention(ctx, periods),
      ...governanceOverConvention(ctx, periods),
      ...silentAnnex(ctx, periods),
    ],
  };
}
