/**
 * A small typed fake of the Excel API subset the adapter uses (src/excel/api.ts), holding an
 * in-memory workbook and recording every sync with the size of its request and response.
 * See context.ts for what it enforces.
 */
export { FakeExcel, FakeContext, type SyncStat, type FakeOptions } from './context';
export { FakeOfficeError, FakeUnsupportedError } from './errors';
export { newWorkbook, cellKey, effectiveFormat, findSheet, type WorkbookState, type SheetState, type CellState } from './state';
export { parseInput } from './input';
export { FakeSettings } from './settings';
