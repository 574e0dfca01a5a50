/**
 * A row's cells put at their columns as ExcelJS put them, one per column, left to right — and
 * found again by column (binary search) for merges and shared formulas.
 */
import { maxColumns } from '../workbook/a1';
import { decodeAddress } from './cellAddress';
import { GHOST, type SheetCell } from './cellModel';
import { refuseMalformed, refuseSheetBounds } from './refuse';

/**
 * A row's cells at their columns, as ExcelJS placed them: the column of `r`, or for a cell without
 * one the column after the previous cell placed. A ghost (`<c>` with nothing in it) is not
 * placed and does not count as previous — unless a hyperlink names it. A column beyond XFD is
 * refused.
 */
export function placed(cells: readonly SheetCell[], isLinked: (cell: SheetCell) => boolean, sheet: string, part: string): SheetCell[] {
  const kept: SheetCell[] = [];
  let previous: number | undefined;
  for (const cell of cells) {
    if (cell.kind === GHOST && !isLinked(cell)) continue;
    let column: number | undefined;
    if (cell.address !== undefined) {
      column = decodeAddress(cell.address).column;
      if (column === undefined) refuseMalformed(part, { problem: 'cell_address_unreadable', address: cell.address.slice(0, 20) });
    } else if (previous !== undefined) {
      column = previous + 1;
    } else {
      refuseMalformed(part, { problem: 'first_cell_without_address' });
    }
    if (column > maxColumns) refuseSheetBounds(sheet);
    cell.column = column;
    previous = column;
    kept.push(cell);
  }
  return kept;
}

/** A row's cells, one per column (the last written wins), left to right. */
export function lastPerColumn(cells: SheetCell[]): SheetCell[] {
  let ordered = true;
  for (let i = 1; i < cells.length && ordered; i++) ordered = cells[i - 1]!.column < cells[i]!.column;
  if (ordered) return cells;
  const byColumn = new Map<number, SheetCell>();
  for (const cell of cells) byColumn.set(cell.column, cell);
  return [...byColumn.values()].sort((a, b) => a.column - b.column);
}

/** Index of the first cell at or right of `column` (cells sorted by column). */
export function firstAtOrAfter(cells: readonly SheetCell[], column: number): number {
  let low = 0;
  let high = cells.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (cells[middle]!.column < column) low = middle + 1;
    else high = middle;
  }
  return low;
}
