/** The fake's in-memory workbook: plain data the tests may inspect (never through the API). */
import type { Rect } from './addresses';

export type Constant = string | number | boolean;

export type CellState = {
  /** A constant (text, number, boolean, or an error such as « #N/A », kept as text with `error`). */
  value?: Constant;
  error?: boolean;
  /** Formula text without « = ». The fake does not calculate: a formula's value reads as "". */
  formula?: string;
  /** Written with a leading apostrophe: Excel's « this is text » prefix. */
  quotePrefix?: boolean;
  /** Named cell style (« Normal » when absent). */
  style?: string;
  /** Direct formats set on the cell, over its style. */
  numberFormat?: string;
  locked?: boolean;
  /** A fill set on the cell itself (`range.format.fill`), « #RRGGBB », over its style's. */
  fill?: string;
  hyperlink?: Excel.RangeHyperlink;
  note?: string;
  validation?: ValidationState;
};

export type ValidationState = {
  rule: Excel.DataValidationRule;
  ignoreBlanks: boolean;
  prompt?: Excel.DataValidationPrompt;
  errorAlert?: Excel.DataValidationErrorAlert;
};

export type BorderState = { style: string; weight?: string; color?: string };

export type StyleState = {
  name: string;
  builtIn: boolean;
  font: { name: string; size: number; bold: boolean; italic: boolean; color: string; underline: string };
  fill?: string;
  numberFormat: string;
  horizontalAlignment: string;
  verticalAlignment: string;
  wrapText: boolean;
  indentLevel: number;
  locked: boolean;
  borders: Record<'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight', BorderState>;
  include: Record<'alignment' | 'border' | 'font' | 'number' | 'patterns' | 'protection', boolean>;
};

export type TableState = { id: string; name: string; rect: Rect; style: string; showBandedRows: boolean; showFilterButton: boolean };

export type ConditionalFormatState = { rect: Rect; type: 'Custom'; formula?: string; fill?: string; font: { color?: string; bold?: boolean; italic?: boolean } };

export type ChartSeriesState = { name: string; values: Rect; categories?: Rect; hasDataLabels: boolean; labels: { showValue?: boolean; position?: string; numberFormat?: string } };

export type ChartState = {
  id: string;
  name: string;
  type: 'Line';
  title: string;
  position?: { from: string; to: string };
  valueAxisFormat?: string;
  legend: { visible: boolean; position?: string };
  series: ChartSeriesState[];
};

export type PageLayoutState = {
  orientation?: string;
  paperSize?: string;
  zoom?: Excel.PageLayoutZoomOptions;
  margins: Partial<Record<'left' | 'right' | 'top' | 'bottom' | 'header' | 'footer', number>>;
  printTitleRows?: string;
};

export type SheetState = {
  id: string;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  tabColor: string;
  cells: Map<number, CellState>;
  columnWidths: Map<number, number>;
  hiddenColumns: Set<number>;
  rowHeights: Map<number, number>;
  merges: Rect[];
  freeze?: { rows: number; columns: number };
  protection: { protected: boolean; options: Excel.WorksheetProtectionOptions; password?: string };
  tables: TableState[];
  charts: ChartState[];
  conditionalFormats: ConditionalFormatState[];
  customProperties: Map<string, { key: string; value: string }>;
  pageLayout: PageLayoutState;
  notes: Map<number, string>;
};

export type NameState = { name: string; reference: string; comment: string };

export type WorkbookState = {
  sheets: SheetState[];
  names: Map<string, NameState>;
  styles: Map<string, StyleState>;
  documentProperties: Map<string, { key: string; value: string }>;
  comments: Array<{ sheet: string; cell: string; content: string }>;
  activeSheetId: string;
  selection?: { sheet: string; address: string };
  nextId: number;
  /** Workbooks opened with Excel.createWorkbook (base64 of each). */
  createdWorkbooks: string[];
};

// Plain arithmetic, no Math.*: Jest's sandbox makes each Math call ~100 times slower.
export const cellKey = (row: number, column: number) => row * 16_384 + column;
export const keyColumn = (key: number) => key % 16_384;
export const keyRow = (key: number) => (key - (key % 16_384)) / 16_384;

/** Excel's default column width: 8.43 characters = 64 px = 48 pt. */
export const standardWidth = 48;
export const standardHeight = 15;

export function normalStyle(name = 'Normal', builtIn = true): StyleState {
  const none = { style: 'None' };
  return {
    name,
    builtIn,
    font: { name: 'Aptos Narrow', size: 11, bold: false, italic: false, color: '#000000', underline: 'None' },
    numberFormat: 'General',
    horizontalAlignment: 'General',
    verticalAlignment: 'Bottom',
    wrapText: false,
    indentLevel: 0,
    locked: true,
    borders: { EdgeTop: { ...none }, EdgeBottom: { ...none }, EdgeLeft: { ...none }, EdgeRight: { ...none } },
    include: { alignment: true, border: true, font: true, number: true, patterns: true, protection: true },
  };
}

export function newSheet(workbook: WorkbookState, name: string): SheetState {
  return {
    id: `{00000000-0001-0000-${String(workbook.nextId++).padStart(4, '0')}-000000000000}`,
    name,
    visibility: 'Visible',
    tabColor: '',
    cells: new Map(),
    columnWidths: new Map(),
    hiddenColumns: new Set(),
    rowHeights: new Map(),
    merges: [],
    protection: { protected: false, options: {} },
    tables: [],
    charts: [],
    conditionalFormats: [],
    customProperties: new Map(),
    pageLayout: { margins: {} },
    notes: new Map(),
  };
}

export function newWorkbook(): WorkbookState {
  const workbook: WorkbookState = {
    sheets: [],
    names: new Map(),
    styles: new Map(['Normal', 'Good', 'Bad', 'Neutral', 'Title', 'Heading 1'].map((n) => [n.toLowerCase(), normalStyle(n)])),
    documentProperties: new Map(),
    comments: [],
    activeSheetId: '',
    nextId: 1,
    createdWorkbooks: [],
  };
  const first = newSheet(workbook, 'Feuil1');
  workbook.sheets.push(first);
  workbook.activeSheetId = first.id;
  return workbook;
}

/** The style a cell shows (named style), with its direct number format and lock over it. */
export function effectiveFormat(workbook: WorkbookState, cell: CellState | undefined): { style: StyleState; numberFormat: string; locked: boolean } {
  const style = workbook.styles.get((cell?.style ?? 'Normal').toLowerCase()) ?? workbook.styles.get('normal') ?? normalStyle('Normal');
  return { style, numberFormat: cell?.numberFormat ?? style.numberFormat, locked: cell?.locked ?? style.locked };
}

/** Sheets by lower-case name and by id; sheets are only ever added (the fake has no delete or rename). */
const indexes = new WeakMap<SheetState[], Map<string, SheetState>>();

export function findSheet(workbook: WorkbookState, name: string): SheetState | undefined {
  let index = indexes.get(workbook.sheets);
  if (index === undefined || index.size !== 2 * workbook.sheets.length) {
    index = new Map();
    for (const sheet of workbook.sheets) {
      index.set(sheet.name.toLowerCase(), sheet);
      index.set(sheet.id, sheet);
    }
    indexes.set(workbook.sheets, index);
  }
  return index.get(name) ?? index.get(name.toLowerCase());
}
