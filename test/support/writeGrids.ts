/**
 * Grids → .xlsx bytes, simply: values and formulas, a bold and frozen header row, column widths
 * from the content, wrapped text where a cell holds several lines. For tests that need a plain
 * workbook (the shipped code writes every workbook from a WorkbookSpec).
 *
 * Text is always written as text: a string starting with « = » stays a string, never a formula.
 */
import ExcelJS from 'exceljs';
import type { Grid } from '../../src/workbook/grid';

const minWidth = 8;
const maxWidth = 60;

export async function writeGrids(grids: readonly Grid[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const grid of grids) {
    const worksheet = workbook.addWorksheet(grid.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    const widths: number[] = [];
    grid.rows.forEach((row, r) => {
      const width = Math.max(row.length, grid.formulas[r]?.length ?? 0);
      for (let c = 0; c < width; c++) {
        const value = row[c] ?? null;
        const formula = grid.formulas[r]?.[c];
        if (value === null && formula === undefined) continue;
        const cell = worksheet.getCell(r + 1, c + 1);
        cell.value = formula !== undefined ? { formula, ...(value !== null ? { result: value } : {}) } : value;
        const text = value === null ? `=${formula}` : String(value);
        if (typeof value === 'string' && value.includes('\n')) cell.alignment = { wrapText: true, vertical: 'top' };
        const longest = Math.max(...text.split('\n').map((line) => line.length));
        widths[c] = Math.max(widths[c] ?? 0, longest + (r === 0 ? 3 : 2));
      }
    });
    if (grid.rows.length > 0) worksheet.getRow(1).font = { bold: true };
    widths.forEach((width, c) => {
      worksheet.getColumn(c + 1).width = Math.min(maxWidth, Math.max(minWidth, width));
    });
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
