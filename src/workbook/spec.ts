/**
 * A neutral description of a workbook. Two renderers write it — ExcelJS into .xlsx bytes
 * (src/xlsx), Office.js into the open workbook (src/excel) — and nothing above them knows which.
 * Plain data only: no class, no function, so a spec can be compared, serialised and tested.
 */

/** ARGB colour, as Excel stores it: « FF1F4E79 ». */
export type Colour = string;

export type Style = {
  font?: { bold?: boolean; italic?: boolean; size?: number; colour?: Colour; underline?: boolean };
  fill?: Colour;
  /** Excel number format code, e.g. `# ##0` or `0,0 %` written with Excel's invariant syntax: `#,##0`, `0.0%`. */
  numberFormat?: string;
  alignment?: {
    horizontal?: 'left' | 'center' | 'right';
    vertical?: 'top' | 'middle' | 'bottom';
    wrap?: boolean;
    indent?: number;
  };
  border?: 'thin' | 'none';
};

/**
 * In a custom validation formula, `{cell}` stands for the cell the rule applies to. Renderers
 * group equal rules into ranges and write the formula for the range's top-left cell, as Excel
 * expects; so one rule object serves a whole column of inputs.
 */
export const selfCell = '{cell}';

/**
 * Excel's own data validation on an input cell. Formulas have no leading « = » and use Excel's
 * English syntax (`AND`, `ISNUMBER`).
 */
export type InputRule = (
  | { kind: 'whole'; min?: number; max?: number }
  | { kind: 'decimal'; min?: number; max?: number }
  | { kind: 'date'; from: string; to: string }
  | { kind: 'list'; options: string[] }
  | { kind: 'listRange'; source: string }
  | { kind: 'textLength'; max: number }
  | { kind: 'custom'; formula: string }
) & {
  allowBlank: boolean;
  prompt?: { title: string; text: string };
  error?: { title: string; text: string; style: 'stop' | 'warning' | 'information' };
};

export type Link = { kind: 'internal'; sheet: string; cell: string } | { kind: 'external'; url: string };

export type CellSpec = {
  /** Literal value: a string is always written as text, never read as a formula. */
  value?: string | number | boolean | null;
  /** A formula without its leading « = ». Only the code writes formulas, never text from a file. */
  formula?: string;
  /** Name of a style in `WorkbookSpec.styles`. */
  style?: string;
  input?: InputRule;
  note?: string;
  link?: Link;
  /** Unlocked cells stay editable when the sheet is protected (input and comment cells). */
  unlocked?: boolean;
};

export type ColumnSpec = { width: number; hidden?: boolean };

export type SheetProtection = { password?: string };

export type PrintSetup = {
  orientation: 'portrait' | 'landscape';
  paper: 'A4';
  fitToWidth: boolean;
  /** Rows printed at the top of every page, 1-based inclusive: [first, last]. */
  repeatRows?: [number, number];
};

export type TableSpec = {
  name: string;
  /** Top-left cell of the header row. */
  topLeft: string;
  columns: string[];
  rows: Array<Array<string | number | boolean | null>>;
};

export type ConditionalFormat = {
  /** A1 range, e.g. `C5:F40`. */
  range: string;
  /** Formula for the top-left cell; the style applies where it is true. */
  formula: string;
  style: string;
};

/** A series of a chart: its name and the A1 range of its values, on the chart's own sheet. */
export type ChartSeries = {
  name: string;
  values: string;
  /** The values as the code computed them, shown by readers that do not recalculate; null for a gap. */
  cached?: Array<number | null>;
};

/**
 * A native line chart drawn from ranges of the sheet it sits on, placed as Office.js
 * `chart.setPosition(from, to)` places one: between a top-left and a bottom-right cell.
 */
export type ChartSpec = {
  kind: 'line';
  title: string;
  /** A1 range of the category labels (the periods), on the chart's sheet. */
  categories: string;
  cachedCategories?: string[];
  series: ChartSeries[];
  from: string;
  to: string;
  /** Excel number format of the value axis (`#,##0`, `0%`). */
  numberFormat?: string;
  /** Where the value axis starts (0 for counts); without it, the application picks a bound near the smallest value. */
  valueAxisFrom?: number;
};

export type SheetVisibility = 'visible' | 'hidden' | 'veryHidden';

export type SheetSpec = {
  name: string;
  visibility: SheetVisibility;
  tabColour?: Colour;
  columns: ColumnSpec[];
  /** rows[r][c] is the cell at row r+1, column c+1; holes are empty cells. */
  rows: Array<Array<CellSpec | undefined>>;
  rowHeights?: Record<number, number>;
  merges: string[];
  freeze?: { rows: number; columns: number };
  protection?: SheetProtection;
  print?: PrintSetup;
  tables?: TableSpec[];
  conditionalFormats?: ConditionalFormat[];
  charts?: ChartSpec[];
};

export type DefinedName = { name: string; sheet: string; range: string };

export type WorkbookSpec = {
  sheets: SheetSpec[];
  styles: Record<string, Style>;
  definedNames: DefinedName[];
  properties: { title: string; subject?: string; creator: string; company?: string; created: string };
};
