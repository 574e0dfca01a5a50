/** A sheet's cells being laid out: rows 1-based (as a person reads them), columns 0-based (as grids index them). */
import type { CellSpec } from '../workbook/spec';

export type SheetRows = {
  rows: Array<Array<CellSpec | undefined>>;
  merges: string[];
  heights: Record<number, number>;
  put: (row: number, column: number, cell: CellSpec) => void;
};

export function sheetRows(): SheetRows {
  const rows: Array<Array<CellSpec | undefined>> = [];
  return {
    rows,
    merges: [],
    heights: {},
    put: (row, column, cell) => {
      (rows[row - 1] ??= [])[column] = cell;
    },
  };
}

/** « 'FA 3.2 - Accueil 0-3 ans'!E12 »: a reference to another sheet, quoted as formulas need it. */
export function sheetRef(sheet: string, address: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${address}`;
}

/** Row height in points so that wrapped text is readable without resizing (about 15 pt a line). */
export function heightFor(text: string, charsPerLine: number): number {
  const lines = text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / charsPerLine)), 0);
  return Math.min(15 * Math.max(1, lines) + 3, 300);
}
