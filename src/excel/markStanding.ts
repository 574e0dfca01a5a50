/**
 * What the marks found for a sheet say about it, before its content is read. A sheet can carry two
 * marks: a worksheet custom property (ExcelApi 1.12, stored in the sheet, so it goes where the sheet
 * goes and dies with it) and a document property keyed by the sheet's name (ExcelApi 1.7, every
 * host). Both are read on every host that can, so a workbook that travels between Excel versions
 * keeps its sheets recognised.
 *
 * A document property outlives its sheet (a sheet deleted, then one of the same name created by
 * hand), so on its own it proves nothing: a mark counts only together with a fingerprint of the
 * content it marks, checked against the sheet before anything is replaced.
 */
import type { Mark } from './marks';

export type SheetMarks = { onSheet: Mark | undefined; inDocument: Mark | undefined };

export type WrittenMark = Extract<Mark, { state: 'written' }>;

export type Standing =
  /** No mark: the adviser's sheet, never replaced. */
  | { kind: 'adviser' }
  /** A write of the add-in interrupted in this very sheet (its own property says so): replaced as is. */
  | { kind: 'unfinished' }
  /**
   * Ours only if its content still has the fingerprint of one of `written`; otherwise « modified »,
   * replaced only when the adviser says « Remplacer quand même » for it. Empty `written` (a document
   * property of an interrupted write, which a sheet made by hand may have inherited): « modified ».
   */
  | { kind: 'to-check'; written: WrittenMark[] };

export function standingOf(marks: SheetMarks): Standing {
  const { onSheet, inDocument } = marks;
  if (onSheet === undefined && inDocument === undefined) return { kind: 'adviser' };
  if (onSheet?.state === 'writing') return { kind: 'unfinished' };
  const written = [onSheet, inDocument].filter((m): m is WrittenMark => m?.state === 'written');
  return { kind: 'to-check', written };
}
