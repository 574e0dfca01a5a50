/**
 * `xl/sharedStrings.xml`: the table cells of type `s` point into. Each `<si>` is plain text
 * (`<t>`) or rich text (`<r>` runs, joined: grids hold plain text); phonetic runs (`<rPh>`, the
 * Japanese reading guides) are not part of the text. An `<si>` with neither reads as empty.
 *
 * ExcelJS refused some tables outright (anything but `<si>` in `<sst>`, a run after plain text in
 * one `<si>`); the same tables are refused here so that a file is read, or not, as before.
 */
import { readRun, readT } from './richText';
import { refuseMalformed } from './refuse';
import { CLOSE, END, OPEN, XmlReader } from './xml';

export function readSharedStrings(xml: string): string[] {
  const reader = new XmlReader(xml);
  const strings: string[] = [];
  for (let token = reader.next(); token !== END; token = reader.next()) {
    if (token !== OPEN) continue;
    if (reader.depth === 1 && reader.name === 'sst') continue;
    if (reader.name !== 'si') refuseMalformed('xl/sharedStrings.xml', { problem: 'element_unexpected', element: reader.name.slice(0, 200) });
    strings.push(readItem(reader));
  }
  return strings;
}

/** After OPEN of `<si>`: its text. A later `<t>` replaces what came before, as in ExcelJS. */
function readItem(reader: XmlReader): string {
  const depth = reader.depth;
  let text = '';
  let plain = false;
  for (let token = reader.next(); token !== END && !(token === CLOSE && reader.depth < depth); token = reader.next()) {
    if (token !== OPEN) continue;
    if (reader.name === 't') {
      text = readT(reader);
      plain = true;
    } else if (reader.name === 'r') {
      if (plain) refuseMalformed('xl/sharedStrings.xml', { problem: 'shared_rich_after_plain' });
      text += readRun(reader);
    } else if (reader.name === 'rPh') {
      reader.skipElement();
    }
  }
  return text;
}
