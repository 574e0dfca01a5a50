/**
 * One-click consolidation, whichever surface supplies the files: read each return (the reader
 * is passed in), validate it, consolidate them all, build the consolidation workbook and write
 * it. Each step is its own function, so each can be timed; `consolidateFiles` chains them.
 */
import { consolidate } from '../consolidate/consolidate';
import type { Consolidation, ConsolidateOptions, ReturnInput } from '../consolidate/types';
import { defaultLang, type Lang } from '../i18n/lang';
import type { Plan } from '../plan/schema';
import { buildConsolidationWorkbook } from '../report/consolidationWorkbook';
import { baseName } from '../returns/fileName';
import type { Severity, SeverityCounts } from '../returns/findings';
import { templateReach } from '../returns/reach';
import { indexPlan } from '../returns/planIndex';
import type { ReturnResult } from '../returns/result';
import type { TypedValue } from '../returns/submission';
import type { WorkbookSpec } from '../workbook/spec';
import { slug } from './fileNames';
import type { Progress, RenderSpec } from './generate';
import { readReturnGrids, validateGrids, type ReadGrids, type ValidateOptions } from './validate';

/** A return to consolidate: its bytes, or its refusal already decided (too large to load, say). */
export type ConsolidateFile = { fileName: string; fileDate: string | null } & ({ bytes: Uint8Array } | { refused: ReturnResult });

export type ConsolidatePorts = {
  readGrids: ReadGrids;
  render: RenderSpec;
  /** Writes the workbook; returns where it went. */
  write: (bytes: Uint8Array) => Promise<string>;
  progress?: Progress;
};

export type ConsolidateFilesOptions = ConsolidateOptions & { validate?: ValidateOptions; lang?: Lang };

export type ConsolidateRun = { results: ReturnResult[]; consolidation: Consolidation; output: string; bytes: number };

/** `consolidation-CTG-P2A-2022-2025.xlsx`. */
export function consolidationFileName(plan: Pick<Plan, 'id'>): string {
  return `consolidation-${slug(plan.id).toUpperCase()}.xlsx`;
}

/** Steps 1 and 2, file by file: read, then validate (a refused or broken file never stops the others). */
export async function validateFiles(plan: Plan, files: readonly ConsolidateFile[], readGrids: ReadGrids, options: ValidateOptions = {}, progress?: Progress): Promise<ReturnResult[]> {
  const shared = { ...options, index: options.index ?? indexPlan(plan), reach: options.reach ?? templateReach(plan) };
  const results: ReturnResult[] = [];
  for (const [i, file] of files.entries()) {
    progress?.({ done: i, total: files.length, label: baseName(file.fileName) });
    if ('refused' in file) {
      results.push(file.refused);
      continue;
    }
    const read = await readReturnGrids({ fileName: file.fileName, bytes: file.bytes }, readGrids, shared.reach);
    results.push(read.ok ? validateGrids(plan, file.fileName, read.grids, shared) : read.result);
  }
  progress?.({ done: files.length, total: files.length, label: '' });
  return results;
}

/** Step 3 (pure): the validated files with their dates, in the order given. */
export function returnInputs(files: readonly ConsolidateFile[], results: readonly ReturnResult[], importedAt: string): ReturnInput[] {
  return results.map((result, i) => ({ result, fileDate: files[i]?.fileDate ?? null, importedAt }));
}

/** Steps 3 and 4 (pure): the consolidation and its workbook. */
export function consolidationReport(plan: Plan, inputs: readonly ReturnInput[], options: ConsolidateFilesOptions): { consolidation: Consolidation; spec: WorkbookSpec } {
  const consolidation = consolidate(plan, inputs, options);
  return { consolidation, spec: buildConsolidationWorkbook(plan, consolidation, { lang: options.lang ?? defaultLang }) };
}

export async function consolidateFiles(plan: Plan, files: readonly ConsolidateFile[], ports: ConsolidatePorts, options: ConsolidateFilesOptions): Promise<ConsolidateRun> {
  const results = await validateFiles(plan, files, ports.readGrids, options.validate, ports.progress);
  const { consolidation, spec } = consolidationReport(plan, returnInputs(files, results, options.now), options);
  const bytes = await ports.render(spec);
  const output = await ports.write(bytes);
  return { results, consolidation, output, bytes: bytes.length };
}

export type TotalJson = {
  indicator: string;
  fiche: string;
  period: string;
  /** '' without breakdown; `total` for the sum over members. */
  member: string;
  aggregation: string;
  total: TypedValue | null;
  answered: number;
  empty: number;
  nc: number;
  invalid: number;
  missing: number;
  evolution: { absolute: number | null; percent: number | null } | null;
  target: { target: number | null; status: string } | null;
  /** Present (true) when the values added up past what a double holds: `total` is null, and a `total_overflow` error says so. */
  overflow?: true;
};

export type ConsolidationJson = {
  plan: { id: string; version: string };
  now: string;
  output: string | null;
  errorPolicy: { choice: string; default: boolean };
  files: Array<{ file: string; respondent: string | null; status: string; outcome: string; version: number | null; counts: SeverityCounts }>;
  summary: { files: number; refused: number; quarantined: number; superseded: number; unattributed: number; findings: Record<Severity, number>; historyEntries: number };
  completeness: {
    respondents: Array<{ code: string; name: string; expected: boolean; status: string; cellsExpected: number; cellsFilled: number; errors: number; warnings: number }>;
    outstanding: Array<{ respondent: string; fiche: string; period: string; status: string; cells: number; indicators: string[] }>;
  };
  totals: TotalJson[];
};

/** The `--json` summary (schema in README, « La commande consolidate »). */
export function consolidationJson(c: Consolidation, output: string | null): ConsolidationJson {
  const outcome = (o: string) => c.files.filter((f) => f.outcome === o).length;
  const who = new Map(c.respondents.map((r) => [r.code, r]));
  return {
    plan: { id: c.planId, version: c.planVersion },
    now: c.now,
    output,
    errorPolicy: { choice: c.errorPolicy.choice, default: c.errorPolicy.isDefault },
    files: c.files.map((f) => ({ file: f.file, respondent: f.respondent, status: f.status, outcome: f.outcome, version: f.version, counts: f.counts })),
    summary: {
      files: c.files.length,
      refused: outcome('refused'),
      quarantined: outcome('quarantined'),
      superseded: outcome('superseded'),
      unattributed: outcome('unattributed'),
      findings: c.counts,
      historyEntries: c.history.length,
    },
    completeness: {
      respondents: c.completeness.respondents.map((r) => ({
        code: r.respondent,
        name: who.get(r.respondent)?.name ?? r.respondent,
        expected: who.get(r.respondent)?.expected ?? false,
        status: r.status,
        cellsExpected: r.expected,
        cellsFilled: r.filled,
        errors: r.counts.error,
        warnings: r.counts.warning,
      })),
      outstanding: c.completeness.outstanding.map((o) => ({ ...o, indicators: [...o.indicators] })),
    },
    totals: c.indicators.flatMap((i) =>
      i.cells
        .filter((cell) => cell.applicable)
        .map((cell) => ({
          indicator: i.code,
          fiche: i.fiche,
          period: cell.period,
          member: cell.member,
          aggregation: i.applied,
          total: cell.total,
          answered: cell.counts.answered,
          empty: cell.counts.empty,
          nc: cell.counts.nc,
          invalid: cell.counts.invalid,
          missing: cell.counts.missing,
          evolution: cell.evolution !== null ? { absolute: cell.evolution.absolute, percent: cell.evolution.percent } : null,
          target: cell.target !== null ? { target: cell.target.target, status: cell.target.status } : null,
          ...(cell.overflow === true ? { overflow: true as const } : {}),
        })),
    ),
  };
}
