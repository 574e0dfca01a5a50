/**
 * Merged ranges (`<mergeCell ref>`) as ExcelJS applied them: every cell of a range but its
 * top-left one became a « merge » cell, skipped by the grid whatever it held; a range overlapping
 * an earlier one made the file fail to load; a range reaching past row 1 048 576 left cells there
 * that the grid refused; a column past XFD is refused at once.
 *
 * Bounded: a range is applied by looking up the rows and cells that exist in it (binary search),
 * never by walking its whole area, so a huge range costs no more than the cells in it.
 */
import { maxColumns, maxRows } from '../workbook/a1';
import { decodeAddress } from './cellAddress';
import type { SheetCell } from './cellModel';
import { refuseSheetBounds, refuseUnreadable } from './refuse';
import { firstAtOrAfter } from './rowCells';

type Rect = { top: number; left: number; bottom: number; right: number; sheet: string | undefined };

export type Merges = {
  /** The cells merged into another (all of a range's but its top-left one). */
  merged: Set<SheetCell>;
  /** Whether a range leaves merged cells past row 1 048 576 (the grid refuses them). */
  pastLastRow: boolean;
};

export function applyMerges(refs: readonly string[], numbers: readonly number[], rows: ReadonlyMap<number, SheetCell[]>, sheet: string): Merges {
  const merged = new Set<SheetCell>();
  let pastLastRow = false;
  const ranges: Rect[] = [];
  for (const ref of refs) {
    const rect = mergeRect(ref, sheet);
    // Each range against every earlier one, as ExcelJS does (their number is capped by the guards).
    for (const other of ranges) if (intersects(rect, other)) refuseUnreadable('Cannot merge already merged cells');
    ranges.push(rect);
    if (rect.bottom > maxRows && (rect.bottom > rect.top || rect.right > rect.left)) pastLastRow = true;
    for (const number of rowsBetween(numbers, rect.top, rect.bottom)) {
      const cells = rows.get(number)!;
      for (let i = firstAtOrAfter(cells, rect.left); i < cells.length && cells[i]!.column <= rect.right; i++) {
        if (number !== rect.top || cells[i]!.column !== rect.left) merged.add(cells[i]!);
      }
    }
  }
  return { merged, pastLastRow };
}

/**
 * A merge's range as ExcelJS decodes it: « B2:C3 », « $B$2:$C$3 » or « B2 », corners in any
 * order, an optional sheet name before « ! »; a coordinate it cannot read (« A:B », « #REF! »)
 * counts as 1, as its `Range` getters make it.
 */
function mergeRect(ref: string, sheet: string): Rect {
  const match = /(?:(?:'((?:[^']|'')*)'|([^'^ !]*))!)?(.*)/.exec(ref)!;
  const reference = match[3]!;
  const corners = reference.split(':');
  const single = corners.length < 2;
  const a = single && reference.startsWith('#') ? { column: undefined, row: undefined } : decodeAddress(corners[0]!);
  const b = single ? a : decodeAddress(corners[1]!);
  if ((a.column ?? 0) > maxColumns || (b.column ?? 0) > maxColumns) refuseSheetBounds(sheet);
  const n = (value: number | undefined) => value ?? Number.NaN;
  return {
    top: Math.min(n(a.row), n(b.row)) || 1,
    left: Math.min(n(a.column), n(b.column)) || 1,
    bottom: Math.max(n(a.row), n(b.row)) || 1,
    right: Math.max(n(a.column), n(b.column)) || 1,
    sheet: match[1] || match[2] || undefined,
  };
}

function intersects(a: Rect, b: Rect): boolean {
  if (a.sheet !== undefined && b.sheet !== undefined && a.sheet !== b.sheet) return false;
  return !(b.bottom < a.top || b.top > a.bottom || b.right < a.left || b.left > a.right);
}

/** The row numbers present between `top` and `bottom` (sorted input, binary search). */
function rowsBetween(numbers: readonly number[], top: number, bottom: number): number[] {
  let low = 0;
  let high = numbers.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (numbers[middle]! < top) low = middle + 1;
    else high = middle;
  }
  const found: number[] = [];
  for (let i = low; i < numbers.length && numbers[i]! <= bottom; i++) found.push(numbers[i]!);
  return found;
}
