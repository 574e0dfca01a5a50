/**
 * The steps of validating one returned workbook, whichever surface supplies it: bytes → grids (the
 * reader is passed in) → checks → its result.
 * Reading and checking are separate steps, so each can be timed; the loop over a run's files is
 * the use case `checkReturns` (checkReturns.ts).
 */
import { renderFinding } from '../i18n/findings';
import { defaultLang, type Lang } from '../i18n/lang';
import type { Plan } from '../plan/schema';
import { checkReturn, type CheckOptions } from '../returns/readReturn';
import { baseName } from '../returns/fileName';
import { countBySeverity, finding, type Finding, type Severity } from '../returns/findings';
import { checkedResult, refusedResult, statusOf, type FileRefusal, type ReturnResult, type ReturnStatus } from '../returns/result';
import { templateReach } from '../returns/reach';
import { UntrustedFileError } from '../workbook/fileIssues';
import type { Grid, GridReach } from '../workbook/grid';
import { annotatedFileName, annotatedFileNames } from './annotatedNames';
import type { WriteFile } from './workbookSink';
import type { ReadGrids } from './returnSource';

export type ReturnFile = { fileName: string; bytes: Uint8Array };

export type ValidatePorts = { readGrids: ReadGrids };

export type ValidateOptions = CheckOptions;

export type ReadOutcome = { ok: true; grids: Grid[] } | { ok: false; result: ReturnResult };

/** Step 1, reading: the grids of a file, or its refusal (too large, macros, encrypted, .ods, corrupt…). */
export async function readReturnGrids(file: ReturnFile, readGrids: ReadGrids, reach?: GridReach): Promise<ReadOutcome> {
  try {
    return { ok: true, grids: await readGrids(file.bytes, reach) };
  } catch (error) {
    return { ok: false, result: refusedResult(file.fileName, refusalOf(error)) };
  }
}

/**
 * An UntrustedFileError carries its issue; any other failure is refused with its code when it has
 * one (`unreadable` otherwise) and its technical text, if any, as `message`.
 */
function refusalOf(error: unknown): FileRefusal {
  if (error instanceof UntrustedFileError) return error.issue;
  const e = error as { code?: unknown; message?: unknown } | null;
  const code = typeof e?.code === 'string' ? e.code : 'unreadable';
  return { code, params: typeof e?.message === 'string' && e.message !== '' ? { message: e.message } : {} };
}

/** Step 2, checking (pure, synchronous): never throws; an unexpected failure becomes a finding. */
export function validateGrids(plan: Plan, fileName: string, grids: readonly Grid[], options: ValidateOptions = {}): ReturnResult {
  try {
    return checkedResult(checkReturn(grids, plan, fileName, options));
  } catch (error) {
    const file = baseName(fileName);
    const findings = [finding('internal_error', { file, params: { detail: String((error as Error)?.message ?? error).slice(0, 200) } })];
    return { file, respondent: null, status: statusOf(findings), findings, submission: null };
  }
}

/** A return is read only as far as the plan's template reaches (issue 12, point 2). */
export async function validateReturn(plan: Plan, file: ReturnFile, ports: ValidatePorts, options: ValidateOptions = {}): Promise<ReturnResult> {
  const reach = options.reach ?? templateReach(plan);
  const read = await readReturnGrids(file, ports.readGrids, reach);
  return read.ok ? validateGrids(plan, file.fileName, read.grids, { ...options, reach }) : read.result;
}

/** 0 when no file has an error (refused files count as errors), 1 otherwise. */
export function exitCodeOf(results: readonly ReturnResult[]): 0 | 1 {
  return results.some((r) => r.status === 'errors' || r.status === 'refused') ? 1 : 0;
}

/** A finding as `validate --json` prints it: the data, plus its message in the chosen language. */
export type FindingJson = Omit<Finding, 'code'> & { code: string; message: string };

export type ReturnJson = {
  file: string;
  respondent: { code: string; name: string } | null;
  status: ReturnStatus;
  counts: Record<Severity, number>;
  findings: FindingJson[];
};

export function findingJson(f: Finding, lang: Lang = defaultLang): FindingJson {
  return {
    severity: f.severity,
    code: f.code,
    file: f.file,
    sheet: f.sheet,
    cell: f.cell,
    fiche: f.fiche,
    indicator: f.indicator,
    period: f.period,
    member: f.member,
    value: f.value,
    message: renderFinding(f, lang),
    params: f.params,
  };
}

/** The `--json` output: one object per file (schema in README, « La commande validate »). */
export function validationJson(results: readonly ReturnResult[], lang: Lang = defaultLang): ReturnJson[] {
  return results.map((r) => ({
    file: r.file,
    respondent: r.respondent,
    status: r.status,
    counts: countBySeverity(r.findings),
    findings: r.findings.map((f) => findingJson(f, lang)),
  }));
}

export { annotatedFileName, annotatedFileNames } from './annotatedNames';

/** Marks up a copy of a file's bytes with its findings (src/xlsx/annotate.ts for .xlsx files). */
export type Annotate = (bytes: Uint8Array, findings: readonly Finding[], lang: Lang) => Promise<Uint8Array>;

/**
 * What became of each file's copy: written, not made (the file was refused: it cannot be opened to
 * mark it up), or failed — marking up crashed on a file the reader accepted, or the write failed —
 * with the error's own message (the write port's is French, see src/cli/files.ts).
 */
export type AnnotatedFile =
  | { file: string; written: string }
  | { file: string; written: null; reason: 'refused' }
  | { file: string; written: null; reason: 'annotate_failed' | 'write_failed'; detail: string };

const messageOf = (error: unknown) => String((error as Error | null)?.message ?? error).slice(0, 300);

/**
 * A marked-up copy per file that could be read. One file's failure is that file's outcome: the
 * others still get their copy. `names`: the copies' names, one per file (annotatedFileNames).
 */
export async function annotateReturns(
  results: readonly ReturnResult[],
  files: readonly ReturnFile[],
  ports: { annotate: Annotate; write: WriteFile; names?: readonly string[] },
  lang: Lang = defaultLang,
): Promise<AnnotatedFile[]> {
  const names = ports.names ?? annotatedFileNames(files.map((f) => f.fileName));
  const out: AnnotatedFile[] = [];
  for (const [i, result] of results.entries()) {
    const file = files[i];
    if (file === undefined) continue;
    if (result.status === 'refused' || result.submission === null) {
      out.push({ file: result.file, written: null, reason: 'refused' });
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = await ports.annotate(file.bytes, result.findings, lang);
    } catch (error) {
      out.push({ file: result.file, written: null, reason: 'annotate_failed', detail: messageOf(error) });
      continue;
    }
    try {
      out.push({ file: result.file, written: await ports.write(names[i] ?? annotatedFileName(file.fileName), bytes) });
    } catch (error) {
      out.push({ file: result.file, written: null, reason: 'write_failed', detail: messageOf(error) });
    }
  }
  return out;
}
