/**
 * `xl/styles.xml`, reduced to the one thing a grid needs: which cell styles (`s="…"`, an index
 * into `<cellXfs>`) display numbers as dates. The number format of style n is the custom
 * `<numFmt>` of its `numFmtId` (backslash escapes removed, as ExcelJS does) or else the built-in
 * one; see numberFormats.ts for what makes a format a date.
 */
import { builtInFormat, isDateFormat } from './numberFormats';
import { CLOSE, END, OPEN, XmlReader } from './xml';

export type DateStyles = {
  /** Whether style n shows numbers as dates. */
  isDate: (styleId: number) => boolean;
  /**
   * False when the part has no cell styles at all: ExcelJS then failed on any cell or row that
   * names a style (as it did when there is no styles part).
   */
  usable: boolean;
};

/** Elements ExcelJS hands to a parser of their own: what is inside one of them is theirs. */
const known = new Set(['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'dxfs', 'numFmt', 'font', 'fill', 'border', 'style', 'cellStyles', 'tableStyles', 'extLst']);

export function readDateStyles(xml: string): DateStyles {
  const reader = new XmlReader(xml);
  const customFormats = new Map<number, string>();
  const formatIds: number[] = [];
  let root: string | undefined;
  for (let token = reader.next(); token !== END; token = reader.next()) {
    if (token === OPEN && reader.depth === 1) root = reader.name;
    if (token !== OPEN || !known.has(reader.name)) continue;
    if (reader.name === 'numFmts') readList(reader, 'numFmt', () => customFormats.set(parseInt(reader.attr('numFmtId') ?? '', 10), (reader.attr('formatCode') ?? '').replace(/[\\](.)/g, '$1')));
    else if (reader.name === 'cellXfs') readList(reader, 'xf', () => formatIds.push(parseInt(reader.attr('numFmtId') ?? '', 10)));
    else reader.skipElement();
  }
  const dates = formatIds.map((id) => (id ? isDateFormat(customFormats.get(id) || builtInFormat(id)) : false));
  return { isDate: (styleId) => dates[styleId] === true, usable: root === 'styleSheet' && dates.length > 0 };
}

/** The items of a list element (`<cellXfs>`): `item` is called on each child named `child`. */
function readList(reader: XmlReader, child: string, item: () => void): void {
  const depth = reader.depth;
  for (let token = reader.next(); token !== END && !(token === CLOSE && reader.depth < depth); token = reader.next()) {
    if (token === OPEN && reader.depth === depth + 1 && reader.name === child) item();
  }
}
