/**
 * The open workbook, as the task pane uses it: every operation runs in one `Excel.run`, wraps
 * Office.js errors in `ExcelAdapterError` (French message) and is tried again while Excel is in
 * cell edit mode or busy.
 */
import type { Grid, GridReach } from '../workbook/grid';
import type { ExcelContext } from './api';
import type { WorkbookSpec } from '../workbook/spec';
import { detectFeatures, type Features } from './features';
import { markCells, unmarkCells, type CellMark, type MarkRecord, type MarkReport, type UnmarkReport } from './cellMarks';
import { createWorkbookFromXlsx } from './files';
import type { ExcelHost } from './host';
import type { Budget } from './payload';
import { readSheetGrids } from './read';
import { withRetry, type RetryOptions } from './retry';
import { selectRange } from './select';
import { listSheets, type SheetEntry } from './sheetNames';
import { writeWorkbookSpec, type WriteOptions, type WriteReport } from './write';

export type ExcelWorkbookOptions = { retry?: RetryOptions; budget?: Partial<Budget> };

export class ExcelWorkbook {
  readonly features: Features;

  constructor(
    private readonly host: ExcelHost,
    private readonly options: ExcelWorkbookOptions = {},
  ) {
    this.features = detectFeatures(host.requirements);
  }

  private run<T>(operation: (context: ExcelContext) => Promise<T>): Promise<T> {
    return withRetry(() => this.host.run(operation), this.options.retry);
  }

  /** Write a spec's sheets (plan sheets, collection sheets, consolidation tabs) into the open workbook. */
  writeSpec(spec: WorkbookSpec, options: Omit<WriteOptions, 'features' | 'budget'> = {}): Promise<WriteReport> {
    return this.run((context) => writeWorkbookSpec(context, spec, { ...options, features: this.features, budget: this.options.budget ?? {} }));
  }

  /** Sheets as grids; every sheet when `sheets` is omitted; no further than `reach` when given. */
  readGrids(sheets?: readonly string[], reach?: GridReach): Promise<Grid[]> {
    return this.run((context) => readSheetGrids(context, { ...(sheets !== undefined ? { sheets } : {}), ...(reach !== undefined ? { reach } : {}), budget: this.options.budget ?? {} }));
  }

  /** The sheets' names and visibility, in workbook order (one sync). */
  sheets(): Promise<SheetEntry[]> {
    return this.run((context) => listSheets(context));
  }

  /** Jump to a cell or range (a finding's location). */
  select(sheet: string, address: string): Promise<void> {
    return this.run((context) => selectRange(context, sheet, address));
  }

  /** Mark cells in place (fill and note); the record says what they held, for `unmarkCells`. */
  markCells(marks: readonly CellMark[]): Promise<MarkReport> {
    return this.run((context) => markCells(context, marks, this.features, { budget: this.options.budget ?? {} }));
  }

  /** Put back what the cells held before `markCells`. */
  unmarkCells(record: MarkRecord): Promise<UnmarkReport> {
    return this.run((context) => unmarkCells(context, record, this.features, { budget: this.options.budget ?? {} }));
  }

  /** Whether `createWorkbook` can work on this host (else the pane offers the file instead). */
  get canCreateWorkbook(): boolean {
    return this.features.base && this.host.createWorkbook !== undefined;
  }

  /** Open .xlsx bytes as a new workbook (ExcelApi 1.8 `Excel.createWorkbook`). */
  createWorkbook(bytes: Uint8Array): Promise<void> {
    return withRetry(() => createWorkbookFromXlsx(this.host.createWorkbook, bytes, this.features, this.options.budget), this.options.retry);
  }
}
