/**
 * The list of imported returns as files come in: a file imported again (same name) replaces the
 * earlier one and moves to the end, as the newest import; within one batch the last one wins.
 */
import type { ImportedReturn } from '../effects/types';
import type { ReturnStatus } from '../../returns/result';
import { countBySeverity, type SeverityCounts } from '../../returns/findings';

export function mergeReturns(existing: readonly ImportedReturn[], incoming: readonly ImportedReturn[]): ImportedReturn[] {
  const lastOf = new Map<string, number>();
  incoming.forEach((r, i) => lastOf.set(r.fileName, i));
  const fresh = incoming.filter((r, i) => lastOf.get(r.fileName) === i);
  return [...existing.filter((r) => !lastOf.has(r.fileName)), ...fresh];
}

/**
 * What « Importer » takes: every file that was read. A refused file (not a workbook, macros, a zip
 * bomb…) holds nothing to check or consolidate: its reason is shown in the preview, and it is
 * neither counted nor imported — it would otherwise replace a readable return of the same name.
 */
export function importableReturns(preview: readonly ImportedReturn[]): ImportedReturn[] {
  return preview.filter((r) => r.result.status !== 'refused');
}

/** Names of `incoming` that will replace a return already imported. */
export function replacedNames(existing: readonly ImportedReturn[], incoming: readonly ImportedReturn[]): Set<string> {
  const names = new Set(existing.map((r) => r.fileName));
  return new Set(incoming.filter((r) => names.has(r.fileName)).map((r) => r.fileName));
}

export const returnStatuses: readonly ReturnStatus[] = ['ok', 'warnings', 'errors', 'refused'];

export function countByStatus(returns: readonly ImportedReturn[]): Record<ReturnStatus, number> {
  const counts: Record<ReturnStatus, number> = { ok: 0, warnings: 0, errors: 0, refused: 0 };
  for (const r of returns) counts[r.result.status]++;
  return counts;
}

/** What the preview says of one file. */
export type ImportCard = {
  fileName: string;
  status: ReturnStatus;
  respondent: { code: string; name: string } | null;
  /** The plan version the workbook was generated with (its `_ctg` sheet), when known. */
  version: string | null;
  counts: SeverityCounts;
  /** For a refused file: the `file_refused` finding (its detail says why). */
  refusal: ImportedReturn['result']['findings'][number] | null;
  /** For an earlier consolidation: when it was written, and how many files its campaign took in. */
  campaign: { writtenAt: string; files: number } | null;
};

/** What the list says of an earlier consolidation dropped with the returns. */
export function campaignOfImport(imported: ImportedReturn): ImportCard['campaign'] {
  const c = imported.campaign;
  return c !== undefined ? { writtenAt: c.writtenAt, files: c.taken.length } : null;
}

export function importCard(imported: ImportedReturn): ImportCard {
  const { result } = imported;
  return {
    fileName: imported.fileName,
    status: result.status,
    respondent: result.respondent,
    version: result.submission?.identity.planVersion ?? null,
    counts: countBySeverity(result.findings),
    refusal: result.status === 'refused' ? (result.findings.find((f) => f.code === 'file_refused') ?? result.findings[0] ?? null) : null,
    campaign: campaignOfImport(imported),
  };
}
