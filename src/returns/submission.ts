/**
 * What a return says, typed: one entry per expected (indicator, period, member), the comments,
 * whatever was typed outside the cells to fill (kept, never dropped), and who sent it.
 * The consolidation reads this; it never goes back to the grids.
 */
import type { RespondentKind } from '../plan/schema';
import type { CellValue } from '../workbook/grid';
import type { FacilityStatus } from '../collect/layout/facilities';

export type CellLocation = { sheet: string; cell: string };

/**
 * - `value`: a usable value (`value` holds it);
 * - `empty`: nothing typed (zero is a value, never empty);
 * - `nc`: « non concerné », explicitly;
 * - `invalid`: something typed that could not be accepted (an error finding says why; `raw` keeps it).
 */
export type EntryState = 'value' | 'empty' | 'nc' | 'invalid';

/**
 * Numbers for counts, decimals, amounts and percentages (fractions: 12,5 % is 0.125); booleans
 * for yes/no and deliverables (« Oui » is true); ISO dates (`2024-03-15`); the option code for a
 * choice; text for text.
 */
export type TypedValue = number | boolean | string;

export type SubmissionEntry = {
  code: string;
  period: string;
  /** Breakdown member code; '' when the indicator has no breakdown. */
  member: string;
  state: EntryState;
  /** Set when `state` is `value`, null otherwise. */
  value: TypedValue | null;
  /** As read from the file (a formula's cached value); null for an empty cell. */
  raw: CellValue;
  /** Where it was read; null when the sheet, row or column could not be found (a finding says so). */
  where: CellLocation | null;
};

export type SubmissionComment = { code: string; member: string; text: string; where: CellLocation };

export type StrayReason = 'outside_input' | 'inapplicable_period' | 'total_overwritten' | 'unknown_code';

/** A value found where none was expected: reported by a finding, and kept here. */
export type StrayValue = {
  where: CellLocation;
  value: CellValue;
  reason: StrayReason;
  /** The code of the row it sits on, when it has one. */
  code: string | null;
  period: string | null;
  member: string | null;
};

export type ReturnIdentity = {
  /** `manifest`: read from the `_ctg` sheet; `fallback`: guessed from sheet names, codes and the file name. */
  source: 'manifest' | 'fallback';
  planId: string | null;
  planVersion: string | null;
  respondent: { code: string; name: string; kind: RespondentKind | null } | null;
  /** Period ids collected by this workbook. */
  periods: string[];
  generatedAt: string | null;
  /**
   * Other parts of the file that name ANOTHER respondent than the one the values are attributed
   * to (a file name, the « Lisez-moi » sheet, the name in `_ctg`). A neutral name (« retour.xlsx »)
   * is no disagreement. Non-empty: the consolidation sets the file apart until the adviser
   * confirms it. Absent or empty: every part agrees.
   */
  disagreements?: IdentityDisagreement[];
};

/** Where a disagreeing respondent was read: the file name, the « Lisez-moi » sheet, or `respondent_name` in `_ctg`. */
export type IdentityWitness = 'file_name' | 'readme' | 'manifest_name';

export type IdentityDisagreement = { by: IdentityWitness; code: string; name: string };

export type Submission = {
  file: string;
  identity: ReturnIdentity;
  entries: SubmissionEntry[];
  comments: SubmissionComment[];
  strays: StrayValue[];
  /** The « Annexe 2 » tab's answers (returns/facilities.ts); absent where the return was not read that far. */
  facilities?: FacilityAnswer[];
};

/** One answer of the « Annexe 2 » tab: a listed facility (`facility`: its index) or an added one (null). */
export type FacilityAnswer = {
  facility: number | null;
  name: string;
  /** INSEE code: the plan's for a listed facility; for an added one, when the commune typed is one of the territory's. */
  commune: string | null;
  /** What the respondent typed as address or commune of an added facility ('' for a listed one). */
  place: string;
  period: string;
  status?: FacilityStatus;
  supported?: boolean;
  supportedBy: string;
  change: string;
  /** The row's status cell. */
  where: CellLocation;
};

export function entryKey(code: string, period: string, member: string): string {
  return `${code}\u0000${period}\u0000${member}`;
}
