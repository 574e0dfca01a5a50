/**
 * Annexe 2 followed (article 5): the answers of the « Annexe 2 » tabs of the returns in use, one
 * per facility, period and respondent. Where a respondent sent several returns, the newest one
 * that answers for a facility and a period wins (the versions sources.ts numbered); a return set
 * apart (quarantined, unconfirmed, refused) gives none.
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

export function facilityReports(inputs: readonly ReturnInput[], files: readonly FileSummary[]): FacilityReport[] {
  const byFile = new Map(inputs.map((input) => [input.result.file, input.result]));
  const standing = files
    .filter((f) => answering.has(f.outcome) && f.respondent !== null)
    .sort((a, b) => (a.version ?? 0) - (b.version ?? 0));
  const latest = new Map<string, FacilityReport>();
  for (const file of standing) {
    for (const answer of byFile.get(file.file)?.submission?.facilities ?? []) {
      const which = answer.facility !== null ? `${answer.facility}` : `+${normaliseHeader(answer.name)}`;
      latest.set(`${file.respondent}\u0000${which}\u0000${answer.period}`, {
        facility: answer.facility,
        name: answer.name,
        commune: answer.commune,
        period: answer.period,
        respondent: file.respondent!,
        ...(answer.status !== undefined ? { status: answer.status } : {}),
        ...(answer.supported !== undefined ? { supported: answer.supported } : {}),
        supportedBy: answer.supportedBy,
        change: answer.change,
      });
    }
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
