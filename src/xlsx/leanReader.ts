/**
 * The lean reader: the XML parts the guards already inflated → one `Grid` per worksheet, without
 * building a spreadsheet object model. It gives the grids the ExcelJS-based reader gave (see
 * test/xlsx/leanReader.test.ts, which reads the same files with both), and refuses the files that
 * reader refused for a reason that touches what it reads.
 *
 * Which worksheets, in which order, under which names — ExcelJS's way:
 * - a `<sheet>` of the workbook leads, through its relationship (`worksheets/sheet1.xml`, or
 *   `/xl/worksheets/sheet1.xml`), to a part whose name matches `xl/worksheets/sheet<n>.xml`;
 *   chart sheets and parts named otherwise are not worksheets;
 * - sheets are keyed by their `sheetId` (a later one with the same id replaces the earlier; an id
 *   below 1 or unreadable drops the sheet), ordered by the first `<sheet>` with that id;
 * - hidden and very hidden sheets are read like the others.
 *
 * Bounded by the reach (rows, columns, sheets) the caller gives: only the first `reach.sheets`
 * worksheets in workbook order are read (the others come back named and empty, marked
 * `beyond: { kind: 'sheet' }`), and within a sheet only `reach.rows` × `reach.columns`.
 */
import type { Grid, GridReach } from '../workbook/grid';
import { readRelationships } from './relationships';
import { refuseMalformed, withinPart } from './refuse';
import type { XlsxParts } from './scanEntries';
import { readSharedStrings } from './sharedStrings';
import { loadSheet, sheetGrid, unreadSheet, type LoadedSheet } from './sheetGrid';
import { excelJsSheetName } from './sheetNames';
import { readSheetXml } from './sheetXml';
import { readDateStyles } from './styles';
import { readWorkbookXml, type WorkbookSheet } from './workbookXml';

const worksheetPattern = /xl\/worksheets\/sheet(\d+)[.]xml/;
const worksheetRelsPattern = /xl\/worksheets\/_rels\/sheet(\d+)[.]xml.rels/;
/** The highest index of a JavaScript array, where ExcelJS kept its worksheets. */
const maxArrayIndex = 2 ** 32 - 2;

export function leanGrids(parts: XlsxParts, reach: GridReach): Grid[] {
  const read = <T>(part: string, parse: (xml: string) => T): T | undefined => {
    const xml = parts.get(part);
    return xml === undefined ? undefined : withinPart(part, () => parse(xml));
  };
  const workbook = read('xl/workbook.xml', readWorkbookXml) ?? { sheets: [], date1904: false };
  const relationships = read('xl/_rels/workbook.xml.rels', (xml) => readRelationships(xml, 'xl/_rels/workbook.xml.rels')) ?? new Map<string, string | undefined>();
  const sharedStrings = read('xl/sharedStrings.xml', readSharedStrings);
  const dateStyles = read('xl/styles.xml', readDateStyles);

  const relsPart = new Map<string, string>();
  for (const part of parts.keys()) {
    const match = worksheetRelsPattern.exec(part);
    if (match) relsPart.set(match[1]!, part);
  }
  const load = (name: string, part: string, sheetNo: string): LoadedSheet => {
    const parsed = withinPart(part, () => readSheetXml(parts.get(part)!, { part, sharedStrings, dateStyles, date1904: workbook.date1904, reach, sheet: name }));
    const rels = parsed.hyperlinks.length === 0 ? undefined : relsPart.get(sheetNo);
    const sheetRels = rels === undefined ? undefined : withinPart(rels, () => readRelationships(parts.get(rels)!, rels));
    return loadSheet(name, part, parsed, sheetRels);
  };
  // Every worksheet part is loaded, as ExcelJS did: one it then left out could still be refused.
  return placeSheets(parts, workbook.sheets, relationships, load, reach.sheets).map((sheet) => sheetGrid(sheet, reach));
}

function placeSheets(
  parts: XlsxParts,
  sheets: readonly WorkbookSheet[],
  relationships: ReadonlyMap<string, string | undefined>,
  load: (name: string, part: string, sheetNo: string) => LoadedSheet,
  maxSheets: number,
): LoadedSheet[] {
  // Which <sheet> each worksheet part belongs to (the last one naming it).
  const owner = new Map<string, WorkbookSheet>();
  for (const sheet of sheets) {
    if (!relationships.has(String(sheet.relationshipId))) continue;
    const target = relationships.get(String(sheet.relationshipId));
    // ExcelJS failed on a sheet's relationship without a target.
    if (target === undefined) refuseMalformed('xl/_rels/workbook.xml.rels', { problem: 'relationship_without_target', relationship: String(sheet.relationshipId).slice(0, 40) });
    owner.set(`xl/${target.replace(/^(\s|\/xl\/)+/, '')}`, sheet);
  }
  // The worksheets read: the first `maxSheets` in workbook order (parts no sheet names last).
  const worksheetParts = [...parts.keys()].filter((part) => worksheetPattern.test(part));
  const rank = (part: string) => {
    const sheet = owner.get(part);
    return sheet === undefined ? sheets.length : sheets.indexOf(sheet);
  };
  const read = new Set([...worksheetParts].sort((a, b) => rank(a) - rank(b)).slice(0, maxSheets));
  // Worksheet parts in zip order, each in the slot of its sheetId (a part no sheet names has none,
  // and was named « sheetundefined »).
  const slots = new Map<number, { id: number; loaded: LoadedSheet }>();
  for (const part of worksheetParts) {
    const match = worksheetPattern.exec(part)!;
    const sheet = owner.get(part);
    // Checked against the sheets already in place, the one this may replace included.
    const name = excelJsSheetName(sheet?.name ?? 'sheetundefined', [...slots.values()].map((slot) => slot.loaded.name));
    const loaded = read.has(part) ? load(name, part, match[1]!) : unreadSheet(name);
    if (sheet !== undefined && Number.isInteger(sheet.id) && sheet.id >= 0 && sheet.id <= maxArrayIndex) slots.set(sheet.id, { id: sheet.id, loaded });
  }
  const order = (id: number) => sheets.findIndex((sheet) => sheet.id === id);
  return [...slots.values()]
    .filter((slot) => slot.id >= 1)
    .sort((a, b) => order(a.id) - order(b.id) || a.id - b.id)
    .map((slot) => slot.loaded);
}
