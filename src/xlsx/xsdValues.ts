/**
 * The text of a cell's `<v>`, read as ECMA-376 types it (Part 1, §18.3.1.96 `v`, §18.18.11
 * ST_CellType), not as `parseFloat` would:
 *
 * - a number (`t="n"` or no `t`) is an xsd:double. Its lexical form is a decimal with an optional
 *   exponent; « INF », « -INF » and « NaN » are xsd:double too, but no cell can hold them (Excel
 *   writes #NUM! instead), and « 1e309 » overflows to infinity: all are unreadable here, as are
 *   « 0x1F » or « 12abc » (`parseFloat` read the latter as 0 and 12);
 * - a boolean (`t="b"`) is « 0 » or « 1 » (xsd:boolean also allows « false » and « true »);
 * - a date (`t="d"`, §18.17.4.1) is ISO 8601 text: « 2024-03-15 » or « 2024-03-15T14:30:00 »,
 *   with optional fractions of a second and zone. SheetJS writes these with `cellDates`.
 *
 * Leading and trailing white space is allowed (xsd `whiteSpace="collapse"`). `undefined` means
 * the text is not of its type: the reader reports it at its cell, with the raw text.
 */

const xsdSpace = /^[ \t\n\r]+|[ \t\n\r]+$/g;
const collapse = (text: string) => text.replace(xsdSpace, '');

const decimal = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A finite xsd:double, or undefined. */
export function readXsdDouble(text: string): number | undefined {
  const t = collapse(text);
  if (!decimal.test(t)) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

/** xsd:boolean, or undefined. */
export function readXsdBoolean(text: string): boolean | undefined {
  switch (collapse(text)) {
    case '1':
    case 'true':
      return true;
    case '0':
    case 'false':
      return false;
    default:
      return undefined;
  }
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * An ISO 8601 date or date-time → the grid's date text (`YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SS`
 * when there is a time of day). Excel has no time zones: the wall-clock time is kept as
 * written, whatever zone follows it. Impossible dates (2023-02-30, month 13) are undefined.
 */
export function readIsoDate(text: string): string | undefined {
  const match = isoDate.exec(collapse(text));
  if (match === null) return undefined;
  const [, y, mo, d, h = '00', mi = '00', s = '00'] = match;
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number) as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return undefined;
  // Day 0 of the next month is the month's last day.
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  const date = `${y}-${mo}-${d}`;
  return hour === 0 && minute === 0 && second === 0 ? date : `${date}T${h}:${mi}:${s}`;
}
