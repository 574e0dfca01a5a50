/**
 * Workbooks and sheets from .xlsx bytes (rendered by the .xlsx adapter, passed in by the task pane):
 * - a new workbook window (`Excel.createWorkbook`, ExcelApi 1.8) for « nouveau classeur de
 *   consolidation »; where the host lacks it, a typed error tells the task pane to offer the file;
 * - the sheets of a file inserted into the open workbook (`insertWorksheetsFromBase64`, ExcelApi
 *   1.13) in two round trips; where the host lacks it, the file is too big for one request, a sheet
 *   of the same name exists or the spec has defined names, the spec is written by the add-in itself
 *   (writeWorkbookSpec), with a notice.
 */
import type { WorkbookSpec } from '../workbook/spec';
import type { ExcelContext } from './api';
import { base64Length, toBase64 } from './base64';
import { SyncLog } from './batch';
import { ExcelAdapterError, wrapOfficeError } from './errors';
import { requirementSets, type Features } from './features';
import { specFingerprint } from './fingerprint';
import type { Mark } from './marks';
import { queueMark } from './markWrite';
import { callBytes, defaultBudget, type Budget } from './payload';
import { contentExtent } from './sheetCells';
import { writeWorkbookSpec, type WriteOptions, type WriteReport } from './write';

export type CreateWorkbook = (base64: string) => Promise<void>;

export async function createWorkbookFromXlsx(createWorkbook: CreateWorkbook | undefined, bytes: Uint8Array, features: Features, budget: Partial<Budget> = {}): Promise<void> {
  if (!features.base || createWorkbook === undefined) {
    throw new ExcelAdapterError({ code: 'unsupported', feature: 'createWorkbook', version: requirementSets.base });
  }
  const limit = { ...defaultBudget, ...budget }.requestBytes;
  const size = base64Length(bytes.length);
  if (size > limit) throw new ExcelAdapterError({ code: 'payload-too-large', what: 'file', bytes: size, limit });
  try {
    await createWorkbook(toBase64(bytes));
  } catch (error) {
    throw wrapOfficeError(error);
  }
}

export type InsertReport = WriteReport & { method: 'inserted' | 'written' };

/** `bytes` must be `spec` rendered to .xlsx (the sheets are marked with the spec's fingerprints). */
export async function insertSheetsFromXlsx(context: ExcelContext, bytes: Uint8Array, spec: WorkbookSpec, options: WriteOptions): Promise<InsertReport> {
  const { features } = options;
  const budget = { ...defaultBudget, ...options.budget };
  const log = options.log ?? new SyncLog();
  const write = async (reason: 'unsupported' | 'fallback'): Promise<InsertReport> => {
    const report = await writeWorkbookSpec(context, spec, { ...options, log });
    return { ...report, method: 'written', notices: reason === 'unsupported' ? [{ code: 'sheets-written-not-inserted' }, ...report.notices] : report.notices };
  };
  if (!features.insertFromFile) return write('unsupported');
  const base64Size = base64Length(bytes.length);
  const names = spec.sheets.map((s) => s.name);
  if (spec.definedNames.length > 0 || callBytes(1 + 2 * names.length, names) + base64Size > budget.requestBytes) return write('fallback');

  const sheets = context.workbook.worksheets.load('items/name');
  try {
    await log.sync(context, 'list');
  } catch (error) {
    throw wrapOfficeError(error);
  }
  const present = new Set(sheets.items.map((s) => s.name.toLowerCase()));
  if (names.some((n) => present.has(n.toLowerCase()))) return write('fallback');

  context.workbook.insertWorksheetsFromBase64(toBase64(bytes), { sheetNamesToInsert: names, positionType: 'End' });
  for (const sheet of spec.sheets) {
    const mark: Mark = { format: 'ctg-feuille/1', state: 'written', fingerprint: specFingerprint(sheet), ...contentExtent(sheet) };
    queueMark(context, () => context.workbook.worksheets.getItem(sheet.name), sheet.name, mark, features);
  }
  try {
    await log.sync(context, 'insert', 1 + names.length, base64Size);
  } catch (error) {
    throw wrapOfficeError(error);
  }
  return {
    method: 'inserted',
    sheets: names.map((name) => ({ name, action: 'created' })),
    notices: features.sheetProperties ? [] : [{ code: 'marks-in-document-properties' }],
    syncs: log.records,
  };
}
