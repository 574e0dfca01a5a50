/**
 * Test oracle, not shipped: the former reader, kept as the reference the lean reader is held to
 * (test/xlsx/leanReader.test.ts) and for comparison: the same guards and scans as `readGrids`,
 * then ExcelJS loads the file (a second unzip and a full object model) and each worksheet becomes
 * a grid. Cached values only: formulas are never evaluated.
 */
import ExcelJS from 'exceljs';
import { maxColumns, maxRows } from '../../src/workbook/a1';
import type { CellValue, Grid } from '../../src/workbook/grid';
import { UntrustedFileError, type UntrustedFileIssue } from '../../src/xlsx/guards';
import { guardedParts, type ReadGridsOptions } from '../../src/xlsx/readGrids';
import { isoDateTime } from '../../src/xlsx/serialDates';

export async function readGridsWithExcelJs(bytes: Uint8Array, options: ReadGridsOptions = {}): Promise<Grid[]> {
  await guardedParts(bytes, options);
  let workbook: ExcelJS.Workbook;
  try {
    workbook = new ExcelJS.Workbook();
    // JSZip, under ExcelJS, reads a Uint8Array as it is (no Buffer needed in the browser).
    await workbook.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  } catch (error) {
    throw new UntrustedFileError({ code: 'corrupt', params: { reason: 'excel', detail: String((error as Error)?.message ?? error).slice(0, 200) } });
  }
  return workbook.worksheets.map(worksheetToGrid);
}

const refuse = (code: UntrustedFileIssue['code'], params: UntrustedFileIssue['params']): never => {
  throw new UntrustedFileError({ code, params });
};

function worksheetToGrid(worksheet: ExcelJS.Worksheet): Grid {
  const rows: CellValue[][] = [];
  const formulas: Array<Array<string | undefined>> = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber > maxRows) refuse('corrupt', { reason: 'sheet_bounds', detail: worksheet.name });
    const values: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      if (columnNumber > maxColumns) refuse('corrupt', { reason: 'sheet_bounds', detail: worksheet.name });
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const formula = cell.type === ExcelJS.ValueType.Formula ? formulaText(cell) : undefined;
      const value = plainValue(cell.value);
      if (value === null && formula === undefined) return;
      while (values.length < columnNumber - 1) values.push(null);
      values[columnNumber - 1] = value;
      if (formula !== undefined) (formulas[rowNumber - 1] ??= [])[columnNumber - 1] = formula;
    });
    if (values.length > 0) rows[rowNumber - 1] = values;
  });
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  return { name: worksheet.name, rows, formulas };
}

function formulaText(cell: ExcelJS.Cell): string | undefined {
  const formula = cell.formula as string | undefined;
  return typeof formula === 'string' && formula !== '' ? formula.replace(/^=/, '') : undefined;
}

/** A cell's value as a grid value: cached results for formulas, plain text for rich text and links. */
export function plainValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'boolean') return value;
  if (value instanceof Date) return isoDateTime(value);
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if ('error' in v) return String(v.error);
    if (Array.isArray(v.richText)) return plainValue((v.richText as Array<{ text?: unknown }>).map((run) => String(run.text ?? '')).join(''));
    if ('formula' in v || 'sharedFormula' in v) return plainValue(v.result);
    if ('hyperlink' in v || 'text' in v) return plainValue(v.text);
  }
  return null;
}
