/**
 * The follow-up the pilots reported, read from the consolidation's current values: each action's
 * state, account and difficulties per period and pilot (issue 14 point 1), and the comités held
 * (annexe 5). The values went through the same reader and validation as every figure; this only
 * regroups them for the « Suivi des actions » and « Gouvernance » tabs and the bilan.
 */
import { actionStates, type ActionState } from '../plan/actionStates';
import { followUpCode } from '../plan/actionFollowUp';
import { governanceDateCode, governancePartners, meetingSlots, presenceCode, type GovernancePartner } from '../plan/governance';
import type { Plan } from '../plan/schema';
import type { ActionReport, GovernanceMeeting } from './followUp';
import type { RespondentValue } from './types';

const isState = (value: unknown): value is ActionState => typeof value === 'string' && (actionStates as readonly string[]).includes(value);

/** Current values by code, period, member and respondent. */
export type ValueIndex = Map<string, RespondentValue>;
const key = (code: string, period: string, member: string, respondent: string): string => `${code}\u0000${period}\u0000${member}\u0000${respondent}`;

export function indexValues(values: readonly RespondentValue[]): ValueIndex {
  return new Map(values.filter((v) => v.state === 'value').map((v) => [key(v.code, v.period, v.member, v.respondent), v]));
}

const text = (v: RespondentValue | undefined): string => (v !== undefined && typeof v.value === 'string' ? v.value : '');

/** One report per action, period and pilot who filled in any of the three cells, in plan order. */
export function actionReports(plan: Plan, values: readonly RespondentValue[], index: ValueIndex = indexValues(values)): ActionReport[] {
  const respondents = [...new Set(values.map((v) => v.respondent))];
  const reports: ActionReport[] = [];
  for (const fiche of plan.fiches) {
    for (const action of fiche.actions) {
      if (action.pilots.length === 0) continue;
      for (const period of plan.periods) {
        for (const respondent of respondents) {
          const at = (part: 'state' | 'account' | 'difficulties') => index.get(key(followUpCode(action.code, part), period.id, '', respondent));
          const state = at('state');
          const account = text(at('account'));
          const difficulties = text(at('difficulties'));
          if (state === undefined && account === '' && difficulties === '') continue;
          reports.push({
            fiche: fiche.number,
            action: action.code,
            period: period.id,
            respondent,
            ...(state !== undefined && isState(state.value) ? { state: state.value } : {}),
            account,
            difficulties,
          });
        }
      }
    }
  }
  return reports;
}

/**
 * The comités a co-pilot reported: one per slot with a date. Who attended is said with the plan's
 * party codes for the Caf and the EPCI, and the convention's bodies (`communes`, `departement`,
 * `sdjes`) for the others (consolidate/followUp.ts `GovernanceMeeting.present`).
 */
export function governanceMeetings(plan: Plan, values: readonly RespondentValue[], index: ValueIndex = indexValues(values)): GovernanceMeeting[] {
  const partyCode: Record<GovernancePartner, string> = {
    caf: plan.parties.find((p) => p.kind === 'caf')?.code ?? 'caf',
    epci: plan.parties.find((p) => p.kind === 'epci')?.code ?? 'epci',
    communes: 'communes',
    departement: 'departement',
    sdjes: 'sdjes',
  };
  const meetings: GovernanceMeeting[] = [];
  const dates = values.filter((v) => v.code === governanceDateCode && v.state === 'value' && typeof v.value === 'string');
  for (const date of dates) {
    const slot = meetingSlots.find((s) => s === date.member);
    if (slot === undefined) continue;
    const present = governancePartners.filter((p) => index.get(key(presenceCode(p), date.period, date.member, date.respondent))?.value === true).map((p) => partyCode[p]);
    meetings.push({ body: slot.startsWith('copil') ? 'copil' : 'cotech', period: date.period, date: String(date.value), present, respondent: date.respondent });
  }
  return meetings.sort((a, b) => a.date.localeCompare(b.date) || a.body.localeCompare(b.body) || a.respondent.localeCompare(b.respondent));
}
