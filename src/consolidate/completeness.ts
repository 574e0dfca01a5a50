/**
 * Who answered what: for each respondent, fiche and period, the cells to fill and how many are
 * filled (a value, « NC », or something refused — the refusal is an error, not a silence), with
 * the errors and warnings of its returns; and the list of who still has to answer what.
 */
import { isCollected } from '../plan/asked';
import type { Plan } from '../plan/schema';
import { isAsked } from '../plan/selection';
import { indicatorSites } from '../plan/walk';
import { breakdownMembers } from '../plan/breakdown';
import { countBySeverity } from '../returns/findings';
import { countedOutcomes } from './figures';
import { valueKey } from './keys';
import type {
  Completeness,
  CompletenessCell,
  CompletenessStatus,
  ConsolidatedRespondent,
  FileSummary,
  LinkedFinding,
  Outstanding,
  RespondentCompleteness,
  RespondentValue,
} from './types';

export type CompletenessInput = {
  plan: Plan;
  respondents: readonly ConsolidatedRespondent[];
  current: ReadonlyMap<string, RespondentValue>;
  files: readonly FileSummary[];
  findings: readonly LinkedFinding[];
  quarantined: ReadonlySet<string>;
  asOf: string | null;
};

/** A period is due once it has ended before `asOf`; every period is due without it. */
export function isDue(end: string, asOf: string | null): boolean {
  return asOf === null || end < asOf;
}

function statusOf(expected: number, filled: number): 'answered' | 'partial' | 'missing' {
  return filled >= expected ? 'answered' : filled === 0 ? 'missing' : 'partial';
}

export function completenessOf(input: CompletenessInput): Completeness {
  const { plan, current, asOf } = input;
  const sites = indicatorSites(plan).filter((s) => s.fiche.status === 'active');
  const respondentsWithValues = new Set([...current.values()].map((v) => v.respondent));
  // Findings of the returns that count: those used, and those quarantined (the respondent must correct them).
  const counted = new Set(input.files.filter((f) => countedOutcomes.has(f.outcome)).map((f) => f.file));
  const findingsOf = new Map<string, LinkedFinding[]>();
  for (const lf of input.findings) {
    if (lf.respondent === null || lf.finding.file === null || !counted.has(lf.finding.file)) continue;
    findingsOf.set(lf.respondent, [...(findingsOf.get(lf.respondent) ?? []), lf]);
  }

  const cells: CompletenessCell[] = [];
  const outstanding: Outstanding[] = [];
  const respondents: RespondentCompleteness[] = [];
  for (const respondent of input.respondents) {
    const hasValues = respondentsWithValues.has(respondent.code);
    const absent: CompletenessStatus = input.quarantined.has(respondent.code) ? 'excluded' : 'missing';
    const own = findingsOf.get(respondent.code) ?? [];
    let expectedDue = 0;
    let filledDue = 0;
    // What this respondent is asked, decided once rather than per fiche and period.
    const asked = sites.filter((s) => isCollected(s.indicator) && isAsked(s.indicator.reporters, respondent));
    for (const fiche of plan.fiches.filter((f) => f.status === 'active')) {
      for (const period of plan.periods) {
        const wanted = asked.filter((s) => s.fiche === fiche && s.indicator.periods.includes(period.id));
        if (wanted.length === 0) continue;
        let expected = 0;
        let filled = 0;
        const unanswered: string[] = [];
        for (const { indicator } of wanted) {
          const members = breakdownMembers(indicator, plan.lists).map((m) => m.code);
          let missingHere = 0;
          for (const member of members.length > 0 ? members : ['']) {
            expected++;
            const state = current.get(valueKey(respondent.code, indicator.code, period.id, member))?.state;
            if (state === 'value' || state === 'nc' || state === 'invalid') filled++;
            else missingHere++;
          }
          if (missingHere > 0) unanswered.push(indicator.code);
        }
        const due = isDue(period.end, asOf);
        const answeredStatus = statusOf(expected, filled);
        const status: CompletenessStatus = !hasValues ? absent : !due && answeredStatus !== 'answered' ? 'not_due' : answeredStatus;
        const about = own.filter((lf) => lf.finding.fiche === fiche.number && lf.finding.period === period.id);
        cells.push({
          respondent: respondent.code,
          fiche: fiche.number,
          period: period.id,
          status,
          expected,
          filled,
          errors: about.filter((lf) => lf.finding.severity === 'error').length,
          warnings: about.filter((lf) => lf.finding.severity === 'warning').length,
        });
        if (due) {
          expectedDue += expected;
          filledDue += filled;
        }
        if (respondent.expected && (status === 'partial' || status === 'missing' || status === 'excluded')) {
          outstanding.push({ respondent: respondent.code, fiche: fiche.number, period: period.id, status, cells: expected - filled, indicators: unanswered });
        }
      }
    }
    respondents.push({
      respondent: respondent.code,
      status: !hasValues ? absent : statusOf(expectedDue, filledDue),
      expected: expectedDue,
      filled: filledDue,
      counts: countBySeverity(own.map((lf) => lf.finding)),
      files: input.files.filter((f) => f.respondent === respondent.code).map((f) => f.file),
    });
  }
  return { cells, respondents, outstanding };
}
