/**
 * Annexe 2 followed (article 5): the answers of the « Annexe 2 » tabs of the returns in use, one
 * per facility, period and respondent. Where a respondent sent several returns, the newest one
 * that answers for a facility and a period wins (the versions sources.ts numbered); a return set
 * apart (quarantined, unconfirmed, refused) gives none. A continued campaign's earlier answers
 * (carried by the ledger) stand with their file's version: a new return of the same respondent is
 * numbered after every earlier one, so it wins over them, and they stand where it does not answer.
 */
import type { FacilityStatus as LayoutStatus } from '../collect/layout/facilities';
import { normaliseHeader } from '../workbook/normaliseHeader';
import type { FacilityReport, FacilityStatus } from './followUp';
import type { FileOutcome, FileSummary, ReturnInput } from './types';

/** The list the collection workbook writes and the contract the bilan reads are one list: a code added to one and not the other fails to compile here. */
const sameStatuses: [LayoutStatus, FacilityStatus] extends [FacilityStatus, LayoutStatus] ? true : never = true;
void sameStatuses;

/** The returns whose answers stand: in use, or in use and partly replaced by a newer one. */
const answering: ReadonlySet<FileOutcome> = new Set<FileOutcome>(['used', 'superseded']);

/**
 * `files[i]` is the summary of `inputs[i]` (the files of this run, not the earlier ones: a
 * corrected return often has the same name as the one it corrects); `earlier` the answers a
 * continued campaign carries.
 */
export function facilityReports(inputs: readonly ReturnInput[], files: readonly FileSummary[], earlier: readonly FacilityReport[] = []): FacilityReport[] {
  const taken = inputs.flatMap((input, i): FacilityReport[] => {
    const file = files[i];
    if (file === undefined || !answering.has(file.outcome) || file.respondent === null) return [];
    const source = { file: file.file, version: file.version };
    return (input.result.submission?.facilities ?? []).map((answer) => ({
      facility: answer.facility,
      name: answer.name,
      commune: answer.commune,
      period: answer.period,
      respondent: file.respondent!,
      ...(answer.status !== undefined ? { status: answer.status } : {}),
      ...(answer.supported !== undefined ? { supported: answer.supported } : {}),
      supportedBy: answer.supportedBy,
      change: answer.change,
      source,
    }));
  });
  // Stable: at one version, the order the answers were read in.
  const byVersion = [...earlier, ...taken].sort((a, b) => (a.source?.version ?? 0) - (b.source?.version ?? 0));
  const latest = new Map<string, FacilityReport>();
  for (const report of byVersion) {
    const which = report.facility !== null ? `${report.facility}` : `+${normaliseHeader(report.name)}`;
    latest.set(`${report.respondent}\u0000${which}\u0000${report.period}`, report);
  }
  // Annexe 2's order, then the added facilities by name; a facility's years in order.
  return [...latest.values()].sort(
    (a, b) =>
      (a.facility ?? Number.MAX_SAFE_INTEGER) - (b.facility ?? Number.MAX_SAFE_INTEGER) ||
      a.name.localeCompare(b.name, 'fr') ||
      a.period.localeCompare(b.period) ||
      a.respondent.localeCompare(b.respondent),
  );
}
