/** Annexe 5's « évaluation de la démarche elle-même (gouvernance…) »: the comités held, as the co-pilots reported them. */
import type { GovernanceMeeting } from '../../consolidate/followUp';
import { formatDate } from '../../i18n/findingsFormat';
import type { BilanContext } from './context';
import { column, heading, paragraph, table, type Block } from './model';

export function meetingRows(ctx: BilanContext, meetings: readonly GovernanceMeeting[]): string[][] {
  return [...meetings]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((m) => [ctx.words.body[m.body], formatDate(m.date), m.present.map(ctx.nameOf).join(', ') || ctx.words.dash]);
}

export function governanceSection(ctx: BilanContext, period: string): Block[] {
  const w = ctx.words;
  const h = w.governanceHeaders;
  const meetings = ctx.followUp.governance.filter((m) => m.period === period);
  if (meetings.length === 0) return [heading(1, w.governance), paragraph(w.noInformation)];
  return [heading(1, w.governance), table([column(h.body, 0.25), column(h.date, 0.15), column(h.present, 0.6)], meetingRows(ctx, meetings))];
}
