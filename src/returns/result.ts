/** One file's outcome: refused, or read with its findings and submission. */
import { baseName } from './fileName';
import { finding, type Finding } from './findings';
import type { CheckedReturn } from './readReturn';
import type { Submission } from './submission';

export type ReturnStatus = 'ok' | 'warnings' | 'errors' | 'refused';

export type ReturnResult = {
  file: string;
  respondent: { code: string; name: string } | null;
  status: ReturnStatus;
  findings: Finding[];
  /** Null for a refused file. */
  submission: Submission | null;
};

export function statusOf(findings: readonly Finding[]): Exclude<ReturnStatus, 'refused'> {
  if (findings.some((f) => f.severity === 'error')) return 'errors';
  if (findings.some((f) => f.severity === 'warning')) return 'warnings';
  return 'ok';
}

export function checkedResult(checked: CheckedReturn): ReturnResult {
  const respondent = checked.submission.identity.respondent;
  return {
    file: checked.submission.file,
    respondent: respondent !== null ? { code: respondent.code, name: respondent.name } : null,
    status: statusOf(checked.findings),
    findings: checked.findings,
    submission: checked.submission,
  };
}

/**
 * Why a file was refused before it was read, as data: the reason code (the .xlsx guards',
 * src/workbook/fileIssues.ts, or a file-access code, src/i18n/fileAccess.ts) and its params;
 * src/i18n words it at the edge.
 */
export type FileRefusal = { code: string; params: Record<string, string | number> };

/**
 * A file refused before reading: one `file_refused` finding whose `params.reason` is the refusal's
 * code (docs/formats.md) next to the refusal's own params; a param of its own named `reason` (a
 * damaged archive's, `eocd`, `entity`…) is kept as `cause`.
 */
export function refusedResult(fileName: string, refusal: FileRefusal): ReturnResult {
  const file = baseName(fileName);
  const { reason: cause, ...params } = refusal.params;
  const all = cause === undefined ? { reason: refusal.code, ...params } : { reason: refusal.code, cause, ...params };
  return { file, respondent: null, status: 'refused', findings: [finding('file_refused', { file, params: all })], submission: null };
}
