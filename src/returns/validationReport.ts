/**
 * The validation report (`ctg validate`) as data: file by file, the findings in runs of the same
 * sheet, each with where it is, and the counts by status and severity. Worded by
 * src/i18n/findingsReport.ts, which computes nothing (ARCHITECTURE.md, « i18n/ computes nothing »).
 */
import { countBySeverity, type Finding, type SeverityCounts } from './findings';
import type { ReturnResult, ReturnStatus } from './result';

/** The order the report counts the files in: conforme, avec avertissements, avec erreurs, refusé. */
const statusOrder: readonly ReturnStatus[] = ['ok', 'warnings', 'errors', 'refused'];

/** A finding and where it is: its cell, `indicator/member`, period — the parts it has, in that order. */
export type ReportedFinding = { finding: Finding; place: string[] };

/**
 * Consecutive findings of one sheet (null: the file as a whole). The findings keep their order, so
 * a sheet met again after another starts a run of its own.
 */
export type SheetRun = { sheet: string | null; findings: ReportedFinding[] };

export type FileReport = Pick<ReturnResult, 'file' | 'respondent' | 'status'> & { counts: SeverityCounts; runs: SheetRun[] };

export type ValidationReport = {
  files: FileReport[];
  /** How many files have each status, every status in `statusOrder` (none left out). */
  byStatus: Array<{ status: ReturnStatus; files: number }>;
  /** Every file's findings together. */
  counts: SeverityCounts;
};

export function findingPlace(f: Finding): string[] {
  const indicator = f.indicator !== null ? `${f.indicator}${f.member !== null ? `/${f.member}` : ''}` : null;
  return [f.cell, indicator, f.period].filter((part): part is string => part !== null && part !== '');
}

export function fileReport(result: ReturnResult): FileReport {
  const runs: SheetRun[] = [];
  for (const finding of result.findings) {
    const last = runs[runs.length - 1];
    const reported = { finding, place: findingPlace(finding) };
    if (last !== undefined && last.sheet === finding.sheet) last.findings.push(reported);
    else runs.push({ sheet: finding.sheet, findings: [reported] });
  }
  return { file: result.file, respondent: result.respondent, status: result.status, counts: countBySeverity(result.findings), runs };
}

export function validationReport(results: readonly ReturnResult[]): ValidationReport {
  return {
    files: results.map(fileReport),
    byStatus: statusOrder.map((status) => ({ status, files: results.filter((r) => r.status === status).length })),
    counts: countBySeverity(results.flatMap((r) => r.findings)),
  };
}
