/**
 * The formula text of a shared-formula dependant (`<f t="shared" si="0"/>`): its master's formula
 * slid by the offset between the two cells, exactly as ExcelJS 4.4 does it (`slideFormula`), so
 * that grids keep the text they had. Its rules, kept as they are: every run of letters, digits,
 * « _ » and « $ » that looks like A1 (`$` pins) is moved unless a « ( » follows (a function);
 * columns past XFD read as names; the text inside quotes is not told apart. Formulas are text
 * here: nothing is ever evaluated.
 */
import { columnLetters, columnNumber, decodeAddress } from './cellAddress';

const candidate = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const reference = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

/** `from` and `to` are the master's and the dependant's addresses (« A3 », « A4 »). */
export function slideFormula(formula: string, from: string, to: string): string {
  const offset = decodeAddress(from);
  const target = decodeAddress(to);
  const columns = (target.column ?? Number.NaN) - (offset.column ?? Number.NaN);
  const rows = (target.row ?? Number.NaN) - (offset.row ?? Number.NaN);
  return formula.replace(candidate, (match: string, sheet: string | undefined, _name: string | undefined, part: string, paren: string | undefined) => {
    if (paren) return match;
    const found = reference.exec(part);
    if (!found) return match;
    const [, columnPin, lettersRaw, rowPin, digits] = found as unknown as [string, string | undefined, string, string | undefined, string];
    const letters = lettersRaw.toUpperCase();
    if (letters.length > 3 || (letters.length === 3 && letters > 'XFD')) return match;
    const column = columnNumber(letters) + (columnPin ? 0 : columns);
    const row = parseInt(digits, 10) + (rowPin ? 0 : rows);
    // ExcelJS throws when a column slides out of A–XFD; the reference is left as it is instead.
    const slid = columnLetters(column);
    if (slid === undefined) return match;
    return `${sheet ?? ''}${columnPin ?? ''}${slid}${rowPin ?? ''}${row}`;
  });
}
