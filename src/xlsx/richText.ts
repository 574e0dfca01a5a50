/**
 * The text of `<t>` elements and rich-text runs (`<r><rPr>…</rPr><t>…</t></r>`), shared by the
 * shared strings and inline strings. As in ExcelJS, the `_xHHHH_` escapes Excel writes for
 * control characters are decoded in these `<t>`, and a run's text is its last `<t>`; formatting
 * (`<rPr>`) is dropped: grids hold plain text.
 */
import { CLOSE, END, OPEN, TEXT, type XmlReader } from './xml';

/** After OPEN of `<t>`: its text, up to its end tag. */
export function readT(reader: XmlReader): string {
  const depth = reader.depth;
  let text = '';
  for (let token = reader.next(); token !== END && !(token === CLOSE && reader.depth < depth); token = reader.next()) {
    if (token === TEXT) text += reader.text;
  }
  return unescapeControls(text);
}

/** After OPEN of `<r>`: the run's text ('' when it has no `<t>`), up to its end tag. */
export function readRun(reader: XmlReader): string {
  const depth = reader.depth;
  let text = '';
  for (let token = reader.next(); token !== END && !(token === CLOSE && reader.depth < depth); token = reader.next()) {
    if (token !== OPEN) continue;
    if (reader.name === 't') text = readT(reader);
    else if (reader.name === 'rPr') reader.skipElement();
  }
  return text;
}

/** `_x000D_` → « \r »: upper-case hexadecimal only, as ExcelJS reads it. */
function unescapeControls(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-F]{4})_/g, (_whole, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}
