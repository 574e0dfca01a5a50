/**
 * What Excel does with a value written to `values` or `formulas`: it reads it as typed text.
 * Modelled (invariant, en-US culture — French Excel would read even more as numbers: « 1,5 »):
 * - a leading apostrophe marks text (consumed, remembered as the cell's prefix);
 * - in a text-formatted cell (`@`) a string is text as it is;
 * - `=…` is a formula; `+…`, `-…` are a number when numeric, else a formula; `@…` a formula;
 * - numbers (`12`, `-1.5e3`, `50%`), ISO dates (`2024-03-15`), TRUE/FALSE and error codes
 *   (`#N/A`…) become numbers, date serials, booleans and errors;
 * - "" empties the cell; null leaves it unchanged (Office.js).
 */
import type { CellState, Constant } from './state';

export type Parsed = { kind: 'skip' } | { kind: 'empty' } | { kind: 'formula'; formula: string } | { kind: 'constant'; value: Constant; quotePrefix?: boolean; error?: boolean; format?: string };

const errors = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!']);
const numeric = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?%?$/;

function isoSerial(text: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (new Date(time).toISOString().slice(0, 10) !== text) return undefined;
  return Math.round((time - Date.UTC(1899, 11, 30)) / 86_400_000);
}

export function parseInput(raw: unknown, numberFormat: string): Parsed {
  if (raw === null || raw === undefined) return { kind: 'skip' };
  if (typeof raw === 'number') return Number.isFinite(raw) ? { kind: 'constant', value: raw } : { kind: 'constant', value: '#NUM!', error: true };
  if (typeof raw === 'boolean') return { kind: 'constant', value: raw };
  if (typeof raw !== 'string') return { kind: 'constant', value: String(raw) };
  if (raw === '') return { kind: 'empty' };
  if (raw.startsWith("'")) return raw.length === 1 ? { kind: 'empty' } : { kind: 'constant', value: raw.slice(1), quotePrefix: true };
  if (numberFormat === '@') return { kind: 'constant', value: raw };
  if (raw.startsWith('=') && raw.length > 1) return { kind: 'formula', formula: raw.slice(1) };
  if (numeric.test(raw)) {
    const percent = raw.endsWith('%');
    const value = Number(percent ? raw.slice(0, -1) : raw);
    return percent ? { kind: 'constant', value: value / 100, format: '0%' } : { kind: 'constant', value };
  }
  if ((raw.startsWith('+') || raw.startsWith('-')) && raw.length > 1) return { kind: 'formula', formula: raw };
  if (raw.startsWith('@') && raw.length > 1) return { kind: 'formula', formula: raw.slice(1) };
  const upper = raw.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return { kind: 'constant', value: upper === 'TRUE' };
  if (errors.has(upper)) return { kind: 'constant', value: upper, error: true };
  const serial = isoSerial(raw);
  if (serial !== undefined) return { kind: 'constant', value: serial, format: 'yyyy-mm-dd' };
  return { kind: 'constant', value: raw };
}

/** Applies a parsed input to a cell, keeping its formats. */
export function applyInput(cell: CellState, parsed: Parsed, currentFormat: string): void {
  if (parsed.kind === 'skip') return;
  delete cell.value;
  delete cell.formula;
  delete cell.quotePrefix;
  delete cell.error;
  if (parsed.kind === 'formula') cell.formula = parsed.formula;
  else if (parsed.kind === 'constant') {
    cell.value = parsed.value;
    if (parsed.quotePrefix) cell.quotePrefix = true;
    if (parsed.error) cell.error = true;
    // Excel formats a General cell it read a date or a percentage into.
    if (parsed.format !== undefined && currentFormat === 'General') cell.numberFormat = parsed.format;
  }
}
