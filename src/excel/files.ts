/**
 * A new workbook from .xlsx bytes (rendered by the .xlsx adapter, passed in by the task pane): a new
 * workbook window (`Excel.createWorkbook`, ExcelApi 1.8) for « nouveau classeur de consolidation »;
 * where the host lacks it, a typed error tells the task pane to offer the file. (Sheets go into the
 * open workbook through writeWorkbookSpec, which marks and replaces them.)
 */
import { base64Length, toBase64 } from './base64';
import { ExcelAdapterError, wrapOfficeError } from './errors';
import { requirementSets, type Features } from './features';
import { defaultBudget, type Budget } from './payload';

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
