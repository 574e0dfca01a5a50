/**
 * Consolidate: the returns of a run, checked (checkReturns) or already checked at import, put
 * together into the consolidation and its workbook, which goes to a sink — a file, tabs of the
 * open workbook, a new workbook. The use case behind `ctg consolidate`, the demo and the pane's
 * « Consolider » step: the consolidation's options are built here only, from the run (its `now`
 * and as-of date) and the adviser's choice.
 */
import { consolidate } from '../consolidate/consolidate';
import { consolidationFigures, type FindingsApart } from '../consolidate/figures';
import { marksOf, type FigureMark } from '../consolidate/marks';
import type { Consolidation, ConsolidateOptions, EarlierConsolidation, ErrorPolicy, FileIdentity, Replacement, ReturnInput } from '../consolidate/types';
import { replacementReason } from '../i18n/replacementWords';
import { describeFigure } from '../i18n/formation';
import { defaultLang, type Lang } from '../i18n/lang';
import type { Plan, RespondentKind } from '../plan/schema';
import { buildConsolidationWorkbook } from '../report/consolidationWorkbook';
import type { Severity, SeverityCounts } from '../returns/findings';
import type { ReturnResult } from '../returns/result';
import type { TypedValue } from '../returns/submission';
import type { WorkbookSpec } from '../workbook/spec';
import { checkReturns, type CheckedReturn } from './checkReturns';
import { slug } from './fileNames';
import { memorySource, type ReadGrids, type ReturnReader, type ReturnSource, type SourceRead } from './returnSource';
import { runContext, throwIfCancelled, type Progress, type RunContext } from './run';
import type { ValidateOptions } from './validate';
import { fileSink, type RenderSpec, type WorkbookSink } from './workbookSink';

/** The adviser's choice: what to do with returns in error, who is expected, whose identity they vouch for. */
export type ConsolidationChoice = { errors?: ErrorPolicy; expected?: readonly string[]; confirmedIdentity?: readonly string[] };

export type ConsolidationOptions = ConsolidateOptions & { lang: Lang };

/** The one place a consolidation's options are built: the run's clock and as-of date, the adviser's choice. */
export function consolidationOptions(run: RunContext, choice: ConsolidationChoice = {}): ConsolidationOptions {
  return {
    now: run.now,
    asOf: run.asOf,
    lang: run.lang,
    ...(choice.errors !== undefined ? { errors: choice.errors } : {}),
    ...(choice.expected !== undefined ? { expected: choice.expected } : {}),
    ...(choice.confirmedIdentity !== undefined && choice.confirmedIdentity.length > 0 ? { confirmedIdentity: choice.confirmedIdentity } : {}),
  };
}

/** `consolidation-CTG-P2A-2022-2025.xlsx`. */
export function consolidationFileName(plan: Pick<Plan, 'id'>): string {
  return `consolidation-${slug(plan.id).toUpperCase()}.xlsx`;
}

/** The checked files with their dates, in the order given, imported at `importedAt`. */
export function returnInputs(files: ReadonlyArray<{ fileDate: string | null; hash?: string }>, results: readonly ReturnResult[], importedAt: string): ReturnInput[] {
  return results.map((result, i) => {
    const hash = files[i]?.hash;
    return { result, fileDate: files[i]?.fileDate ?? null, importedAt, ...(hash !== undefined ? { hash } : {}) };
  });
}

/** The consolidation and its workbook (pure). */
export function consolidationReport(plan: Plan, inputs: readonly ReturnInput[], options: ConsolidateOptions & { lang?: Lang }): { consolidation: Consolidation; spec: WorkbookSpec } {
  const consolidation = consolidate(plan, inputs, options);
  return { consolidation, spec: buildConsolidationWorkbook(plan, consolidation, { lang: options.lang ?? defaultLang }) };
}

export type Consolidated<W> = { consolidation: Consolidation; written: W };

/**
 * Returns already checked (the pane's imports): consolidated — after the `earlier` consolidation of
 * the campaign when one is continued — the workbook handed to the sink.
 */
export async function consolidateChecked<W>(
  plan: Plan,
  checked: readonly CheckedReturn[],
  sink: WorkbookSink<W>,
  run: RunContext,
  choice: ConsolidationChoice = {},
  earlier?: EarlierConsolidation,
): Promise<Consolidated<W>> {
  throwIfCancelled(run);
  const options = { ...consolidationOptions(run, choice), ...(earlier !== undefined ? { earlier } : {}) };
  const { consolidation, spec } = consolidationReport(plan, returnInputs(checked, checked.map((c) => c.result), run.now), options);
  throwIfCancelled(run);
  return { consolidation, written: await sink(spec, consolidationFileName(plan)) };
}

/** Every source read and checked (each file's bytes let go once checked), then consolidated. */
export async function consolidateSources<W>(
  plan: Plan,
  sources: readonly ReturnSource[],
  ports: { reader: ReturnReader; sink: WorkbookSink<W> },
  run: RunContext,
  choice: ConsolidationChoice = {},
): Promise<Consolidated<W> & { results: ReturnResult[] }> {
  const checked = await checkReturns(plan, sources, ports.reader, run, 'drop');
  return { ...(await consolidateChecked(plan, checked, ports.sink, run, choice)), results: checked.map((c) => c.result) };
}

/** Returns in memory, refused already, or loaded when their turn comes (tests and benchmarks). */
type LoadedFile = { bytes: Uint8Array } | { refused: ReturnResult };
export type ConsolidateFile = { fileName: string; fileDate: string | null } & (LoadedFile | { load: () => Promise<LoadedFile> });

export type ConsolidatePorts = { readGrids: ReadGrids; render: RenderSpec; write: (bytes: Uint8Array) => Promise<string>; progress?: Progress };

/** `validate.asOf`: the as-of date of the run when `asOf` is not given (the run's `now` serves both steps). */
export type ConsolidateFilesOptions = ConsolidationChoice & { now: string; asOf?: string; lang?: Lang; validate?: Pick<ValidateOptions, 'asOf' | 'now'> };

export type ConsolidateRun = { results: ReturnResult[]; consolidation: Consolidation; output: string; bytes: number };

/** `consolidateSources` over files already at hand, with no size cap of its own (the reader has its guards). */
export async function consolidateFiles(plan: Plan, files: readonly ConsolidateFile[], ports: ConsolidatePorts, options: ConsolidateFilesOptions): Promise<ConsolidateRun> {
  const sources = files.map((file): ReturnSource => {
    if ('bytes' in file) return memorySource(file.fileName, file.bytes, file.fileDate);
    const load = 'load' in file ? file.load : async () => file;
    const read = async (): Promise<SourceRead> => {
      const loaded = await load();
      return 'bytes' in loaded ? { ok: true, bytes: loaded.bytes } : { ok: false, refused: loaded.refused };
    };
    return { name: file.fileName, size: null, modified: file.fileDate, read };
  });
  const reader: ReturnReader = { readGrids: ports.readGrids, maxBytes: Number.POSITIVE_INFINITY };
  const run = runContext({ now: options.now, asOf: options.asOf ?? options.validate?.asOf, lang: options.lang, progress: ports.progress });
  const sink = fileSink(ports.render, (_name, bytes) => ports.write(bytes));
  const done = await consolidateSources(plan, sources, { reader, sink }, run, options);
  return { results: done.results, consolidation: done.consolidation, output: done.written.file, bytes: done.written.bytes };
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
