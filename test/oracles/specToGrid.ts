/**
 * What a faithful reader must give back for a sheet of a spec: the values and the formulas, with
 * no cached value for formulas the renderer wrote. Both adapters' round-trip tests (ExcelJS and
 * Office.js) compare what they read with this.
 */
import type { CellValue, Grid } from '../../src/workbook/grid';
import type { SheetSpec, WorkbookSpec } from '../../src/workbook/spec';

export function specSheetToGrid(sheet: SheetSpec): Grid {
  const rows: CellValue[][] = [];
  const formulas: Array<Array<string | undefined>> = [];
  sheet.rows.forEach((row, r) => {
    const values: CellValue[] = [];
    row?.forEach((cell, c) => {
      if (cell === undefined) return;
      const value = cell.formula !== undefined ? null : cell.value === '' || cell.value === undefined ? null : cell.value;
      if (value === null && cell.formula === undefined) return;
      while (values.length < c) values.push(null);
      values[c] = value;
      if (cell.formula !== undefined) (formulas[r] ??= [])[c] = cell.formula;
    });
    if (values.length > 0) rows[r] = values;
  });
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  return { name: sheet.name, rows, formulas };
}

export function specToGrids(spec: WorkbookSpec): Grid[] {
  return spec.sheets.map(specSheetToGrid);
}
