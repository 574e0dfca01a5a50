/**
 * What a raw `<c>` means, per ECMA-376 Part 1 (§18.3.1.4 `c`, §18.18.11 ST_CellType):
 *
 * - `s` shared string (index into the table), `str` and `inlineStr` text, `b` boolean, `e` error
 *   text (« #REF! »), `d` an ISO 8601 date, `n` (or no `t`) a finite xsd:double (xsdValues.ts);
 *   empty text is no value. Text that is not of its type (« NaN », « 12abc » as a number) is
 *   *unreadable*: no value, and reported at its cell with its text — never read as empty or 12.
 * - A number whose style has a date format is a date (ISO), in the workbook's date system.
 * - A formula (`<f>`, or a shared one's dependant) keeps its cached result, typed by `t` the same
 *   way — 0 and FALSE included, and a shared string index (`t="s"`: Gnumeric's `ssconvert` writes
 *   a formula's text result so). Nothing is ever evaluated.
 * - A cell with no value and no formula is an empty styled cell (`s` set), or a ghost: nothing,
 *   unless a hyperlink names it (see sheetGrid.ts).
 *
 * ExcelJS 4.4 (`cell-xform.js`), which this reader long copied, reads `parseFloat` (« 12abc » is
 * 12, « NaN » empty), drops a formula's falsy result (0, FALSE), reads `t="d"` as a serial number
 * and a formula's `t="s"` result as the index itself. The cases are listed in
 * test/xlsx/leanReader.test.ts (« where the lean reader reads what ExcelJS misreads »).
 */
import { maxRawText, type CellValue, type UnreadableCell } from '../workbook/grid';
import type { RawCell } from './cellXml';
import { xmlDecodeAgain } from './decodeAgain';
import { refuseMalformed } from './refuse';
import { excelToDate, isoDateTime } from './serialDates';
import type { DateStyles } from './styles';
import { readIsoDate, readXsdBoolean, readXsdDouble } from './xsdValues';

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
  /** The grid value: the value, or for a formula its cached result. */
  value: CellValue;
  /** Formula: whether the file holds a cached result. */
  resultKept: boolean;
  /** Formula: its own text. */
  formula: string | undefined;
  /** Shared formula dependant: the address of its master, when one came before it. */
  master: string | undefined;
  /** The text when it is not of the cell's type (the value is then null). */
  unreadable: Omit<UnreadableCell, 'cell'> | undefined;
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

/** A typed reading: the value, or the text that is not of the type. */
type Reading = { value: CellValue } | { unreadable: Omit<UnreadableCell, 'cell'> };

const unreadable = (type: UnreadableCell['type'], raw: string): Reading => ({ unreadable: { type, raw: raw.slice(0, maxRawText) } });

/** Rich-text runs outside an inline string are read as their plain text. */
const asText = (cell: RawCell): string => (cell.runs !== undefined ? cell.runs.join('') : (cell.text ?? ''));

export function cellModel(raw: RawCell, context: CellContext): SheetCell {
  const styleId = raw.style ? parseInt(raw.style, 10) : undefined;
  if (styleId && context.dateStyles?.usable === false) refuseMalformed(context.part, { problem: 'style_without_styles', style: String(styleId).slice(0, 200), address: raw.address ?? '?' });
  const isDate = !!styleId && context.dateStyles !== undefined && context.dateStyles.isDate(styleId);
  const hasValue = raw.text !== undefined || raw.runs !== undefined;
  const cell: SheetCell = { column: 0, address: raw.address, kind: VALUE, value: null, resultKept: false, formula: undefined, master: undefined, unreadable: undefined };
  const take = (reading: Reading) => {
    if ('value' in reading) cell.value = reading.value;
    else cell.unreadable = reading.unreadable;
  };

  if (raw.formula || raw.shareType) {
    cell.kind = FORMULA;
    cell.formula = raw.formula || undefined;
    // An empty <v/> is no cached result, whatever the type (an empty text result reads as empty).
    if (raw.text || raw.runs !== undefined) {
      take(typed(raw, context, isDate));
      cell.resultKept = cell.value !== null;
    }
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
  take(typed(raw, context, isDate));
  return cell;
}

/** The value of `<v>` (or of an inline string) by the cell's type. */
function typed(raw: RawCell, context: CellContext, isDate: boolean): Reading {
  switch (raw.type) {
    case 's':
      return { value: sharedString(raw, context) };
    case 'str':
      return { value: plain(xmlDecodeAgain(stringOnly(raw, context))) };
    case 'inlineStr':
      return { value: plain(asText(raw)) };
    case 'b': {
      const answer = readXsdBoolean(asText(raw));
      return answer === undefined ? unreadable('boolean', asText(raw)) : { value: answer };
    }
    case 'e':
      return { value: plain(asText(raw)) };
    case 'd': {
      const date = readIsoDate(asText(raw));
      return date === undefined ? unreadable('date', asText(raw)) : { value: date };
    }
    default: {
      // `n`, or no type; a type ECMA-376 does not define is read as a number too.
      const number = readXsdDouble(asText(raw));
      if (number === undefined) return unreadable('number', asText(raw));
      // A serial number past 9999-12-31 has no date: the number is kept, and the checks say so.
      return { value: isDate ? (isoDateTime(excelToDate(number, context.date1904)) ?? number) : number };
    }
  }
}

function sharedString(raw: RawCell, context: CellContext): CellValue {
  const index = parseInt(asText(raw), 10);
  // Without a shared strings part, ExcelJS left the index as the value (kept: such a file is
  // damaged, and its numbers do not pass for the commune's text).
  if (context.sharedStrings === undefined) return Number.isNaN(index) ? null : index;
  const text = /^\s*\d+\s*$/.test(asText(raw)) ? context.sharedStrings[index] : undefined;
  if (text === undefined) refuseMalformed(context.part, { problem: 'shared_string_missing', index: asText(raw).slice(0, 20), address: raw.address ?? '?' });
  return plain(text);
}

/** `str` text; ExcelJS failed on rich text there (`replace` on an object). */
function stringOnly(raw: RawCell, context: CellContext): string {
  if (raw.runs !== undefined) refuseMalformed(context.part, { problem: 'rich_text_in_str', address: raw.address ?? '?' });
  return raw.text ?? '';
}

/** Empty text is no value. */
function plain(value: string | undefined): CellValue {
  return value === undefined || value === '' ? null : value;
}
