/**
 * What is wrong with the plan sheets themselves, before the plan's content can be judged: a sheet
 * or a column missing, a cell that cannot be read as what its column holds. Messages are rendered
 * by src/i18n/planSheetIssues.ts from `code` and `params`.
 */
import type { PlanIssue } from '../issues';

export type SheetIssueCode =
  /** A sheet of the plan is absent. params: { sheet } */
  | 'missing_sheet'
  /** Two sheets whose names differ only by case, accents or spaces. params: { sheet } */
  | 'duplicate_sheet'
  /** A required column is absent from the header row. params: { column, headerRow } */
  | 'missing_column'
  /** Two columns of the header row have the same title. params: { column } */
  | 'duplicate_column'
  /** A field row of the « Plan » sheet is absent. params: { field } */
  | 'missing_row'
  /** A cell that cannot be read as what its column holds. params: { column, value, expected } */
  | 'bad_cell'
  /** A row names a fiche or an action that the Fiches / Actions sheet does not have. params: { column, value, target, fiche? } */
  | 'unknown_reference';

/** The kind of value a `bad_cell` expected, for the message. */
export type ExpectedCell = 'boolean' | 'number' | 'integer' | 'targets' | 'milestones' | 'clause';

export type SheetIssue = {
  code: SheetIssueCode;
  /** The sheet's name as found in the workbook (or as expected, when it is missing). */
  sheet: string;
  /** « F12 », when the issue sits at a cell. */
  cell?: string;
  params: Record<string, string | number>;
};

/** A plan issue (schema or cross-check) with the sheet and cell it comes from, when known. */
export type LocatedPlanIssue = PlanIssue & { sheet?: string; cell?: string };

/**
 * Every issue in one list, sheet issues first, in the shape the workflows show: the issue as data
 * (a sheet's own, or the plan's) and where it sits; src/i18n/planSheetIssues words either.
 */
export type LocatedIssue =
  | { kind: 'sheet'; issue: SheetIssue; sheet: string; cell?: string }
  | { kind: 'plan'; issue: PlanIssue; sheet?: string; cell?: string };
