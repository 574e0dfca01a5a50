/**
 * Cell addresses as ExcelJS 4.4 decodes them (`colCache.decodeAddress`), because the lean reader
 * must put every cell where ExcelJS put it: upper-case letters before the first digit make the
 * column, digits the row, « $ » and any other character before the row are skipped, and reading
 * stops at the first other character after both. A column beyond XFD is an error there, and the
 * file was refused: the caller refuses it too.
 */
import { maxColumns } from '../workbook/a1';

export type DecodedAddress = { column: number | undefined; row: number | undefined };

export function decodeAddress(value: string): DecodedAddress {
  let column = 0;
  let row = 0;
  let hasColumn = false;
  let hasRow = false;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (!hasRow && code >= 65 && code <= 90) {
      hasColumn = true;
      column = column * 26 + code - 64;
    } else if (code >= 48 && code <= 57) {
      hasRow = true;
      row = row * 10 + code - 48;
    } else if (hasRow && hasColumn && code !== 36) {
      break;
    }
  }
  return { column: hasColumn ? column : undefined, row: hasRow ? row : undefined };
}

/** 1 → « A », 16384 → « XFD »; undefined outside 1–16384 (ExcelJS throws there). */
export function columnLetters(column: number): string | undefined {
  if (!(column >= 1 && column <= maxColumns)) return undefined;
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** « A » → 1, « XFD » → 16384 (letters already upper-case, at most three). */
export function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + letters.charCodeAt(i) - 64;
  return n;
}
