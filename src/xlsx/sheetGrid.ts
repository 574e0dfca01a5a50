/**
 * A read worksheet → its `Grid`, with what ExcelJS applied after reading the cells:
 *
 * - cells placed in their rows (rowCells.ts), merged ranges applied (mergedRanges.ts);
 * - hyperlinks (`<hyperlink r:id>` to an external target): the linked cell keeps its value, and a
 *   linked formula cell reads as its cached result, without its formula;
 * - shared formulas: a dependant's text is its master's, slid to its own place (sharedFormula.ts);
 * - Excel's limits: a row past 1 048 576 holding anything is refused;
 * - the reach: a cell placed past `reach.columns` (a cell without `r` after the last column) is
 *   counted with those sheetXml.ts skipped, never padded to;
 * - cells whose text is not of their type are listed with their address (`unreadable`).
 */
import { a1, maxRows } from '../workbook/a1';
import type { CellValue, Grid, GridReach, UnreadableCell } from '../workbook/grid';
import { decodeAddress } from './cellAddress';
import { FORMULA, GHOST, NULL, VALUE, type SheetCell } from './cellModel';
import { applyMerges } from './mergedRanges';
import { refuseMalformed, refuseSheetBounds } from './refuse';
import { firstAtOrAfter, lastPerColumn, placed } from './rowCells';
import { slideFormula } from './sharedFormula';
import type { ParsedSheet } from './sheetXml';

const maxArrayRow = 2 ** 32 - 1;

/** A worksheet as ExcelJS held it once loaded: cells placed, merges and links applied. */
export type LoadedSheet = {
  name: string;
  /** Every row by number, the dropped ones included (shared formulas still find them). */
  rows: Map<number, SheetCell[]>;
  /** The rows that make the grid, in order: numbered 1 to 2^32 − 1. */
  numbers: number[];
  merged: Set<SheetCell>;
  /** A merged range leaves cells past row 1 048 576. */
  mergedPastLastRow: boolean;
  isLinked: (cell: SheetCell) => boolean;
  /** Cells skipped past the reach while reading (sheetXml.ts). */
  beyond: ParsedSheet['beyond'];
  /** A worksheet past the reach's count of sheets: named, never read. */
  unread: boolean;
};

/** A worksheet past the reach's count of sheets: its name only. */
export function unreadSheet(name: string): LoadedSheet {
  return { name, rows: new Map(), numbers: [], merged: new Set(), mergedPastLastRow: false, isLinked: () => false, beyond: { cells: 0, first: undefined }, unread: true };
}

/**
 * Loads a read worksheet as ExcelJS did every worksheet part, shown or not: the refusals here
 * (a misplaced cell, overlapping merges, a link without its relationship) were load failures.
 */
export function loadSheet(name: string, part: string, sheet: ParsedSheet, relationships: ReadonlyMap<string, string | undefined> | undefined): LoadedSheet {
  const linked = linkedAddresses(sheet, relationships, part);
  const isLinked = (cell: SheetCell) => linked.size > 0 && !!linked.get(String(cell.address));
  // Every row is placed (a misplaced cell was refused even in a row ExcelJS then dropped), and a
  // later row with the same number replaces the earlier one. ExcelJS kept rows in an array
  // indexed by number − 1: rows numbered below 1 or past 2^32 − 1 became plain properties, left
  // out of the grid yet still found when a shared formula looks up its master.
  const rows = new Map<number, SheetCell[]>();
  for (const row of sheet.rows) rows.set(row.number, lastPerColumn(placed(row.cells, isLinked, name, part)));
  const numbers = [...rows.keys()].filter((n) => n >= 1 && n <= maxArrayRow).sort((a, b) => a - b);
  const { merged, pastLastRow } = applyMerges(sheet.merges, numbers, rows, name);
  return { name, rows, numbers, merged, mergedPastLastRow: pastLastRow, isLinked, beyond: { ...sheet.beyond }, unread: false };
}

/** The grid of a loaded worksheet; a row past 1 048 576 holding anything is refused. */
export function sheetGrid({ name, rows, numbers, merged, mergedPastLastRow, isLinked, beyond, unread }: LoadedSheet, reach: Pick<GridReach, 'columns'>): Grid {
  if (unread) return { name, rows: [], formulas: [], beyond: { kind: 'sheet' } };
  if (mergedPastLastRow) refuseSheetBounds(name);
  const gridRows: CellValue[][] = [];
  const formulas: Array<Array<string | undefined>> = [];
  const unreadable: UnreadableCell[] = [];
  for (const number of numbers) {
    const cells = rows.get(number)!;
    if (number > maxRows) {
      if (cells.some((cell) => cell.kind === VALUE || cell.kind === FORMULA || isLinked(cell))) refuseSheetBounds(name);
      continue;
    }
    const values: CellValue[] = [];
    for (const cell of cells) {
      if (merged.has(cell)) continue;
      const link = isLinked(cell);
      if ((cell.kind === NULL || cell.kind === GHOST) && !link) continue;
      if (cell.column > reach.columns) {
        if (cell.kind === VALUE || cell.kind === FORMULA) {
          beyond.cells++;
          beyond.first ??= a1(number - 1, cell.column - 1);
        }
        continue;
      }
      let formula: string | undefined;
      let value = cell.value;
      if (cell.kind === FORMULA && !link) {
        formula = cell.formula ?? translated(cell, rows, merged, isLinked);
        // The cached result is the value (0 and FALSE included); none when the file has none.
        if (!cell.resultKept) value = null;
      }
      if (formula !== undefined) formula = formula.replace(/^=/, '');
      if (cell.unreadable !== undefined && number >= 1) unreadable.push({ cell: a1(number - 1, cell.column - 1), ...cell.unreadable });
      if (value === null && formula === undefined) continue;
      while (values.length < cell.column - 1) values.push(null);
      values[cell.column - 1] = value;
      if (formula !== undefined) (formulas[number - 1] ??= [])[cell.column - 1] = formula;
    }
    if (values.length > 0) gridRows[number - 1] = values;
  }
  for (let r = 0; r < gridRows.length; r++) gridRows[r] ??= [];
  const grid: Grid = { name, rows: gridRows, formulas };
  if (unreadable.length > 0) grid.unreadable = unreadable;
  if (beyond.cells > 0) grid.beyond = { kind: 'cells', cells: beyond.cells, first: beyond.first ?? '?' };
  return grid;
}

/** Address → hyperlink target; a link whose relationship is missing made ExcelJS fail. */
function linkedAddresses(sheet: ParsedSheet, relationships: ReadonlyMap<string, string | undefined> | undefined, part: string): Map<string, string | undefined> {
  const linked = new Map<string, string | undefined>();
  for (const { ref, relationshipId } of sheet.hyperlinks) {
    if (relationships === undefined || !relationships.has(relationshipId)) refuseMalformed(part, { problem: 'hyperlink_without_relationship', relationship: relationshipId.slice(0, 40) });
    linked.set(String(ref), relationships.get(relationshipId));
  }
  return linked;
}

/**
 * A shared formula dependant's text: its master's formula slid from the master's address to its
 * own. No text when the master cell is not a formula with text of its own (ExcelJS failed there)
 * or the dependant has no address.
 */
function translated(cell: SheetCell, rows: ReadonlyMap<number, SheetCell[]>, merged: ReadonlySet<SheetCell>, isLinked: (cell: SheetCell) => boolean): string | undefined {
  if (!cell.master || cell.address === undefined) return undefined;
  const at = decodeAddress(cell.master);
  if (at.row === undefined || at.column === undefined) return undefined;
  const cells = rows.get(at.row);
  if (cells === undefined) return undefined;
  const master = cells[firstAtOrAfter(cells, at.column)];
  if (master === undefined || master.column !== at.column || merged.has(master) || isLinked(master) || master.kind !== FORMULA || master.formula === undefined) return undefined;
  return slideFormula(master.formula, master.address ?? cell.master, cell.address);
}
