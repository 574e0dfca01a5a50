/**
 * What a reader gives back of one sheet: the values of its used range, row by row from A1, and
 * the formulas where a cell holds one. Readers never evaluate formulas: a formula cell's value is
 * the value cached in the file (or null when there is none).
 *
 * Dates are given as ISO strings (`2024-03-15`), so that grids compare equal across readers.
 */
export type CellValue = string | number | boolean | null;

export type Grid = {
  name: string;
  /** rows[r][c] is the cell at row r+1, column c+1. Rows may be shorter than the widest row. */
  rows: CellValue[][];
  /** Sparse: formulas[r][c] is the formula text without its leading « = », when there is one. */
  formulas: Array<Array<string | undefined>>;
};

export function cellAt(grid: Grid, row: number, column: number): CellValue {
  return grid.rows[row]?.[column] ?? null;
}
