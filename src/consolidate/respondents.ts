/**
 * Who the consolidation is about, in the plan's order (the parties, then the communes): those
 * expected to answer, and anyone else who sent a return. By default, those a campaign asks (the
 * same as generation's default, collect/respondents.ts): every party — the Caf, the EPCI and the
 * partners the plan lists, asked for what they hold (« par employeur », fiche 3.1) — and the
 * signatory communes, bound by the convention; other member communes count once they answer.
 */
import { isExpected, respondentsOf } from '../collect/respondents';
import type { Plan } from '../plan/schema';
import type { ConsolidatedRespondent } from './types';

export function consolidatedRespondents(plan: Plan, answered: ReadonlySet<string>, expected?: readonly string[]): ConsolidatedRespondent[] {
  const wanted = expected !== undefined ? new Set(expected) : undefined;
  return respondentsOf(plan)
    .map((r) => ({ code: r.code, name: r.name, kind: r.kind, attributes: r.attributes, expected: wanted !== undefined ? wanted.has(r.code) : isExpected(r) || answered.has(r.code) }))
    .filter((r) => r.expected || answered.has(r.code));
}
