/** A stable order for values: respondent (plan order), indicator (plan order), period, member. */
import type { Plan } from '../plan/schema';
import { indicatorSites } from '../plan/walk';
import { breakdownMembers } from '../plan/breakdown';
import type { ConsolidatedRespondent, RespondentValue } from './types';

export type Keyed = Pick<RespondentValue, 'respondent' | 'code' | 'period' | 'member'>;

export function valueOrder(plan: Plan, respondents: readonly ConsolidatedRespondent[]): (a: Keyed, b: Keyed) => number {
  const respondentRank = new Map(respondents.map((r, i) => [r.code, i]));
  const indicatorRank = new Map<string, number>();
  const memberRank = new Map<string, number>();
  indicatorSites(plan).forEach(({ indicator }, i) => {
    indicatorRank.set(indicator.code, i);
    breakdownMembers(indicator, plan.lists).forEach((m, j) => memberRank.set(`${indicator.code}\u0000${m.code}`, j));
  });
  const periodRank = new Map(plan.periods.map((p, i) => [p.id, i]));
  const rank = (map: Map<string, number>, key: string) => map.get(key) ?? Number.MAX_SAFE_INTEGER;
  return (a, b) =>
    rank(respondentRank, a.respondent) - rank(respondentRank, b.respondent) ||
    rank(indicatorRank, a.code) - rank(indicatorRank, b.code) ||
    rank(periodRank, a.period) - rank(periodRank, b.period) ||
    rank(memberRank, `${a.code}\u0000${a.member}`) - rank(memberRank, `${b.code}\u0000${b.member}`) ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}
