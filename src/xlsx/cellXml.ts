/**
 * One `<c>` element of a worksheet, read as ExcelJS's cell parser reads it (`cell-xform.js`):
 * the `r`, `s` and `t` attributes, the formula (`<f>` text, with `t`, `si` and `ref` of the
 * shared formulas), and the value: the text of `<v>` or of a `<t>` (inline strings), or rich-text
 * runs. What it means is decided by cellModel.ts.
 */
import { readRun } from './richText';
import { refuseMalformed } from './refuse';
import { CLOSE, END, OPEN, TEXT, type XmlReader } from './xml';

export type RawCell = {
  /** `r` as written (« B3 »); undefined when missing or empty. */
  address: string | undefined;
  /** `t`: s, str, inlineStr, b, e, n, d… (undefined: a number). */
  type: string | undefined;
  /** `s`: index into the cell styles. */
  style: string | undefined;
  /** The `<f>` text; undefined when there is none. */
  formula: string | undefined;
  /** `<f t>`: « shared », « array »… */
  shareType: string | undefined;
  /** `<f si>`: the shared formula's index. */
  sharedIndex: string | undefined;
  /** `<f ref>`: set on a shared formula's master (its range). */
  sharedRef: string | undefined;
  /** The text of `<v>` or `<t>`. */
  text: string | undefined;
  /** Rich-text runs of an inline string, each run's plain text. */
  runs: string[] | undefined;
};

const FORMULA = 1;
const VALUE = 2;

/** After OPEN of `<c>`: the cell, up to its end tag. */
export function readCell(reader: XmlReader, part: string): RawCell {
  const cell: RawCell = {
    address: reader.attr('r') || undefined,
    type: reader.attr('t'),
    style: reader.attr('s'),
    formula: undefined,
    shareType: undefined,
    sharedIndex: undefined,
    sharedRef: undefined,
    text: undefined,
    runs: undefined,
  };
  const depth = reader.depth;
  let current = 0;
  for (let token = reader.next(); token !== END && !(token === CLOSE && reader.depth < depth); token = reader.next()) {
    if (token === TEXT) {
      if (current === FORMULA) cell.formula = (cell.formula ?? '') + reader.text;
      // Once there are runs, ExcelJS put later text aside where no reader looks.
      else if (current === VALUE && cell.runs === undefined) cell.text = (cell.text ?? '') + reader.text;
    } else if (token === OPEN) {
      switch (reader.name) {
        case 'f':
          current = FORMULA;
          cell.sharedIndex = reader.attr('si');
          cell.shareType = reader.attr('t');
          cell.sharedRef = reader.attr('ref');
          break;
        case 'v':
        case 't':
          current = VALUE;
          break;
        case 'r':
          // ExcelJS failed on a run after plain text in the same cell (a property set on a string).
          if (cell.text !== undefined) refuseMalformed(part, { problem: 'rich_after_plain', address: cell.address ?? '?' });
          (cell.runs ??= []).push(readRun(reader));
          break;
        case 'is':
          break;
        default:
          // Phonetic runs and extensions carry no cell text.
          reader.skipElement();
      }
    } else if (reader.name === 'f' || reader.name === 'v' || reader.name === 't' || reader.name === 'is') {
      current = 0;
    }
  }
  return cell;
}
