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

/** A file refused before reading (`reason`: the guard's code; `detail`: its French message). */
export function refusedResult(fileName: string, reason: string, detail: string): ReturnResult {
  const file = baseName(fileName);
  return { file, respondent: null, status: 'refused', findings: [finding('file_refused', { file, params: { reason, detail } })], submission: null };
}
