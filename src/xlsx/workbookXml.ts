/**
 * `xl/workbook.xml`: the sheets in workbook order (name, `sheetId`, relationship id; the state is
 * not needed: hidden and very hidden sheets are read like the others) and the date system
 * (`<workbookPr date1904="1">`: serial numbers count from 1904-01-01 instead of 1900-01-00).
 *
 * As in ExcelJS: `<sheet>` elements count inside `<sheets>` only (a later `<sheets>` replaces an
 * earlier one), `date1904` is on only when it is exactly « 1 », and the root must be `<workbook>`.
 */
import { xmlDecodeAgain } from './decodeAgain';
import { refuseMalformed } from './refuse';
import { END, OPEN, XmlReader } from './xml';

export type WorkbookSheet = {
  /** The `name` attribute as ExcelJS read it (decoded twice: see decodeAgain.ts). */
  name: string;
  /** `parseInt(sheetId)`: NaN when missing or unreadable. */
  id: number;
  relationshipId: string | undefined;
};

export type WorkbookXml = { sheets: WorkbookSheet[]; date1904: boolean };

/** Elements ExcelJS hands to a parser of their own: what is inside one of them is theirs. */
const known = new Set(['fileVersion', 'workbookPr', 'bookViews', 'sheets', 'definedNames', 'calcPr']);

export function readWorkbookXml(xml: string): WorkbookXml {
  const reader = new XmlReader(xml);
  let sheets: WorkbookSheet[] = [];
  let date1904 = false;
  let root: string | undefined;
  for (let token = reader.next(); token !== END; token = reader.next()) {
    if (token !== OPEN) continue;
    if (reader.depth === 1) root = reader.name;
    if (!known.has(reader.name)) continue;
    if (reader.name === 'workbookPr') {
      date1904 = reader.attr('date1904') === '1';
      reader.skipElement();
    } else if (reader.name === 'sheets') {
      sheets = readSheets(reader);
    } else {
      reader.skipElement();
    }
  }
  if (root !== 'workbook') refuseMalformed('xl/workbook.xml', { problem: 'root_unexpected', element: (root ?? '').slice(0, 200), expected: 'workbook' });
  return { sheets, date1904 };
}

function readSheets(reader: XmlReader): WorkbookSheet[] {
  const sheets: WorkbookSheet[] = [];
  const depth = reader.depth;
  for (let token = reader.next(); token !== END && reader.depth >= depth; token = reader.next()) {
    if (token !== OPEN || reader.name !== 'sheet') continue;
    const name = reader.attr('name');
    // ExcelJS decoded the name of every <sheet>, and failed on one without a name.
    if (name === undefined) refuseMalformed('xl/workbook.xml', { problem: 'sheet_without_name' });
    sheets.push({ name: xmlDecodeAgain(name), id: parseInt(reader.attr('sheetId') ?? '', 10), relationshipId: reader.attr('r:id') });
  }
  return sheets;
}
