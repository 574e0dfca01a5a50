/**
 * The consolidation of a CTG as data: from the returns of every respondent, the picture of the
 * whole territory — totals by indicator, period and breakdown member, who answered what, which
 * values were replaced — with every figure traceable to the cell of the file it came from.
 */
import type { Formation, IndicatorType, RespondentKind } from '../plan/schema';
import type { Finding, Severity, SeverityCounts } from '../returns/findings';
import type { ReturnResult, ReturnStatus } from '../returns/result';
import type { EntryState, IdentityDisagreement, SubmissionEntry, TypedValue } from '../returns/submission';
import type { CellValue } from '../workbook/grid';
import type { FacilityReport, FollowUp } from './followUp';

/**
 * What becomes of a return with errors: `include` keeps its values (flagged where a finding
 * points at them); `quarantine` leaves the whole return out until a corrected one arrives.
 */
export type ErrorPolicy = 'include' | 'quarantine';
export const defaultErrorPolicy: ErrorPolicy = 'include';

/** One file as validated, with the dates that decide which of a respondent's returns is newest. */
export type ReturnInput = {
  result: ReturnResult;
  /** ISO timestamp of the file's last modification, when the surface knows it. */
  fileDate: string | null;
  /** ISO timestamp of the import. */
  importedAt: string;
  /** SHA-256 of the file's bytes (hex), when the surface computed it: the campaign ledger records it. */
  hash?: string;
};

/** Where a value comes from: the file, its cell, and which of the respondent's returns it was. */
export type Source = {
  file: string;
  sheet: string | null;
  cell: string | null;
  /** 1 for a respondent's first return, 2 for the next… (by generation date, file date, import order). */
  version: number;
  /** When the collection workbook was generated (its `_ctg` sheet), normalised to UTC; null when unknown or untrusted. */
  generatedAt: string | null;
  /** The file's modification date; null when unknown or in the future. */
  fileDate: string | null;
  importedAt: string;
  /** Position among the files consolidated (import order); -1 for a value carried from an earlier consolidation. */
  order: number;
};

/** One respondent's answer for (indicator, period, member), as the consolidation uses it. */
export type RespondentValue = Omit<SubmissionEntry, 'where'> & {
  respondent: string;
  source: Source;
  /** The worst finding about this cell of the return, if any: the value is used, and flagged. */
  flag: Severity | null;
};

/** Empty is never zero: each state is counted apart. `missing`: expected, but no return holds the cell. */
export type Counts = { expected: number; answered: number; empty: number; nc: number; invalid: number; missing: number };

/** « … et son évolution »: null where it cannot be computed (no previous period, value missing, previous zero for the %). */
export type Evolution = {
  previousPeriod: string | null;
  previous: number | null;
  absolute: number | null;
  /** A fraction: 0.25 is +25 %. */
  percent: number | null;
};

/** A flag the checks left on a value that enters a figure (« évolution inhabituelle », an error kept by the policy). */
export type FlaggedValue = { respondent: string; severity: Exclude<Severity, 'info'> };

/** Who is behind a territory figure: the respondents whose value enters it, and those values' flags. */
export type FigureBasis = {
  /** Respondents with a value (not empty, « NC » or refused), in respondent order. */
  respondents: string[];
  /** Values among them that the checks flagged (warning or error); info findings never mark a figure. */
  flagged: FlaggedValue[];
};

/**
 * The evolution a steering committee can present: computed « à périmètre constant », on the
 * respondents who answered both periods, with the raw change (every respondent of each period) kept
 * beside it. `scope` says whether the respondents behind the two raw figures differ.
 */
export type ScopedEvolution = Evolution & {
  /** Respondents behind the previous and the current raw figure, and those present in both. */
  respondents: { previous: number; current: number; both: number };
  scope: 'same' | 'changed';
  /** The same aggregation over the respondents present in both periods; null without a previous period. */
  constant: { previous: number | null; current: number | null; absolute: number | null; percent: number | null } | null;
  /** Flags on the values behind the previous figure (those of the current one are on the cell's basis). */
  previousFlagged: FlaggedValue[];
};

export type TargetStatus = 'achieved' | 'not_yet' | 'not_applicable';
export type TargetCheck = { target: number | null; status: TargetStatus };

/**
 * What the consolidation computes from the plan's `formation`: a sum of contributions, the
 * authoritative source's figure, the largest or the latest answer, or the answers listed.
 */
export type Computation = 'sum' | 'source' | 'max' | 'latest' | 'listed';

/** The respondents a territory figure is made of (« somme des 10 communes »), by kind. */
export type FormedFrom = { respondents: number; kinds: Partial<Record<RespondentKind, number>> };

/** The member code of the sum over the members of a broken-down indicator (as in the collection sheets). */
export { totalMember } from '../collect/layout/rowKey';

export type ConsolidatedCell = {
  code: string;
  period: string;
  /** '' without breakdown; a member code; or `total` for the sum over members. */
  member: string;
  /** False when the plan does not collect the indicator for this period. */
  applicable: boolean;
  /** The territory figure as the plan says it is formed; null when nobody answered (never 0 for « nothing »). */
  total: TypedValue | null;
  /** Who the figure is made of: the contributing respondents (for a source, the source alone). */
  formedFrom: FormedFrom;
  /** For a formation with `shares`: this member's share of the total, a ratio of sums; null otherwise. */
  share: number | null;
  /** For indicators listed rather than aggregated (text): every answer, in respondent order. */
  answers: Array<{ respondent: string; value: TypedValue }>;
  counts: Counts;
  /** Each respondent's value, in respondent order (empty for `total` cells, which add up the member cells). */
  values: RespondentValue[];
  /** Who is behind `total`, and which of their values the checks flagged. */
  basis: FigureBasis;
  /** Null when the plan does not track the indicator's evolution. */
  evolution: ScopedEvolution | null;
  /** Null when the plan sets no target for the indicator. */
  target: TargetCheck | null;
  /**
   * Set when the figure overflowed (values summing past 1.8e308): `total` is then null, and the
   * consolidation carries a `total_overflow` error for it — never Infinity, never a silent null.
   */
  overflow?: true;
};

export type IndicatorConsolidation = {
  code: string;
  label: string;
  fiche: string;
  /** Action number; null for the fiche-level evaluation criteria. */
  action: number | null;
  type: IndicatorType;
  unit: string | null;
  /** How the plan says the territory figure is formed (for `sameAs`, the figures are the named indicator's). */
  formation: Formation;
  /** What was computed: text and choices are listed, never summed. */
  applied: Computation;
  trackEvolution: boolean;
  /** The indicator's reporters as the plan selects them (`epci`, `commune[competence_petite_enfance]`, `04070`). */
  reporters: string[];
  members: Array<{ code: string; label: string }>;
  /** Period by period (plan order); in each, the members in order, then `total` when members are summed. */
  cells: ConsolidatedCell[];
};

export type ConsolidatedRespondent = {
  code: string;
  name: string;
  kind: RespondentKind;
  /** What the indicators' reporters select respondents by (competence, programme perimeter…). */
  attributes: readonly string[];
  /** Expected to answer (a party, a signatory commune, or anyone who sent a return, unless a list was given). */
  expected: boolean;
};

/**
 * - `used`: some of its values are the current ones;
 * - `superseded`: every value it held was replaced by a newer return of the same respondent;
 * - `quarantined`: left out because it has errors, as the adviser chose;
 * - `unconfirmed`: left out because its file name or sheets name another respondent than its
 *   `_ctg` sheet, until the adviser confirms it (it never replaces anyone's values silently);
 * - `refused`: the file could not be read;
 * - `unattributed`: no respondent of this plan could be attributed (another plan, unknown respondent).
 */
export type FileOutcome = 'used' | 'superseded' | 'quarantined' | 'unconfirmed' | 'refused' | 'unattributed';

/**
 * Whether the parts of a file agree on its respondent: `agreed` (or silent); `unconfirmed`: they
 * disagree and the file is set apart; `confirmed`: they disagree and the adviser chose to use it
 * anyway, for `claimed` (the respondent its `_ctg` sheet names).
 */
export type FileIdentity = { status: 'agreed' } | { status: 'unconfirmed' | 'confirmed'; claimed: string; claimedName: string; disagreements: IdentityDisagreement[] };

/** Why the newer of two returns replaces the older one: said in every summary. */
export type RecencyReason =
  /** « plus récent : généré le … » — `older` null when the other has no trusted generation date. */
  | { kind: 'generated_later'; newer: string; older: string | null }
  /** « même modèle, fichier plus récent » (`sameTemplate`), or « fichier plus récent » (neither has a trusted generation date). */
  | { kind: 'file_later'; newer: string; older: string | null; sameTemplate: boolean }
  /** « importé après »: nothing else told them apart. */
  | { kind: 'imported_later' };

/** A newer return that took over values of this one, how many, and why it counts as newer. */
export type Replacement = { file: string; version: number | null; values: number; reason: RecencyReason };

export type FileSummary = {
  file: string;
  respondent: string | null;
  status: ReturnStatus;
  outcome: FileOutcome;
  counts: SeverityCounts;
  version: number | null;
  generatedAt: string | null;
  fileDate: string | null;
  importedAt: string;
  /** Values of this file that are current / that a newer return replaced. */
  valuesUsed: number;
  valuesReplaced: number;
  identity: FileIdentity;
  /** The returns that replaced values of this one (in the order they won them), with the reason. */
  replacedBy: Replacement[];
  /** SHA-256 of the file's bytes (hex), when known: a file taken in again is recognised by it. */
  hash?: string;
  /** What the file's `_ctg` sheet said of itself (null: no readable `_ctg`), as the campaign ledger records it. */
  template?: TemplateIdentity | null;
};

/** A return's `_ctg` identity as read (untrusted: recorded, never used to order returns). */
export type TemplateIdentity = { planId: string | null; planVersion: string | null; respondent: string | null; generatedAt: string | null };

/** A value that a newer return replaced: kept, never lost. */
export type HistoryEntry = Omit<RespondentValue, 'flag'> & {
  replacedBy: { file: string; version: number; state: EntryState; value: TypedValue | null; raw: CellValue };
};

/** A finding, with the respondent it concerns and the current value it is about (index in `values`). */
export type LinkedFinding = { finding: Finding; respondent: string | null; value: number | null };

/**
 * For a respondent, a fiche and a period: every expected cell filled (`answered`), some
 * (`partial`), none (`missing`); `excluded` when its only return was quarantined; `not_due` when
 * the period has not ended at the consolidation date.
 */
export type CompletenessStatus = 'answered' | 'partial' | 'missing' | 'excluded' | 'not_due';

export type CompletenessCell = {
  respondent: string;
  fiche: string;
  period: string;
  status: CompletenessStatus;
  /** Cells to fill; « NC » and a refused value count as filled (the refusal is an error). */
  expected: number;
  filled: number;
  errors: number;
  warnings: number;
};

export type RespondentCompleteness = {
  respondent: string;
  status: Exclude<CompletenessStatus, 'not_due'>;
  expected: number;
  filled: number;
  counts: SeverityCounts;
  files: string[];
};

/** Who still has to answer what: one line per respondent, fiche and period not complete. */
export type Outstanding = {
  respondent: string;
  fiche: string;
  period: string;
  status: 'partial' | 'missing' | 'excluded';
  /** Cells still without an answer. */
  cells: number;
  /** Indicator codes with at least one cell without an answer. */
  indicators: string[];
};

export type Completeness = { cells: CompletenessCell[]; respondents: RespondentCompleteness[]; outstanding: Outstanding[] };

export type RespondentComment = { respondent: string; code: string; member: string; text: string; source: Source };

export type Consolidation = {
  planId: string;
  planVersion: string;
  /** When it was built (ISO), passed in. */
  now: string;
  /** Periods ended before this date are due (ISO date); null: every period is due. */
  asOf: string | null;
  errorPolicy: { choice: ErrorPolicy; isDefault: boolean };
  periods: string[];
  respondents: ConsolidatedRespondent[];
  files: FileSummary[];
  indicators: IndicatorConsolidation[];
  /** Every current value (the « Données » rows): by respondent, indicator, period, member. */
  values: RespondentValue[];
  history: HistoryEntry[];
  comments: RespondentComment[];
  findings: LinkedFinding[];
  /**
   * Findings of the returns the completeness matrix shows (used, or quarantined until corrected).
   * Those of replaced, refused and unattributed files are counted apart (`consolidationFigures`).
   */
  counts: SeverityCounts;
  completeness: Completeness;
  /** What the COPIL follows beyond the figures (issue 14): actions, écarts, Annexe 2, governance. */
  followUp: FollowUp;
};

/**
 * What an earlier consolidation hands on: its current values (now the oldest source) and its
 * history; read back from a consolidation workbook (readConsolidation.ts), also the files it took
 * in, their findings and their comments, so that a run with no new return gives the same workbook.
 */
export type EarlierConsolidation = {
  values: RespondentValue[];
  history: HistoryEntry[];
  files?: FileSummary[];
  /** The findings of those files, each with the version of the file it is about. */
  findings?: EarlierFinding[];
  comments?: RespondentComment[];
  /** The Annexe 2 answers of those files that stood, each with the file it was read from. */
  facilities?: FacilityReport[];
};

/** A finding of a file taken in earlier: linked again to the current values of that file and version. */
export type EarlierFinding = { finding: Finding; respondent: string | null; version: number | null };

export type ConsolidateOptions = {
  /** ISO timestamp; the only notion of time the consolidation has. */
  now: string;
  errors?: ErrorPolicy;
  /** Respondent codes expected to answer; default: the parties, the signatory communes and whoever sent a return. */
  expected?: readonly string[];
  /** ISO date: periods ending on or after it are not due yet. */
  asOf?: string;
  earlier?: EarlierConsolidation;
  /**
   * Files (names as in `ReturnResult.file`) the adviser confirmed although their file name or
   * sheets name another respondent than their `_ctg` sheet: used for the `_ctg`'s respondent.
   */
  confirmedIdentity?: readonly string[];
};
