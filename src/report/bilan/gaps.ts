/** The écarts the follow-up computed (src/consolidate/followUp.ts), as sentences the COPIL reads. */
import type { Gap } from '../../consolidate/followUp';
import { documentNumber } from '../../i18n/documentNumbers';
import type { BilanContext } from './context';

/** The period a gap belongs to: its own, or the last of the falling ones. */
export function gapPeriod(gap: Gap): string {
  return gap.kind === 'indicatorFalling' ? (gap.periods[gap.periods.length - 1] ?? '') : gap.period;
}

export function gapFiche(gap: Gap): string | null {
  return gap.kind === 'respondentSilent' ? null : gap.fiche;
}

export function gapText(ctx: BilanContext, gap: Gap): string {
  const w = ctx.words.gap;
  switch (gap.kind) {
    case 'actionNotStarted':
      return w.actionNotStarted(ctx.actionRef(gap.fiche, gap.action), ctx.periodLabel(gap.period), gap.startedBy);
    case 'milestoneMissed':
      return w.milestoneMissed(ctx.actionRef(gap.fiche, gap.action), gap.milestone, gap.due);
    case 'indicatorFalling': {
      const indicator = ctx.consolidation.indicators.find((i) => i.code === gap.indicator);
      const member = gap.member !== null ? indicator?.members.find((m) => m.code === gap.member)?.label : undefined;
      const label = `${indicator?.label ?? gap.indicator}${member !== undefined ? ` — ${member}` : ''}`;
      const series = gap.periods.map((p, i) => `${p} : ${gap.values[i] !== undefined ? documentNumber(gap.values[i], ctx.lang) : ctx.words.dash}`).join(' ; ');
      return w.indicatorFalling(label, series);
    }
    case 'respondentSilent':
      return w.respondentSilent(ctx.nameOf(gap.respondent), ctx.periodLabel(gap.period));
  }
}
