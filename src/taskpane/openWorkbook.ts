/** The open workbook through the Office.js adapter, or undefined outside Excel (office.js absent or not ready). */
import { ExcelWorkbook, issueMessage, officeExcelHost } from '../excel';
import { defaultLang, type Lang } from '../i18n/lang';

/** `onWait`: told (in `lang`) when Excel is busy — a cell being edited — and the operation will be tried again. */
export function openWorkbook(scope: object = globalThis, onWait?: (message: string) => void, lang: Lang = defaultLang): ExcelWorkbook | undefined {
  const host = officeExcelHost(scope);
  return host === undefined ? undefined : new ExcelWorkbook(host, { retry: { onRetry: (error) => onWait?.(issueMessage(error.issue, lang)) } });
}
