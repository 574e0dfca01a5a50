/**
 * A fingerprint of what the add-in wrote in a sheet, to tell later whether someone changed it.
 *
 * It covers the content only: constants (value and type) and formulas (their text, normalised the
 * way Excel may rewrite it: case, spaces, `_xlfn.` prefixes, the implicit-intersection `@`), never
 * a formula's result (Excel recalculates) nor formats. Computed once from the spec when writing,
 * and again from the sheet's `values` and `formulas` before replacing it.
 */
import type { SheetSpec } from '../workbook/spec';
import { isFormulaCell } from './cellValues';
import { writtenCells } from './sheetCells';

type Entry = string;

/**
 * Two 32-bit hashes (FNV-1a and sdbm, written with shifts: Math.imul is very slow in some
 * JavaScript sandboxes) over the entries joined by a separator: 16 hex digits. Not a security
 * measure — it tells « changed » from « as written ».
 */
function hash(entries: readonly Entry[]): string {
  const text = entries.join('\u001f');
  let a = 0x811c9dc5;
  let b = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a ^= code;
    a = (a + (a << 1) + (a << 4) + (a << 7) + (a << 8) + (a << 24)) | 0;
    b = (code + (b << 6) + (b << 16) - b) | 0;
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

export function normaliseFormula(formula: string): string {
  let out = '';
  let inString = false;
  for (const char of formula.replace(/^=/, '')) {
    if (char === '"') inString = !inString;
    if (inString || char === '"') out += char;
    else if (char !== ' ' && char !== '@') out += char.toUpperCase();
  }
  return out.replace(/_XLFN\./g, '');
}

function entry(row: number, column: number, value: string | number | boolean): Entry {
  const kind = typeof value === 'string' ? 's' : typeof value === 'number' ? 'n' : 'b';
  return `${row},${column},${kind}:${String(value)}`;
}

function formulaEntry(row: number, column: number, formula: string): Entry {
  return `${row},${column},f:${normaliseFormula(formula)}`;
}

/** Fingerprint of a spec sheet as the add-in writes it (cells and table cells). */
export function specFingerprint(sheet: SheetSpec): string {
  const entries: Entry[] = [];
  for (const { row, column, cell } of writtenCells(sheet)) {
    if (cell.formula !== undefined) entries.push(formulaEntry(row, column, cell.formula));
    else if (cell.value !== undefined && cell.value !== null && cell.value !== '') entries.push(entry(row, column, cell.value));
  }
  return hash(entries);
}

/**
 * Fingerprint of cells read from Excel, in row-major order. `top`/`left` place the block in the
 * sheet (0-based); blocks must come in row order and cover whole rows of the used range.
 */
export class ContentFingerprint {
  private readonly entries: Entry[] = [];
  add(top: number, left: number, values: unknown[][], formulas: unknown[][]): void {
    values.forEach((row, r) =>
      row.forEach((value, c) => {
        const formula = formulas[r]?.[c];
        if (isFormulaCell(value, formula)) this.entries.push(formulaEntry(top + r, left + c, formula as string));
        else if (value !== '' && value !== null && (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')) {
          this.entries.push(entry(top + r, left + c, value));
        }
      }),
    );
  }
  value(): string {
    return hash(this.entries);
  }
}
