/**
 * A cell the return should have: a value for (code, period, member), or a row's comment.
 * recognise.ts lists them, planIndex.ts, the reader and the checks follow them.
 */
export type ExpectedCell = {
  /** The sheet as generated. */
  sheet: string;
  /** The address as generated; null when unknown (no `_ctg`). */
  cell: string | null;
  code: string;
  /** '' for a comment. */
  period: string;
  member: string;
  role: 'value' | 'comment';
  /** False when the plan does not know this code, member or period (an older or altered template). */
  known: boolean;
  /**
   * A workbook of an earlier plan version asked this cell, and the current plan no longer takes it
   * from this respondent: it is not carried over, and said so at its cell (checkCells.ts).
   */
  notCarried?: NotCarriedReason;
};

/** Why a value of an earlier template is not carried into the current plan. */
export type NotCarriedReason = 'no_longer_asked' | 'shown_elsewhere';
