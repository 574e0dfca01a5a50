/** Annexe 5's « évaluation de la démarche elle-même (gouvernance…) »: the comités held, as the co-pilots reported them. */
import type { GovernanceMeeting } from '../../consolidate/followUp';
import { formatDate } from '../../i18n/findingsFormat';
import type { BilanContext } from './context';
import { column, heading, paragraph, table, type Block } from './model';

/**
 * The comités held, each once. Both co-pilots report the same comités (a COPIL gathers the Caf and
 * the EPCI): counting their reports would count one meeting twice — the very error of one event
 * reported by two kinds of respondent and added up. A comité is its body and its date; those present
 * are the union of what its reporters said.
 */
export function heldMeetings(meetings: readonly GovernanceMeeting[]): GovernanceMeeting[] {
  const held = new Map<string, GovernanceMeeting>();
  for (const m of meetings) {
    const key = `${m.period}\u0000${m.body}\u0000${m.date}`;
    const known = held.get(key);
    held.set(key, known === undefined ? { ...m, present: [...m.present] } : { ...known, present: [...new Set([...known.present, ...m.present])] });
  }
  return [...held.values()];
}

export function meetingRows(ctx: BilanContext, meetings: readonly GovernanceMeeting[]): string[][] {
  const guests: Record<string, string> = ctx.words.governanceGuests;
  return heldMeetings(meetings)
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((m) => [ctx.words.body[m.body], formatDate(m.date), m.present.map((code) => guests[code] ?? ctx.nameOf(code)).join(', ') || ctx.words.dash]);
}

export function governanceSection(ctx: BilanContext, period: string): Block[] {
  const w = ctx.words;
  const h = w.governanceHeaders;
  const meetings = ctx.followUp.governance.filter((m) => m.period === period);
  if (meetings.length === 0) return [heading(1, w.governance), paragraph(w.noInformation)];
  return [heading(1, w.governance), table([column(h.body, 0.25), column(h.date, 0.15), column(h.present, 0.6)], meetingRows(ctx, meetings))];
}
