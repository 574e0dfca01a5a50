/**
 * The Office.js adapter: the only code that talks to Excel. Everything above it (app/, taskpane/)
 * goes through `ExcelWorkbook`; the context-level functions are exported for tests and benchmarks.
 */
export { ExcelWorkbook } from './workbook';
export { officeExcelHost } from './host';
export { detectFeatures, featuresUpTo, requirementSets } from './features';
export { ExcelAdapterError, wrapOfficeError, type ExcelIssue, type ExcelIssueCode } from './errors';
// The words live in src/i18n/excel; re-exported here under their former names for the pane and the tests.
export { excelIssueMessage as issueMessage, excelNoticeMessage as noticeMessage } from '../i18n/excel';
export type { Notice } from '../workbook/hostIssues';
export { writeWorkbookSpec, type WriteOptions, type WriteReport, type WrittenSheet } from './write';
export { readSheetGrids, type ReadOptions } from './read';
export { withRetry } from './retry';
export { SyncLog, type SyncPhase } from './batch';
export { defaultBudget, type Budget } from './payload';
export { findSheet, type SheetEntry } from './sheetNames';
export { officeDocumentSettings, readSetting, writeSetting, SettingsSaveError, type DocumentSettings } from './settings';
export { markCells, unmarkCells, type CellMark, type CellBefore, type MarkRecord, type MarkReport, type UnmarkReport } from './cellMarks';
