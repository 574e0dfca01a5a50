/**
 * The findings of the imported returns as the « Contrôles » view lists them, and the filters that
 * narrow them (pure): by severity, respondent, fiche and period; the choices offered are those the
 * findings actually hold.
 */
import type { Plan } from '../../plan/schema';
import type { Finding, Severity } from '../../returns/findings';
import type { ImportedReturn } from '../effects/types';

/** A null field lets every finding through. `respondent` is a respondent code, or `unidentifiedKey`. */
export type FindingsFilter = { severity: Severity | null; respondent: string | null; fiche: string | null; period: string | null };

export const noFilter: FindingsFilter = { severity: null, respondent: null, fiche: null, period: null };

/** The respondent key of a return whose respondent could not be identified (codes are never empty). */
export const unidentifiedKey = '';

export type FindingEntry = {
  finding: Finding;
  /** Position of the return in the list and of the finding in the return: a stable key. */
  returnIndex: number;
  findingIndex: number;
  respondent: string;
};

export type FilterChoices = {
  severities: Severity[];
  respondents: Array<{ key: string; name: string | null }>;
  fiches: string[];
  periods: string[];
};

const severityOrder: readonly Severity[] = ['error', 'warning', 'info'];

export function respondentKey(imported: ImportedReturn): string {
  return imported.result.respondent?.code ?? unidentifiedKey;
}

export function findingEntries(returns: readonly ImportedReturn[]): FindingEntry[] {
  return returns.flatMap((imported, returnIndex) =>
    imported.result.findings.map((finding, findingIndex) => ({ finding, returnIndex, findingIndex, respondent: respondentKey(imported) })),
  );
}

export function matches(entry: FindingEntry, filter: FindingsFilter): boolean {
  const f = entry.finding;
  return (
    (filter.severity === null || f.severity === filter.severity) &&
    (filter.respondent === null || entry.respondent === filter.respondent) &&
    (filter.fiche === null || f.fiche === filter.fiche) &&
    (filter.period === null || f.period === filter.period)
  );
}

export function filterFindings(entries: readonly FindingEntry[], filter: FindingsFilter): FindingEntry[] {
  return entries.filter((e) => matches(e, filter));
}

export function isFiltered(filter: FindingsFilter): boolean {
  return filter.severity !== null || filter.respondent !== null || filter.fiche !== null || filter.period !== null;
}

/** « 3.2 » before « 10.1 ». */
const byNumber = (a: string, b: string) => a.localeCompare(b, 'fr', { numeric: true });

/** The values the findings hold: severities in order of gravity, respondents by name, fiches by number, periods in the plan's order. */
export function filterChoices(returns: readonly ImportedReturn[], plan: Pick<Plan, 'periods'>): FilterChoices {
  const severities = new Set<Severity>();
  const respondents = new Map<string, string | null>();
  const fiches = new Set<string>();
  const periods = new Set<string>();
  for (const imported of returns) {
    if (imported.result.findings.length > 0) respondents.set(respondentKey(imported), imported.result.respondent?.name ?? null);
    for (const f of imported.result.findings) {
      severities.add(f.severity);
      if (f.fiche !== null) fiches.add(f.fiche);
      if (f.period !== null) periods.add(f.period);
    }
  }
  const planOrder = new Map(plan.periods.map((p, i) => [p.id, i]));
  const rank = (p: string) => planOrder.get(p) ?? Number.MAX_SAFE_INTEGER;
  return {
    severities: severityOrder.filter((s) => severities.has(s)),
    respondents: [...respondents]
      .map(([key, name]) => ({ key, name }))
      // The unidentified last; the others by name.
      .sort((a, b) => (a.name === null ? 1 : b.name === null ? -1 : a.name.localeCompare(b.name, 'fr'))),
    fiches: [...fiches].sort(byNumber),
    periods: [...periods].sort((a, b) => rank(a) - rank(b) || byNumber(a, b)),
  };
}

/** The filter with any value no longer offered (the returns changed) let go. */
export function withinChoices(filter: FindingsFilter, choices: FilterChoices): FindingsFilter {
  return {
    severity: filter.severity !== null && choices.severities.includes(filter.severity) ? filter.severity : null,
    respondent: filter.respondent !== null && choices.respondents.some((r) => r.key === filter.respondent) ? filter.respondent : null,
    fiche: filter.fiche !== null && choices.fiches.includes(filter.fiche) ? filter.fiche : null,
    period: filter.period !== null && choices.periods.includes(filter.period) ? filter.period : null,
  };
}
