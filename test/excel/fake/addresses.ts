/** A1 addresses as Office.js accepts them: « B3 », « A1:F20 », « $A$1 », « A:C », « 5:7 », « 'Feuille'!A1 ». */
import { columnIndex, columnLetter, maxColumns, maxRows } from '../../../src/workbook/a1';
import { fail } from './errors';

/** 0-based, inclusive. */
export type Rect = { top: number; left: number; bottom: number; right: number };

export const wholeSheet: Rect = { top: 0, left: 0, bottom: maxRows - 1, right: maxColumns - 1 };

/** Splits « 'Feuille 1'!A1:B2 » into sheet and address. */
export function splitSheet(address: string): { sheet?: string; local: string } {
  const match = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(address);
  if (!match) return { local: address };
  return { sheet: (match[1] ?? match[2] ?? '').replace(/''/g, "'"), local: match[3] as string };
}

function corner(text: string): { row?: number; column?: number } | undefined {
  const match = /^\$?([A-Za-z]*)\$?(\d*)$/.exec(text);
  if (!match || (match[1] === '' && match[2] === '')) return undefined;
  const column = match[1] !== '' ? columnIndex(match[1] as string) : undefined;
  const row = match[2] !== '' ? Number(match[2]) - 1 : undefined;
  if ((match[1] !== '' && column === undefined) || (row !== undefined && row < 0)) return undefined;
  return { ...(row !== undefined ? { row } : {}), ...(column !== undefined ? { column } : {}) };
}

export function parseRect(address: string): Rect {
  const [first, second = first] = address.split(':');
  const a = corner(first ?? '');
  const b = corner(second ?? '');
  if (a === undefined || b === undefined) return fail('InvalidArgument', `Adresse invalide : « ${address} »`);
  const rows = a.row !== undefined;
  const columns = a.column !== undefined;
  if (rows !== (b.row !== undefined) || columns !== (b.column !== undefined)) return fail('InvalidArgument', `Adresse invalide : « ${address} »`);
  const [top, bottom] = rows ? [Math.min(a.row!, b.row!), Math.max(a.row!, b.row!)] : [0, maxRows - 1];
  const [left, right] = columns ? [Math.min(a.column!, b.column!), Math.max(a.column!, b.column!)] : [0, maxColumns - 1];
  const rect: Rect = { top, left, bottom, right };
  if (rect.bottom >= maxRows || rect.right >= maxColumns) return fail('InvalidArgument', `Adresse invalide : « ${address} »`);
  return rect;
}

export function rectAddress(rect: Rect): string {
  const start = `${columnLetter(rect.left)}${rect.top + 1}`;
  return rect.top === rect.bottom && rect.left === rect.right ? start : `${start}:${columnLetter(rect.right)}${rect.bottom + 1}`;
}

export const rectRows = (rect: Rect) => rect.bottom - rect.top + 1;
export const rectColumns = (rect: Rect) => rect.right - rect.left + 1;
export const rectCells = (rect: Rect) => rectRows(rect) * rectColumns(rect);

export function overlaps(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right;
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
