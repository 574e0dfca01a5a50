/**
 * Who receives a collection workbook: the Caf, the EPCI, partners (the plan's parties) and every
 * member commune (its INSEE code is its respondent code), with the attributes the indicators'
 * reporters select them by.
 */
import type { Plan, RespondentKind } from '../plan/schema';

export type Respondent = { code: string; kind: RespondentKind; name: string; signatory: boolean; attributes: readonly string[] };

export function respondentsOf(plan: Plan): Respondent[] {
  return [
    ...plan.parties.map((p) => ({ code: p.code, kind: p.kind, name: p.name, signatory: p.signatory, attributes: p.attributes })),
    ...plan.territory.communes.map((c) => ({ code: c.insee, kind: 'commune' as const, name: c.name, signatory: c.signatory, attributes: c.attributes })),
  ];
}

/**
 * `expected`: whom a yearly campaign asks — every party of the plan (the Caf, the EPCI and the
 * partners the plan lists) and the signatory communes; the default wherever workbooks are generated.
 * `all`: every party and every member commune. `signatories`: the parties and communes that signed.
 */
export type RespondentSelection = { kind: 'expected' } | { kind: 'all' } | { kind: 'signatories' } | { kind: 'codes'; codes: string[] };

/** Where nobody chose: the campaign's expected respondents. */
export const defaultRespondentSelection: RespondentSelection = { kind: 'expected' };

/** A party is asked by the plan itself (it names the Caf, the EPCI and its partners); a commune, when it signed. */
export function isExpected(respondent: Pick<Respondent, 'kind' | 'signatory'>): boolean {
  return respondent.kind !== 'commune' || respondent.signatory;
}

export type SelectionResult = { ok: true; respondents: Respondent[] } | { ok: false; unknown: string[] };

/** Unknown codes are all reported together. */
export function selectRespondents(plan: Plan, selection: RespondentSelection): SelectionResult {
  const all = respondentsOf(plan);
  if (selection.kind === 'all') return { ok: true, respondents: all };
  if (selection.kind === 'expected') return { ok: true, respondents: all.filter(isExpected) };
  if (selection.kind === 'signatories') return { ok: true, respondents: all.filter((r) => r.signatory) };
  const byCode = new Map(all.map((r) => [r.code, r]));
  const unknown = selection.codes.filter((code) => !byCode.has(code));
  if (unknown.length > 0) return { ok: false, unknown };
  return { ok: true, respondents: [...new Set(selection.codes)].map((code) => byCode.get(code) as Respondent) };
}
