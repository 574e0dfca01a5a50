/**
 * What is sent to Excel for a cell of a spec.
 *
 * Excel reads what is written to `values` or `formulas` as if the user had typed it: text starting
 * with `=`, `+`, `-` or `@` becomes a formula, and, in the user's locale, « 12 », « 1,5 »,
 * « 2024-03-15 », « VRAI » or « 50 % » become numbers, dates or booleans. A spec's string is text,
 * always (a commune's answer « =HYPERLINK(…) » must never run), so every non-empty string is sent
 * with a leading apostrophe:
 * - the apostrophe is Excel's own « this is text » marker (the cell's prefix character): it is not
 *   part of the value, which reads back without it, and a string that itself starts with an
 *   apostrophe keeps it (only the first one is consumed);
 * - it leaves the cell's number format alone. The other way, the text format `@`, would replace the
 *   spec's number format, read back differently from the .xlsx adapter, and turn anything typed in
 *   the cell later into text.
 * Only `formula` fields are sent as formulas.
 */
import type { CellSpec } from '../workbook/spec';

export type CellInput = string | number | boolean;

export function cellInput(cell: CellSpec | undefined): CellInput {
  if (cell === undefined) return '';
  if (cell.formula !== undefined) return `=${cell.formula}`;
  return literalInput(cell.value);
}

export function literalInput(value: string | number | boolean | null | undefined): CellInput {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string') return `'${value}`;
  if (typeof value === 'number' && !Number.isFinite(value)) return '';
  return value;
}
