/**
 * Whether article 5's commitment holds, in numbers: of the facilities listed in Annexe 2, how many
 * are still open and supported by their latest answer, and what changed since the signature. The
 * consolidation tab and the bilan say the same counts.
 */
import type { Plan } from '../plan/schema';
import { normaliseHeader } from '../workbook/normaliseHeader';
import type { FacilityReport } from './followUp';

/** A listed facility's path since the signature, by its answers (none: not one answer received). */
export type FacilityChange = 'none' | 'unchanged' | 'changed' | 'unsupported' | 'closed';

export type FacilitySummary = {
  /** The facilities Annexe 2 lists. */
  listed: number;
  /** Open or changed, and supported, by their latest answer. */
  held: number;
  /** Listed facilities without any answer. */
  unanswered: number;
  closed: number;
  /** Changed (capacity, manager…) or no longer supported, and not closed. */
  changed: number;
  /** Facilities the respondents added (distinct by name). */
  added: number;
  /** Per listed facility (Annexe 2's order): its path since the signature. */
  changes: FacilityChange[];
};

/** The latest answer of each listed facility (by period, then the later of two respondents). */
export function latestByFacility(plan: Pick<Plan, 'periods'>, reports: readonly FacilityReport[]): Map<number, FacilityReport> {
  const order = new Map(plan.periods.map((p, i) => [p.id, i]));
  const latest = new Map<number, FacilityReport>();
  for (const report of reports) {
    if (report.facility === null || report.status === undefined) continue;
    const known = latest.get(report.facility);
    if (known === undefined || (order.get(report.period) ?? -1) >= (order.get(known.period) ?? -1)) latest.set(report.facility, report);
  }
  return latest;
}

export function changeOf(reports: readonly FacilityReport[]): FacilityChange {
  if (reports.length === 0) return 'none';
  if (reports.some((r) => r.status === 'ferme')) return 'closed';
  if (reports.some((r) => r.status === 'modifie')) return 'changed';
  if (reports.some((r) => r.supported === false)) return 'unsupported';
  return 'unchanged';
}

export function facilitySummary(plan: Pick<Plan, 'periods' | 'territory'>, reports: readonly FacilityReport[]): FacilitySummary {
  const listed = plan.territory.facilities.length;
  const latest = latestByFacility(plan, reports);
  const byFacility = new Map<number, FacilityReport[]>();
  for (const r of reports) if (r.facility !== null) byFacility.set(r.facility, [...(byFacility.get(r.facility) ?? []), r]);
  const changes = plan.territory.facilities.map((_f, i) => changeOf(byFacility.get(i) ?? []));
  const held = [...latest.values()].filter((r) => r.status !== 'ferme' && r.supported === true).length;
  return {
    listed,
    held,
    unanswered: changes.filter((c) => c === 'none').length,
    closed: changes.filter((c) => c === 'closed').length,
    changed: changes.filter((c) => c === 'changed' || c === 'unsupported').length,
    added: new Set(reports.filter((r) => r.facility === null).map((r) => normaliseHeader(r.name))).size,
    changes,
  };
}
