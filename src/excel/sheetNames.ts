/**
 * The sheets of the open workbook, by name and visibility, in one round trip: enough to know
 * whether the plan sheets are there or whether a finding's sheet can be shown, without reading
 * any cell.
 */
import type { ExcelContext } from './api';
import { SyncLog } from './batch';
import { wrapOfficeError } from './errors';

export type SheetEntry = { name: string; visibility: 'Visible' | 'Hidden' | 'VeryHidden' };

export async function listSheets(context: ExcelContext, log = new SyncLog()): Promise<SheetEntry[]> {
  const sheets = context.workbook.worksheets.load('items/name,items/visibility');
  try {
    await log.sync(context, 'list');
  } catch (error) {
    throw wrapOfficeError(error);
  }
  return sheets.items.map((s) => ({ name: s.name, visibility: s.visibility }));
}

/** The workbook's sheet of that name (Excel compares names without case), if any. */
export function findSheet(sheets: readonly SheetEntry[], name: string): SheetEntry | undefined {
  const lower = name.toLowerCase();
  return sheets.find((s) => s.name.toLowerCase() === lower);
}
