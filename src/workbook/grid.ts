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
  /** Cells whose content is not of the type the file gives them; their value is left empty. Absent when none. */
  unreadable?: UnreadableCell[];
  /** Cells with content past the reach the reader was given, left unread. Absent when none. */
  beyond?: BeyondReach;
};

/**
 * A cell the file types as a number, a boolean or a date whose text is not one (« NaN », « 1e309 »,
 * « 12abc » as a number): never read as empty, 0 or 12, but reported at its cell with its text
 * (cut to `maxRawText` characters).
 */
export type UnreadableCell = { cell: string; type: 'number' | 'boolean' | 'date'; raw: string };

export const maxRawText = 100;

/**
 * What lay past the reach: cells of a sheet (how many hold something, the first one met), or a
 * whole worksheet past the reach's count of sheets (its grid is then empty).
 */
export type BeyondReach = { kind: 'cells'; cells: number; first: string } | { kind: 'sheet' };

/**
 * How far a reader reads: rows, columns and worksheets. Work and memory are bounded by it, never
 * by the coordinates a file claims. Callers that check returns derive it from the plan's
 * template (src/returns/reach.ts).
 */
export type GridReach = { rows: number; columns: number; sheets: number };

export function cellAt(grid: Grid, row: number, column: number): CellValue {
  return grid.rows[row]?.[column] ?? null;
}
