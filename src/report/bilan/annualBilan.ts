/**
 * The yearly bilan the adviser hands to the comité de pilotage (convention, article 6 and annexe 4:
 * « valide … les bilans des actions menées », « intervient en cas d'écart important »): cover,
 * « En bref », one section per active fiche, Annexe 2, governance, and who has not answered.
 */
import { reportedFiches } from './convention';
import type { BilanContext } from './context';
import { periodCompleteness } from './completeness';
import { cover, documentInfo } from './cover';
import { facilitiesSection } from './facilitiesSection';
import { ficheSection } from './ficheSection';
import { gapPeriod, gapText } from './gaps';
import { governanceSection } from './governanceSection';
import { bullets, heading, paragraph, type BilanDocument, type Block } from './model';
import { silentAnnex } from './silentAnnex';

export function inBrief(ctx: BilanContext, period: string): Block[] {
  const w = ctx.words;
  const done = periodCompleteness(ctx, period);
  const gaps = ctx.followUp.gaps.filter((g) => gapPeriod(g) === period);
  const flagged = ctx.consolidation.indicators.flatMap((i) => i.cells).filter((c) => c.period === period && c.applicable && c.basis.flagged.length > 0).length;
  return [
    heading(1, w.inBrief),
    paragraph(w.respondentsAnswered(done.answered, done.expected, ctx.periodLabel(period)), 'lead'),
    paragraph(w.cellsFilled(done.cellsFilled, done.cellsExpected)),
    paragraph(w.partialAndSilent(done.partial, done.missing)),
    paragraph(w.figuresFlagged(flagged)),
    paragraph(w.gapsCount(gaps.length), 'lead'),
    ...(gaps.length > 0 ? [bullets(gaps.map((g) => gapText(ctx, g)))] : []),
  ];
}

export function annualBilan(ctx: BilanContext, period: string): BilanDocument {
  const subtitle = ctx.words.annualTitle(ctx.periodLabel(period));
  const fiches = reportedFiches(ctx.plan);
  return {
    info: documentInfo(ctx, subtitle),
    cover: cover(ctx, subtitle),
    blocks: [
      ...inBrief(ctx, period),
      ...fiches.flatMap((f) => [{ kind: 'pageBreak' as const }, ...ficheSection(ctx, f, period)]),
      { kind: 'pageBreak' },
      ...facilitiesSection(ctx, period),
      ...governanceSection(ctx, period),
      ...silentAnnex(ctx, [period]),
    ],
  };
}
