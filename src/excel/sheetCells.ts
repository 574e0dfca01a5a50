/**
 * The cells of a spec sheet as the add-in writes them: the sheet's rows, then its tables (header
 * and rows from the table's top-left cell), which win where they overlap, as with ExcelJS.
 */
import { parseA1 } from '../workbook/a1';
import type { CellSpec, SheetSpec, TableSpec } from '../workbook/spec';

export type PlacedCell = { row: number; column: number; cell: CellSpec };

export function tableOrigin(table: TableSpec): { row: number; column: number } {
  const origin = parseA1(table.topLeft);
  if (origin === undefined) throw new RangeError(`Table ${table.name}: invalid top-left cell "${table.topLeft}"`);
  return origin;
}

/** Rows of cells (0-based), table cells overlaid. */
export function cellGrid(sheet: SheetSpec): Array<Array<CellSpec | undefined>> {
  // Index loops, not map/forEach: a spec's rows and cells may be holes (sparse arrays).
  const grid: Array<Array<CellSpec | undefined>> = Array.from({ length: sheet.rows.length }, (_, r) => {
    const row = sheet.rows[r];
    return row === undefined ? [] : Array.from({ length: row.length }, (_, c) => row[c]);
  });
  for (const table of sheet.tables ?? []) {
    const { row, column } = tableOrigin(table);
    const put = (r: number, c: number, value: string | number | boolean | null) => {
      while (grid.length <= r) grid.push([]);
      (grid[r] as Array<CellSpec | undefined>)[c] = { value };
    };
    table.columns.forEach((name, c) => put(row, column + c, name));
    table.rows.forEach((values, r) => values.forEach((value, c) => put(row + 1 + r, column + c, value)));
  }
  return grid;
}

export function* writtenCells(sheet: SheetSpec): Generator<PlacedCell> {
  const grid = cellGrid(sheet);
  for (let row = 0; row < grid.length; row++) {
    const cells = grid[row] ?? [];
    for (let column = 0; column < cells.length; column++) {
      const cell = cells[column];
      if (cell !== undefined) yield { row, column, cell };
    }
  }
}

/** Rows × columns from A1 that hold a value or a formula (0 × 0 for an empty sheet). */
export function contentExtent(sheet: SheetSpec): { rows: number; columns: number } {
  let rows = 0;
  let columns = 0;
  for (const { row, column, cell } of writtenCells(sheet)) {
    if (cell.formula === undefined && (cell.value === undefined || cell.value === null || cell.value === '')) continue;
    rows = Math.max(rows, row + 1);
    columns = Math.max(columns, column + 1);
  }
  return { rows, columns };
}
