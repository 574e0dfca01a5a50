/**
 * One-click consolidation, whichever surface supplies the files: read each return (the reader
 * is passed in), validate it, consolidate them all, build the consolidation workbook and write
 * it. Each step is its own function, so each can be timed; `consolidateFiles` chains them.
 */
import { consolidate } from '../consolidate/consolidate';
import { consolidationFigures, type FindingsApart } from '../consolidate/figures';
import { marksOf, type FigureMark } from '../consolidate/marks';
import type { Consolidation, ConsolidateOptions, FileIdentity, Replacement, ReturnInput } from '../consolidate/types';
import { replacementReason } from '../i18n/replacementWords';
import { describeFigure } from '../i18n/formation';
import { defaultLang, type Lang } from '../i18n/lang';
import type { Plan, RespondentKind } from '../plan/schema';
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

/** What loading a return gives: its bytes, or its refusal (not a regular file, unreadable, too large…). */
export type LoadedReturn = { bytes: Uint8Array } | { refused: ReturnResult };

/**
 * A return to consolidate: its bytes, its refusal already decided (too large to load, say), or how
 * to load it — loaded only when its turn comes and dropped once checked, so that a run over many
 * files never holds more than one file's bytes.
 */
export type ConsolidateFile = { fileName: string; fileDate: string | null } & (LoadedReturn | { load: () => Promise<LoadedReturn> });

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
    const loaded = 'load' in file ? await file.load() : file;
    if ('refused' in loaded) {
      results.push(loaded.refused);
      continue;
    }
    const read = await readReturnGrids({ fileName: file.fileName, bytes: loaded.bytes }, readGrids, shared.reach);
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
  // The run's `now` judges the `generated_at` of every return (a date in the future is reported).
  const results = await validateFiles(plan, files, ports.readGrids, { now: options.now, ...options.validate }, ports.progress);
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
  /**
   * How the figure was formed (the plan's declaration), from how many respondents of which kinds,
   * in words (« somme des 10 communes », « chiffre de la Caf (source qui fait foi) »).
   */
  formation: { kind: string; computed: string; respondents: number; kinds: Partial<Record<RespondentKind, number>>; text: string; sameAs: string | null };
  total: TypedValue | null;
  /** For an amount whose shares the plan asks: this member's share of the total (ratio of sums); else null. */
  share: number | null;
  answered: number;
  empty: number;
  nc: number;
  invalid: number;
  missing: number;
  /** Respondents whose value enters `total`, and those of their values the checks flagged. */
  respondents: number;
  flagged: Array<{ respondent: string; severity: 'error' | 'warning' }>;
  /** What the figure must say about itself: « périmètre changé », « valeur signalée ». */
  marks: FigureMark[];
  /**
   * `absolute` and `percent`: the change « à périmètre constant » (respondents present in both
   * periods, `respondents.both`); `raw`: the change of the figures as they are.
   */
  evolution: {
    previousPeriod: string | null;
    absolute: number | null;
    percent: number | null;
    scope: 'same' | 'changed';
    respondents: { previous: number; current: number; both: number };
    constant: { previous: number | null; current: number | null } | null;
    raw: { previous: number | null; absolute: number | null; percent: number | null };
  } | null;
  target: { target: number | null; status: string } | null;
  /** Present (true) when the values added up past what a double holds: `total` is null, and a `total_overflow` error says so. */
  overflow?: true;
};

export type ConsolidationJson = {
  plan: { id: string; version: string };
  now: string;
  output: string | null;
  errorPolicy: { choice: string; default: boolean };
  files: Array<{
    file: string;
    respondent: string | null;
    status: string;
    outcome: string;
    version: number | null;
    counts: SeverityCounts;
    /** The dates that ordered it, when trusted (null: unknown, or not used — a finding says why). */
    generatedAt: string | null;
    fileDate: string | null;
    identity: FileIdentity;
    /** Returns that replaced values of this one; `message`: the reason in French. */
    replacedBy: Array<Replacement & { message: string }>;
  }>;
  /** `findings`: those of the returns used or quarantined (the completeness matrix's); `findingsApart`: those of replaced, refused or unattributed files. */
  summary: { files: number; refused: number; quarantined: number; unconfirmed: number; superseded: number; unattributed: number; findings: Record<Severity, number>; findingsApart: FindingsApart[]; historyEntries: number };
  completeness: {
    respondents: Array<{ code: string; name: string; expected: boolean; status: string; cellsExpected: number; cellsFilled: number; errors: number; warnings: number }>;
    outstanding: Array<{ respondent: string; fiche: string; period: string; status: string; cells: number; indicators: string[] }>;
  };
  totals: TotalJson[];
};

/** The `--json` summary (schema in README, « La commande consolidate »). */
export function consolidationJson(c: Consolidation, output: string | null, lang: Lang = defaultLang): ConsolidationJson {
  const outcome = (o: string) => c.files.filter((f) => f.outcome === o).length;
  const who = new Map(c.respondents.map((r) => [r.code, r]));
  const figures = consolidationFigures(c);
  return {
    plan: { id: c.planId, version: c.planVersion },
    now: c.now,
    output,
    errorPolicy: { choice: c.errorPolicy.choice, default: c.errorPolicy.isDefault },
    files: c.files.map((f) => ({
      file: f.file,
      respondent: f.respondent,
      status: f.status,
      outcome: f.outcome,
      version: f.version,
      counts: f.counts,
      generatedAt: f.generatedAt,
      fileDate: f.fileDate,
      identity: f.identity,
      replacedBy: f.replacedBy.map((r) => ({ ...r, message: replacementReason(r.reason, 'fr') })),
    })),
    summary: {
      files: c.files.length,
      refused: outcome('refused'),
      quarantined: outcome('quarantined'),
      unconfirmed: outcome('unconfirmed'),
      superseded: outcome('superseded'),
      unattributed: outcome('unattributed'),
      findings: figures.findings.counted,
      findingsApart: figures.findings.apart,
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
          formation: {
            kind: i.formation.kind,
            computed: i.applied,
            respondents: cell.formedFrom.respondents,
            kinds: { ...cell.formedFrom.kinds },
            text: describeFigure({ formation: i.formation, applied: i.applied, formedFrom: cell.formedFrom, share: cell.share }, lang),
            sameAs: i.formation.kind === 'sameAs' ? i.formation.indicator : null,
          },
          total: cell.total,
          share: cell.share,
          answered: cell.counts.answered,
          empty: cell.counts.empty,
          nc: cell.counts.nc,
          invalid: cell.counts.invalid,
          missing: cell.counts.missing,
          respondents: cell.basis.respondents.length,
          flagged: cell.basis.flagged.map((f) => ({ ...f })),
          marks: marksOf(cell),
          evolution:
            cell.evolution !== null
              ? {
                  previousPeriod: cell.evolution.previousPeriod,
                  absolute: cell.evolution.constant?.absolute ?? null,
                  percent: cell.evolution.constant?.percent ?? null,
                  scope: cell.evolution.scope,
                  respondents: { ...cell.evolution.respondents },
                  constant: cell.evolution.constant !== null ? { previous: cell.evolution.constant.previous, current: cell.evolution.constant.current } : null,
                  raw: { previous: cell.evolution.previous, absolute: cell.evolution.absolute, percent: cell.evolution.percent },
                }
              : null,
          target: cell.target !== null ? { target: cell.target.target, status: cell.target.status } : null,
          ...(cell.overflow === true ? { overflow: true as const } : {}),
        })),
    ),
  };
}
