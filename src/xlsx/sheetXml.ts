/**
 * A worksheet part, read in one pass: the cells of `<sheetData>` row by row, the merged ranges of
 * `<mergeCells>` and the `<hyperlinks>` (which can change what a cell reads as). Everything else
 * (columns, validations, formatting, extensions…) is skipped unread.
 *
 * A row's number is its `r`; a row without one was refused by ExcelJS, and is here. The rows are
 * kept as written: sheetGrid.ts places them and their cells, once the hyperlinks are known.
 *
 * Bounded by the reach it is given, not by the file: a row past `reach.rows` (or once `reach.rows`
 * rows are kept) and a cell past `reach.columns` (or once a row keeps `reach.columns` cells) are
 * skipped without building anything, and only counted. A sheet with one cell at XFD1048576 costs
 * one skipped cell, not a grid padded to its far corner. Past Excel's own limits, a cell holding
 * anything is still refused: no spreadsheet wrote it.
 */
import { maxColumns, maxRows } from '../workbook/a1';
import type { GridReach } from '../workbook/grid';
import { decodeAddress } from './cellAddress';
import { cellModel, type CellContext, type SheetCell } from './cellModel';
import { readCell } from './cellXml';
import { refuseMalformed, refuseSheetBounds } from './refuse';
import { CLOSE, END, OPEN, XmlReader } from './xml';

export type ParsedSheet = {
  /** The rows in document order (numbers as written), their cells not yet placed. */
  rows: Array<{ number: number; cells: SheetCell[] }>;
  /** `<mergeCell ref>`, in order. */
  merges: string[];
  /** `<hyperlink ref r:id>` with a relationship id (links without one never changed a cell). */
  hyperlinks: Array<{ ref: string | undefined; relationshipId: string }>;
  /** Cells holding something that were skipped past the reach, and the first one's address. */
  beyond: { cells: number; first: string | undefined };
};

/** Elements ExcelJS hands to a parser of their own: what is inside one of them is theirs. */
const known = new Set([
  'sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'autoFilter', 'mergeCells', 'rowBreaks', 'hyperlinks', 'pageMargins',
  'dataValidations', 'pageSetup', 'headerFooter', 'printOptions', 'picture', 'drawing', 'sheetProtection', 'tableParts', 'conditionalFormatting', 'extLst',
]);

export type SheetContext = Omit<CellContext, 'masters'> & { reach: Pick<GridReach, 'rows' | 'columns'>; sheet: string };

type DataContext = CellContext & SheetContext & { beyond: ParsedSheet['beyond'] };

export function readSheetXml(xml: string, context: SheetContext): ParsedSheet {
  const reader = new XmlReader(xml);
  const sheet: ParsedSheet = { rows: [], merges: [], hyperlinks: [], beyond: { cells: 0, first: undefined } };
  for (let token = reader.next(); token !== END; token = reader.next()) {
    if (token !== OPEN || !known.has(reader.name)) continue;
    switch (reader.name) {
      case 'sheetData':
        // A second <sheetData> replaced the first one (and its shared formulas) in ExcelJS.
        sheet.beyond = { cells: 0, first: undefined };
        sheet.rows = readSheetData(reader, { ...context, masters: new Map(), beyond: sheet.beyond });
        break;
      case 'mergeCells':
        sheet.merges = [];
        eachChild(reader, 'mergeCell', () => {
          const ref = reader.attr('ref');
          if (ref === undefined) refuseMalformed(context.part, { problem: 'merge_without_ref' });
          sheet.merges.push(ref);
        });
        break;
      case 'hyperlinks':
        sheet.hyperlinks = [];
        eachChild(reader, 'hyperlink', () => {
          const relationshipId = reader.attr('r:id');
          if (relationshipId) sheet.hyperlinks.push({ ref: reader.attr('ref'), relationshipId });
        });
        break;
      default:
        reader.skipElement();
    }
  }
  return sheet;
}

function readSheetData(reader: XmlReader, context: DataContext): ParsedSheet['rows'] {
  const rows: ParsedSheet['rows'] = [];
  eachChild(reader, 'row', () => {
    const number = parseInt(reader.attr('r') ?? '', 10);
    if (Number.isNaN(number)) refuseMalformed(context.part, { problem: 'row_without_number' });
    // A row style was looked up in the cell styles: ExcelJS failed when there were none.
    const style = reader.attr('s');
    if (style && parseInt(style, 10) && !context.dateStyles?.usable) refuseMalformed(context.part, { problem: 'row_style_without_styles', row: number, style: style.slice(0, 200) });
    // With the whole sheet as reach (comparing with ExcelJS), rows past Excel's limit are read and
    // refused as before, by sheetGrid.ts.
    if ((number > context.reach.rows && context.reach.rows < maxRows) || rows.length >= context.reach.rows) {
      // Rows come in ascending order (ECMA-376 §18.3.1.73): the rest of <sheetData> is past the
      // reach too, and is only scanned. A row out of order there is counted as past the reach.
      skipRestOfSheetData(reader, number, context);
      return 'done';
    }
    rows.push({ number, cells: readRow(reader, number, context) });
    return undefined;
  });
  return rows;
}

/**
 * After OPEN of `<row>`: its cells in document order, up to its end tag (placed by sheetGrid.ts).
 * A cell whose `r` lies past the reach, or past the row's share of cells, is only counted.
 */
function readRow(reader: XmlReader, number: number, context: DataContext): SheetCell[] {
  const cells: SheetCell[] = [];
  eachChild(reader, 'c', () => {
    const address = reader.attr('r') || undefined;
    const column = address === undefined ? undefined : decodeAddress(address).column;
    if ((column !== undefined && column > context.reach.columns) || cells.length >= context.reach.columns) {
      const filled = skipCell(reader);
      if (filled && column !== undefined && column > maxColumns) refuseSheetBounds(context.sheet);
      if (filled) countBeyond(context, address ?? `${number}`);
      return;
    }
    cells.push(cellModel(readCell(reader, context.part), context));
  });
  return cells;
}

const rowStart = /<row\b([^>]*)>/g;
const rowNumber = /\br\s*=\s*["'](\d+)["']/;
const firstFilledCell = /<c\b([^>]*[^/>])?>\s*<(?:\w+:)?(?:v|f|is)\b/;
const cellAddress = /\br\s*=\s*["']([^"']*)["']/;

/**
 * After OPEN of the first `<row>` past the reach: the rest of `<sheetData>`, scanned rather than
 * parsed (a million rows cost a few scans of the text): its cells holding something are counted
 * (each closed `</c>`), the first one's address kept; a row past Excel's last row, refused.
 */
function skipRestOfSheetData(reader: XmlReader, number: number, context: DataContext): void {
  const rest = reader.skipRawToParentEnd('sheetData');
  let filled = 0;
  for (let at = rest.indexOf('</c>'); at >= 0; at = rest.indexOf('</c>', at + 4)) filled++;
  if (filled === 0) return;
  // The first row's start tag is already read: its number is `number`.
  const firstEnd = rest.indexOf('</row>');
  if (number > maxRows && rest.slice(0, firstEnd < 0 ? rest.length : firstEnd).includes('</c>')) refuseSheetBounds(context.sheet);
  for (const match of rest.matchAll(rowStart)) {
    const attributes = match[1]!;
    if (attributes.endsWith('/')) continue;
    if (Number(rowNumber.exec(attributes)?.[1] ?? 0) > maxRows) refuseSheetBounds(context.sheet);
  }
  context.beyond.cells += filled;
  context.beyond.first ??= (cellAddress.exec(firstFilledCell.exec(rest)?.[1] ?? '')?.[1] ?? `${number}`).slice(0, 20);
}

/** After OPEN of `<c>`: whether it holds a value, a formula or an inline string, up to its end tag. */
function skipCell(reader: XmlReader): boolean {
  let filled = false;
  const depth = reader.depth;
  for (let token = reader.next(); token !== END && !(token === CLOSE && reader.depth < depth); token = reader.next()) {
    if (token === OPEN && (reader.name === 'v' || reader.name === 'f' || reader.name === 'is')) filled = true;
  }
  return filled;
}

function countBeyond(context: DataContext, address: string): void {
  context.beyond.cells++;
  context.beyond.first ??= address.slice(0, 20);
}

/**
 * After OPEN of an element, up to its end tag: `item` at the OPEN of each direct child named
 * `child` (it may read that child to its end tag, or only its attributes); any other element is
 * skipped whole. `item` returning 'done' has consumed the rest of the parent: the walk ends.
 */
function eachChild(reader: XmlReader, child: string, item: () => 'done' | undefined | void): void {
  const depth = reader.depth;
  for (let token = reader.next(); token !== END && !(token === CLOSE && reader.depth < depth); token = reader.next()) {
    if (token !== OPEN) continue;
    if (reader.depth !== depth + 1 || reader.name !== child) reader.skipElement();
    else if (item() === 'done') return;
  }
}
