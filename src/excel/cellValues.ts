/**
 * What Office.js gives back for a cell (`values`, `formulas`, `numberFormat`) → a grid value,
 * with the same meaning as the .xlsx reader: empty → null, formulas recorded as text without
 * « = », and a number in a date-formatted cell → an ISO date (ExcelJS's rule for what a date
 * format is). Workbooks use the 1900 date system.
 */
import type { CellValue } from '../workbook/grid';

/**
 * A cell holds a formula when `formulas` gives text starting with « = » that differs from its
 * value. Text that merely starts with « = » (written with its apostrophe) reads the same in
 * `values` and `formulas`; a formula's result never equals its own text.
 */
export function isFormulaCell(value: unknown, formula: unknown): boolean {
  return typeof formula === 'string' && formula.length > 1 && formula.startsWith('=') && formula !== value;
}

/** ExcelJS's test (utils.isDateFmt): a y, m, d, h, s or b outside quotes and brackets. */
export function isDateFormat(format: unknown): boolean {
  if (typeof format !== 'string' || format === '') return false;
  const bare = format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]+/.test(bare);
}

/** Serial day number (1900 system) → `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SS` with a time of day. */
export function serialToIsoDateTime(serial: number): string | null {
  const time = Math.round((serial - 25569) * 86_400_000);
  const date = new Date(Math.round(time / 1000) * 1000);
  if (Number.isNaN(date.getTime())) return null;
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
}

export function gridValue(value: unknown, numberFormat: unknown): CellValue {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    return isDateFormat(numberFormat) ? serialToIsoDateTime(value) : value;
  }
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  return null;
}
