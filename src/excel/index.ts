/**
 * The Office.js adapter: the only code that talks to Excel. Everything above it (app/, taskpane/)
 * goes through `ExcelWorkbook`; the context-level functions are exported for tests and benchmarks.
 */
export type { ExcelContext } from './api';
export { ExcelWorkbook, type ExcelWorkbookOptions } from './workbook';
export { officeExcelHost, type ExcelHost } from './host';
export { detectFeatures, featuresUpTo, requirementSets, type Feature, type Features, type Requirements } from './features';
export { ExcelAdapterError, wrapOfficeError, type ExcelIssue, type ExcelIssueCode } from './errors';
// The words live in src/i18n/excel; re-exported here under their former names for the pane and the tests.
export { excelIssueMessage as issueMessage, excelNoticeMessage as noticeMessage } from '../i18n/excel';
export type { Notice } from '../workbook/hostIssues';
export { writeWorkbookSpec, type WriteOptions, type WriteReport, type WrittenSheet } from './write';
export { readSheetGrids, type ReadOptions } from './read';
export { selectRange } from './select';
export { createWorkbookFromXlsx, insertSheetsFromXlsx, type InsertReport } from './files';
export { withRetry, defaultRetryDelays, type RetryOptions } from './retry';
export { SyncLog, type SyncRecord, type SyncPhase } from './batch';
export { defaultBudget, excelWebPayloadLimit, type Budget } from './payload';
export { listSheets, findSheet, type SheetEntry } from './sheetNames';
export { officeDocumentSettings, readSetting, saveSettings, writeSetting, SettingsSaveError, type DocumentSettings, type SettingsSaveResult } from './settings';
export { markCells, unmarkCells, type CellMark, type CellBefore, type MarkRecord, type MarkReport, type UnmarkReport } from './cellMarks';
