/**
 * A1 references, 0-based on the code side: `columnLetter(0)` is « A », `a1(0, 0)` is « A1 ».
 * Grids index rows and columns from 0 (`rows[r][c]` is the cell at row r+1, column c+1), so these
 * helpers take grid indices directly.
 */

/** Excel's limits: 1 048 576 rows, 16 384 columns (XFD). */
export const maxRows = 1_048_576;
export const maxColumns = 16_384;

/** 0 → « A », 25 → « Z », 26 → « AA », 16383 → « XFD ». */
export function columnLetter(index: number): string {
  if (!Number.isInteger(index) || index < 0) throw new RangeError(`Column index must be a non-negative integer, got ${index}`);
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** « A » → 0, « xfd » → 16383; undefined when the text is not made of letters A–Z. */
export function columnIndex(letters: string): number | undefined {
  if (!/^[A-Za-z]+$/.test(letters)) return undefined;
  let n = 0;
  for (const char of letters.toUpperCase()) n = n * 26 + (char.charCodeAt(0) - 64);
  return n - 1;
}

/** Grid indices (0-based) → « B3 » for row 2, column 1. */
export function a1(row: number, column: number): string {
  if (!Number.isInteger(row) || row < 0) throw new RangeError(`Row index must be a non-negative integer, got ${row}`);
  return `${columnLetter(column)}${row + 1}`;
}

/** « B3 » or « $B$3 » → { row: 2, column: 1 } (0-based); undefined when it is not an A1 reference. */
export function parseA1(reference: string): { row: number; column: number } | undefined {
  const match = /^\$?([A-Za-z]+)\$?(\d+)$/.exec(reference.trim());
  if (!match) return undefined;
  const column = columnIndex(match[1]!);
  const row = Number(match[2]) - 1;
  if (column === undefined || row < 0) return undefined;
  return { row, column };
}
