/**
 * Writing a sheet's mark: in the document's properties on every host (an older Excel reads only
 * those), and also in the sheet's own custom properties where the host has them (ExcelApi 1.12:
 * the mark then follows the sheet through a rename). So a workbook written by Microsoft 365 and
 * rewritten by Excel 2019, or the reverse, keeps its sheets recognised.
 */
import type { ExcelContext, WorksheetApi } from './api';
import type { Features } from './features';
import { documentMarkKey, markKey, markText, type Mark } from './marks';
import { callBytes, pathOverheadBytes } from './payload';

export function queueMark(context: ExcelContext, sheet: () => WorksheetApi, name: string, mark: Mark, features: Features): void {
  const text = markText(mark);
  context.workbook.properties.custom.add(documentMarkKey(name), text);
  if (features.sheetProperties) sheet().customProperties.add(markKey, text);
}

/** The request bytes `queueMark` costs. */
export function markBytes(name: string, mark: Mark, features: Features): number {
  const calls = features.sheetProperties ? 2 : 1;
  return callBytes(calls, documentMarkKey(name), markText(mark)) + pathOverheadBytes;
}
