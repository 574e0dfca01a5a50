/**
 * Sheets of the open workbook → `Grid`s, with the same meaning as the .xlsx reader (values of the
 * used range from A1, formulas as text, dates as ISO strings, hidden sheets included).
 *
 * Round trips: one to list the sheets (only when none are named), one for the used ranges, then
 * one for the cells — more only when the cells exceed the response budget.
 */
import type { CellValue, Grid, GridReach } from '../workbook/grid';
import type { ExcelContext, RangeApi } from './api';
import { SyncLog } from './batch';
import { readBlocks, type Block, type BlockRequest } from './blocks';
import { gridValue, isFormulaCell } from './cellValues';
import { ExcelAdapterError, wrapOfficeError } from './errors';
import { defaultBudget, type Budget } from './payload';

export type ReadOptions = {
  /** Sheets to read, in this order; every sheet of the workbook (in workbook order) when omitted. */
  sheets?: readonly string[];
  budget?: Partial<Budget>;
  log?: SyncLog;
  /** Read no further than this (a return: the plan's template reach), whatever range a sheet claims to use. */
  reach?: GridReach;
};

export async function readSheetGrids(context: ExcelContext, options: ReadOptions = {}): Promise<Grid[]> {
  try {
    return await readGrids(context, options);
  } catch (error) {
    throw wrapOfficeError(error);
  }
}

async function readGrids(context: ExcelContext, options: ReadOptions): Promise<Grid[]> {
  const budget = { ...defaultBudget, ...options.budget };
  const log = options.log ?? new SyncLog();
  let names: readonly string[];
  if (options.sheets === undefined) {
    const sheets = context.workbook.worksheets.load('items/name');
    await log.sync(context, 'list');
    names = sheets.items.map((s) => s.name);
  } else {
    names = options.sheets;
  }

  // The used range with formats, not `valuesOnly`: whether a formula whose result is "" counts as
  // a value is not documented, and the .xlsx reader keeps such cells. Empty cells are trimmed below.
  const used = names.map((name) => context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(false).load('rowIndex,columnIndex,rowCount,columnCount'));
  try {
    await log.sync(context, 'dimensions');
  } catch (error) {
    throw await missingSheetError(context, names, error, log);
  }
  const requests: BlockRequest[] = names.map((sheet, i) => within(extentOf(sheet, used[i] as RangeApi), options.reach));
  const blocks = await readBlocks(context, requests, ['values', 'formulas', 'numberFormat'], budget, log, 'read');
  return names.map((name) => toGrid(name, blocks.filter((b) => b.sheet === name)));
}

function extentOf(sheet: string, used: RangeApi): BlockRequest {
  if (used.isNullObject) return { sheet, top: 0, left: 0, rows: 0, columns: 0 };
  return { sheet, top: used.rowIndex, left: used.columnIndex, rows: used.rowCount, columns: used.columnCount };
}

function within(request: BlockRequest, reach: GridReach | undefined): BlockRequest {
  if (reach === undefined) return request;
  const rows = Math.max(0, Math.min(request.top + request.rows, reach.rows) - request.top);
  const columns = Math.max(0, Math.min(request.left + request.columns, reach.columns) - request.left);
  return rows === 0 || columns === 0 ? { ...request, rows: 0, columns: 0 } : { ...request, rows, columns };
}

/** A named sheet missing makes the whole sync fail: say which one. */
async function missingSheetError(context: ExcelContext, names: readonly string[], error: unknown, log: SyncLog): Promise<ExcelAdapterError> {
  if ((error as { code?: unknown } | null)?.code !== 'ItemNotFound') return wrapOfficeError(error);
  const sheets = context.workbook.worksheets.load('items/name');
  await log.sync(context, 'list');
  const present = new Set(sheets.items.map((s) => s.name.toLowerCase()));
  const missing = names.find((n) => !present.has(n.toLowerCase()));
  return missing !== undefined ? new ExcelAdapterError({ code: 'sheet-not-found', sheet: missing }, { cause: error }) : wrapOfficeError(error);
}

/** Blocks of one sheet (row chunks of its used range) → a grid like the .xlsx reader's. */
export function toGrid(name: string, blocks: readonly Block[]): Grid {
  const rows: CellValue[][] = [];
  const formulas: Array<Array<string | undefined>> = [];
  for (const block of [...blocks].sort((a, b) => a.top - b.top)) {
    block.values.forEach((valueRow, r) => {
      const rowIndex = block.top + r;
      const values: CellValue[] = [];
      valueRow.forEach((raw, c) => {
        const column = block.left + c;
        const formulaText = block.formulas[r]?.[c];
        const formula = isFormulaCell(raw, formulaText) ? (formulaText as string).slice(1) : undefined;
        const value = gridValue(raw, block.numberFormat[r]?.[c]);
        if (value === null && formula === undefined) return;
        while (values.length < column) values.push(null);
        values[column] = value;
        if (formula !== undefined) (formulas[rowIndex] ??= [])[column] = formula;
      });
      if (values.length > 0) rows[rowIndex] = values;
    });
  }
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  return { name, rows, formulas };
}
