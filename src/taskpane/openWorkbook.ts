/** The open workbook through the Office.js adapter, or undefined outside Excel (office.js absent or not ready). */
import { ExcelWorkbook, officeExcelHost } from '../excel';

/** `onWait`: told (in French) when Excel is busy — a cell being edited — and the operation will be tried again. */
export function openWorkbook(scope: object = globalThis, onWait?: (message: string) => void): ExcelWorkbook | undefined {
  const host = officeExcelHost(scope);
  return host === undefined ? undefined : new ExcelWorkbook(host, { retry: { onRetry: (error) => onWait?.(error.message) } });
}
