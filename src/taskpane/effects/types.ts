/**
 * What the task pane can do, as one interface with two implementations: `fileEffects` (standalone
 * page: files in, downloads out) and `excelEffects` (inside Excel: the open workbook, plus the
 * file operations). Components receive an implementation as a prop and never call Office.js or
 * ExcelJS themselves (Microsoft's TaskPane-React pattern: the UI receives its effects).
 *
 * Every long operation takes a `TaskControl`: it reports progress and stops between two files
 * when the signal is aborted (throwing `TaskCancelled`), leaving nothing half-written.
 */
import type { Campaign } from '../../app/campaign';
import type { CheckedReturn } from '../../app/checkReturns';
import type { LoadedPlan } from '../../app/loadPlan';
import { RunCancelled } from '../../app/run';
import { defaultRespondentSelection, type RespondentSelection } from '../../collect/respondents';
import type { Consolidation, ErrorPolicy } from '../../consolidate/types';
import type { BilanRequest } from '../../report/bilan';
import type { Lang } from '../../i18n/lang';
import type { Plan } from '../../plan/schema';
import type { Finding } from '../../returns/findings';
import type { ReturnsRecord } from './returnsRecord';

export type Surface = 'excel' | 'files';

/** A file the user picked or dropped (a `File` satisfies it). */
export type PickedFile = { name: string; lastModified?: number; size: number; arrayBuffer(): Promise<ArrayBuffer> };

export type TaskProgress = { done: number; total: number; label: string };
export type TaskControl = { progress?: (p: TaskProgress) => void; signal?: AbortSignal };

/** Thrown by an effect (by its use case, src/app/run.ts) whose signal was aborted; the UI shows « Opération annulée ». */
export const TaskCancelled = RunCancelled;

/** The plan in use and where it came from. */
export type PlanSource = { kind: 'embedded' } | { kind: 'workbook' } | { kind: 'file'; name: string };
export type PlanInUse = { plan: Plan; source: PlanSource };

/** What an effect hands back to be shown: a sentence (in the effects' `lang`) and optional details. */
export type Outcome = { message: string; details: string[] };

export type Where = 'download' | 'workbook';
/** Consolidation: tabs in the open workbook, a new Excel workbook, or a downloaded file. */
export type ConsolidationTarget = 'workbook-tabs' | 'new-workbook' | 'download';

export type GenerateRequest = {
  selection: RespondentSelection;
  /** Period ids; all the plan's when empty. */
  periods: string[];
  /** ISO date (yyyy-mm-dd) or empty. */
  deadline: string;
  where: Where;
  /** Excel: replace the sheets of an earlier generation even where the adviser changed them. */
  overwrite?: boolean;
};

/** `sheets` and `inputCells`: each respondent's workbook as built, the same wherever it went. */
export type GeneratedSummary = Outcome & { files: Array<{ respondent: string; name: string; file: string; bytes: number; sheets: number; inputCells: number }> };

/**
 * One returned file once read and checked; the bytes are kept for the annotated copy and the
 * consolidation. `campaign`: the file was an earlier consolidation, whose campaign the next
 * consolidation continues (it holds no return of its own).
 */
export type ImportedReturn = CheckedReturn & { campaign?: Campaign };

/**
 * The adviser's choices for a consolidation. `confirmedIdentity`: file names of returns whose
 * name or sheets name another respondent than their `_ctg` sheet, which the adviser ticked
 * « Utiliser quand même » for (the others stay set apart).
 */
export type ConsolidateChoice = {
  target: ConsolidationTarget;
  errorPolicy: ErrorPolicy;
  confirmedIdentity?: readonly string[];
  /** Tabs: replace the consolidation tabs even where the adviser changed them (« Remplacer quand même »). */
  overwrite?: boolean;
};

export type ConsolidationSummary = Outcome & {
  consolidation: Consolidation;
  target: ConsolidationTarget;
  /** Where it went: a file name, or the names of the tabs written. */
  output: string;
};

/** The adviser's last choices, kept in the workbook's settings (Excel) or the browser's local storage. */
export type Preferences = {
  selection: RespondentSelection['kind'];
  codes: string[];
  periods: string[];
  deadline: string;
  errorPolicy: ErrorPolicy;
  consolidationTarget: ConsolidationTarget;
};

export const defaultPreferences: Preferences = {
  // The campaign's expected respondents, as `ctg generate` without --respondents.
  selection: defaultRespondentSelection.kind,
  codes: [],
  periods: [],
  deadline: '',
  errorPolicy: 'include',
  consolidationTarget: 'download',
};

export interface PaneEffects {
  readonly surface: Surface;
  readonly lang: Lang;

  /** The plan to start with: the workbook's plan sheets when present (Excel), else the embedded plan. */
  initialPlan(): Promise<{ plan: PlanInUse; problem?: LoadedPlan }>;
  /** A plan file (.json or .xlsx of plan sheets) picked by the user. */
  readPlanFile(file: PickedFile): Promise<LoadedPlan>;
  /** Excel only: read and check the open workbook's plan sheets (after the adviser amended them); null when it has none. */
  readWorkbookPlan?(): Promise<LoadedPlan | null>;
  /** Excel only: write the plan sheets into the open workbook. */
  writePlanSheets?(plan: Plan, options: { overwrite: boolean }): Promise<Outcome>;

  generate(plan: Plan, request: GenerateRequest, control: TaskControl): Promise<GeneratedSummary>;

  /** Reads and checks each file (one bad file never stops the others). */
  importReturns(plan: Plan, files: readonly PickedFile[], control: TaskControl): Promise<ImportedReturn[]>;
  /**
   * Excel only: select a finding's cell when the open workbook is that return (its `_ctg` names
   * the same respondent) and the sheet is there; false otherwise — a consolidation tab or another
   * commune's sheet of the same name is never taken for it.
   */
  selectFinding?(finding: Finding, from: ImportedReturn): Promise<boolean>;
  /** Excel only: read and check the open workbook, a return recognised by its `_ctg` sheet; null when it is not one. */
  checkOpenWorkbook?(plan: Plan, control: TaskControl): Promise<ImportedReturn | null>;
  /** Excel only: colour and note the cells of a return's findings in the open workbook, when it is that return. */
  markOpenWorkbook?(imported: ImportedReturn): Promise<Outcome>;
  /** Excel only: put the marked cells back as they were. */
  unmarkOpenWorkbook?(): Promise<Outcome>;
  /** Excel only: record in the workbook's settings the identities of the returns taken in (never their data). */
  rememberReturns?(returns: readonly ImportedReturn[]): Promise<void>;
  /** Excel only: the returns recorded by an earlier session in this workbook, null when none. */
  rememberedReturns?(): Promise<ReturnsRecord | null>;
  /** Download a marked-up copy of a return. */
  downloadAnnotated(imported: ImportedReturn): Promise<Outcome>;

  consolidate(plan: Plan, returns: readonly ImportedReturn[], options: ConsolidateChoice, control: TaskControl): Promise<ConsolidationSummary>;
  /** « Préparer le bilan »: the COPIL's bilan or the evaluation of a consolidation, downloaded as .docx (both surfaces). */
  prepareBilan?(plan: Plan, consolidation: Consolidation, request: BilanRequest, control: TaskControl): Promise<Outcome>;

  loadPreferences(): Promise<Preferences>;
  savePreferences(preferences: Preferences): Promise<void>;
}
