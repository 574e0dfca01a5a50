/**
 * What a raw `<c>` means, decided exactly as the ExcelJS-based reader did (ExcelJS 4.4's
 * `cell-xform.js` parse and reconcile, then `plainValue` on the cell's value), so that the lean
 * reader's grids are the same, value for value:
 *
 * - `s` shared string (index into the table), `str` and `inlineStr` text, `b` boolean (any
 *   integer but 0 is true), `e` error text (« #REF! »), anything else a number (`parseFloat`:
 *   `d` included, as ExcelJS did); empty text is no value.
 * - A number whose style has a date format is a date (ISO), in the workbook's date system.
 * - A formula (`<f>`, or a shared one's dependant) keeps its cached result, typed by `t` the same
 *   way; ExcelJS's value getter drops a falsy result (0, FALSE), so such a cell reads as empty
 *   while its formula is kept. Nothing is ever evaluated.
 * - A cell with no value and no formula is an empty styled cell (`s` set), or a ghost: nothing,
 *   unless a hyperlink names it (see sheetGrid.ts).
 */
import type { CellValue } from '../workbook/grid';
import type { RawCell } from './cellXml';
import { xmlDecodeAgain } from './decodeAgain';
import { refuseUnreadable } from './refuse';
import { excelToDate, isoDateTime } from './serialDates';
import type { DateStyles } from './styles';

export const NULL = 0;
export const VALUE = 1;
export const FORMULA = 2;
/** A `<c>` with no value, no formula and no style: ExcelJS kept it only if a hyperlink named it. */
export const GHOST = 3;

/** A cell after loading, before merges and hyperlinks. */
export type SheetCell = {
  /** 1-based; set when the cell is placed in its row (rowCells.ts), once hyperlinks are known. */
  column: number;
  /** `r` as written: hyperlinks and shared formulas find cells by it. */
  address: string | undefined;
  kind: typeof NULL | typeof VALUE | typeof FORMULA | typeof GHOST;
  /** The grid value: the value, or for a formula its cached result (falsy ones included). */
  value: CellValue;
  /** Formula: whether ExcelJS kept the result (it drops 0, FALSE and NaN). */
  resultKept: boolean;
  /** Formula: its own text. */
  formula: string | undefined;
  /** Shared formula dependant: the address of its master, when one came before it. */
  master: string | undefined;
};

export type CellContext = {
  part: string;
  /** Undefined when the file has no shared strings part. */
  sharedStrings: readonly string[] | undefined;
  /** Undefined when the file has no styles part. */
  dateStyles: DateStyles | undefined;
  date1904: boolean;
  /** Shared formula index → its master's address, filled in document order. */
  masters: Map<string, string | undefined>;
};

/** Rich text reaching `parseFloat`, `parseInt` or `String` was an object there. */
const asText = (cell: RawCell): string => (cell.runs !== undefined ? '[object Object]' : (cell.text ?? ''));

export function cellModel(raw: RawCell, context: CellContext): SheetCell {
  const styleId = raw.style ? parseInt(raw.style, 10) : undefined;
  if (styleId && context.dateStyles?.usable === false) refuseUnreadable(`${context.part} : style ${styleId} sans styles de cellule (${raw.address ?? '?'})`);
  const isDate = !!styleId && context.dateStyles !== undefined && context.dateStyles.isDate(styleId);
  const hasValue = raw.text !== undefined || raw.runs !== undefined;
  const cell: SheetCell = { column: 0, address: raw.address, kind: VALUE, value: null, resultKept: false, formula: undefined, master: undefined };

  if (raw.formula || raw.shareType) {
    cell.kind = FORMULA;
    cell.formula = raw.formula || undefined;
    let result: unknown;
    if (raw.text || raw.runs !== undefined) {
      if (raw.type === 'str') result = xmlDecodeAgain(stringOnly(raw, context));
      else if (raw.type === 'b') result = parseInt(asText(raw), 10) !== 0;
      else if (raw.type === 'e') result = { error: asText(raw) };
      else result = parseFloat(asText(raw));
    }
    if (result !== undefined && isDate) result = excelToDate(result, context.date1904);
    cell.resultKept = !!result;
    cell.value = plain(result);
    if (raw.shareType === 'shared') {
      const index = String(raw.sharedIndex);
      if (raw.sharedRef) context.masters.set(index, raw.address);
      else cell.master = context.masters.get(index);
    }
    return cell;
  }
  if (!hasValue) {
    cell.kind = styleId ? NULL : GHOST;
    return cell;
  }
  switch (raw.type) {
    case 's': {
      const index = parseInt(asText(raw), 10);
      // Without a shared strings part, ExcelJS left the index as the value.
      const text = context.sharedStrings === undefined ? index : context.sharedStrings[index];
      if (text === undefined) refuseUnreadable(`${context.part} : chaîne partagée n° ${index} introuvable (${raw.address ?? '?'})`);
      cell.value = plain(text);
      return cell;
    }
    case 'str':
      cell.value = plain(xmlDecodeAgain(stringOnly(raw, context)));
      return cell;
    case 'inlineStr':
      cell.value = plain(raw.runs !== undefined ? raw.runs.join('') : raw.text);
      return cell;
    case 'b':
      cell.value = parseInt(asText(raw), 10) !== 0;
      return cell;
    case 'e':
      cell.value = asText(raw);
      return cell;
    default: {
      const number = parseFloat(asText(raw));
      cell.value = isDate ? isoDateTime(excelToDate(number, context.date1904)) : plain(number);
      return cell;
    }
  }
}

/** `str` text; ExcelJS failed on rich text there (`replace` on an object). */
function stringOnly(raw: RawCell, context: CellContext): string {
  if (raw.runs !== undefined) refuseUnreadable(`${context.part} : texte enrichi dans une cellule de type str (${raw.address ?? '?'})`);
  return raw.text ?? '';
}

/** `plainValue` of the ExcelJS-based reader, for the values a cell can hold here. */
function plain(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'boolean') return value;
  if (value instanceof Date) return isoDateTime(value);
  if (typeof value === 'object' && 'error' in value) return String(value.error);
  return null;
}
