/**
 * What ExcelJS would expand cell by cell, counted from the XML text before ExcelJS sees it:
 * data validation ranges (`<dataValidation sqref>`), defined names (`<definedName>`), merged
 * cells (`<mergeCell ref>`), and column definitions (`<col min max>`, one object per column).
 * A tiny file can declare `sqref="A1:XFD1048576"`: 17 billion cells.
 *
 * Pure text scanning: no XML parser, so nothing here can be made to expand anything either.
 * Attribute values are decoded (`&#88;` is « X ») exactly as an XML parser would.
 */
import { columnIndex } from '../workbook/a1';

/** Cells in « A1 », « $A$1:$C$10 » or « XFD1048576:A1 » (either corner first); 0 when unreadable. */
export function rangeCellCount(reference: string): number {
  const parts = reference.trim().split(':');
  if (parts.length > 2) return 0;
  const corners = parts.map(parseCorner);
  if (corners.some((c) => c === undefined)) return 0;
  if (corners.some((c) => c === 'huge')) return Number.POSITIVE_INFINITY;
  const [a, b = a] = corners as Array<{ row: number; column: number }>;
  return (Math.abs(a!.row - b!.row) + 1) * (Math.abs(a!.column - b!.column) + 1);
}

/**
 * A corner as ExcelJS reads it. Column letters are counted whatever their case (ExcelJS turns
 * lower-case letters into larger column numbers, never smaller); more than 3 letters, or a row
 * number with more digits than any sheet has, counts as « huge ».
 */
function parseCorner(text: string): { row: number; column: number } | 'huge' | undefined {
  const match = /^\$?([A-Za-z]+)\$?(\d+)$/.exec(text.trim());
  if (!match) return undefined;
  const [, letters, digits] = match;
  if (letters!.length > 3 || digits!.replace(/^0+/, '').length > 9) return 'huge';
  const lowerCaseAware = [...letters!].reduce((n, ch) => n * 26 + (ch.charCodeAt(0) - 64), 0);
  const column = Math.max(columnIndex(letters!)! + 1, lowerCaseAware);
  return { row: Number(digits), column };
}

/** « A1:B2 C3 » (space-separated ranges, as in `sqref`). */
export function sqrefCellCount(sqref: string): number {
  return sqref
    .split(/\s+/)
    .filter((part) => part !== '')
    .reduce((sum, part) => sum + rangeCellCount(part), 0);
}

/** « 'Feuille 1'!$A$1:$B$2,Feuil2!$C$3 » → cells of every range (formulas and constants count 0). */
export function definedNameCellCount(text: string): number {
  return text
    .split(',')
    .map((part) => part.slice(part.lastIndexOf('!') + 1))
    .reduce((sum, ref) => sum + rangeCellCount(ref), 0);
}

/** A Map: a name such as « constructor » must not find anything on Object.prototype. */
const entities: ReadonlyMap<string, string> = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
]);

/** XML character and entity references, as a parser decodes them. */
export function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[A-Za-z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#x')) return safeCodePoint(parseInt(ref.slice(2), 16)) ?? whole;
    if (ref.startsWith('#')) return safeCodePoint(parseInt(ref.slice(1), 10)) ?? whole;
    return entities.get(ref) ?? whole;
  });
}

function safeCodePoint(code: number): string | undefined {
  return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}

/** Start tags named `name`, with or without a namespace prefix; attribute values may hold « > ». */
function startTags(xml: string, name: string): string[] {
  const pattern = new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${name}(?=[\\s/>])((?:[^>"']|"[^"]*"|'[^']*')*)>`, 'g');
  return [...xml.matchAll(pattern)].map((m) => m[1] ?? '');
}

function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attributes);
  return match ? decodeXmlText(match[1] ?? match[2] ?? '') : undefined;
}

export type WorksheetScan = {
  /** Each data validation's `sqref` with its cell count. */
  validations: Array<{ sqref: string; cells: number }>;
  merges: { count: number; cells: number };
  /** Highest column number a `<col>` element declares (1-based; 0 when there is none). */
  maxColumn: number;
  hasDoctype: boolean;
};

/**
 * The worksheet without its `<sheetData>`: validations, merges and columns come after or before
 * it (ECMA-376 §18.3.1.99, CT_Worksheet is a sequence), and a worksheet's rows are most of its
 * text — scanning them three times for tags that cannot be there cost seconds on a million rows.
 */
function outsideSheetData(xml: string): string {
  const start = xml.indexOf('<sheetData');
  const end = xml.lastIndexOf('</sheetData>');
  return start >= 0 && end > start ? xml.slice(0, start) + xml.slice(end) : xml;
}

export function scanWorksheetXml(whole: string): WorksheetScan {
  const xml = outsideSheetData(whole);
  const validations = startTags(xml, 'dataValidation')
    .map((attrs) => attribute(attrs, 'sqref'))
    .filter((sqref): sqref is string => sqref !== undefined)
    .map((sqref) => ({ sqref, cells: sqrefCellCount(sqref) }));
  let count = 0;
  let cells = 0;
  for (const attrs of startTags(xml, 'mergeCell')) {
    const ref = attribute(attrs, 'ref');
    if (ref === undefined) continue;
    count++;
    cells += rangeCellCount(ref);
  }
  let maxColumn = 0;
  for (const attrs of startTags(xml, 'col')) {
    for (const name of ['min', 'max']) {
      const value = attribute(attrs, name);
      if (value === undefined) continue;
      const number = parseInt(value, 10);
      // ExcelJS reads `parseInt`; anything it would read as a number above the limit counts.
      if (!Number.isNaN(number)) maxColumn = Math.max(maxColumn, number);
    }
  }
  return { validations, merges: { count, cells }, maxColumn, hasDoctype: /<!DOCTYPE|<!ENTITY/i.test(whole) };
}

export type WorkbookScan = {
  definedNames: Array<{ name: string; text: string; cells: number }>;
  /** Sheet names with their relationship ids, in workbook order. */
  sheets: Array<{ name: string; relationshipId: string }>;
  hasDoctype: boolean;
};

/** Print areas and titles are read by ExcelJS as page setup, never expanded: they are not counted. */
const notExpanded = new Set(['_xlnm.Print_Area', '_xlnm.Print_Titles']);

export function scanWorkbookXml(xml: string): WorkbookScan {
  const definedNames: WorkbookScan['definedNames'] = [];
  const pattern = /<(?:[A-Za-z_][\w.-]*:)?definedName(?=[\s/>])((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/(?:[A-Za-z_][\w.-]*:)?definedName\s*>/g;
  for (const match of xml.matchAll(pattern)) {
    const name = attribute(match[1] ?? '', 'name') ?? '';
    if (notExpanded.has(name)) continue;
    const text = decodeXmlText((match[2] ?? '').replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1'));
    definedNames.push({ name, text, cells: definedNameCellCount(text) });
  }
  const sheets = startTags(xml, 'sheet').map((attrs) => ({
    name: attribute(attrs, 'name') ?? '',
    relationshipId: attribute(attrs, '[A-Za-z_][\\w.-]*:id') ?? '',
  }));
  return { definedNames, sheets, hasDoctype: /<!DOCTYPE|<!ENTITY/i.test(xml) };
}

/** `xl/_rels/workbook.xml.rels`: relationship id → target (« worksheets/sheet1.xml »). */
export function scanRelationships(xml: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const attrs of startTags(xml, 'Relationship')) {
    const id = attribute(attrs, 'Id');
    const target = attribute(attrs, 'Target');
    if (id !== undefined && target !== undefined) targets.set(id, target);
  }
  return targets;
}
