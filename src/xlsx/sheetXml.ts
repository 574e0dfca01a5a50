/**
 * A worksheet part, read in one pass: the cells of `<sheetData>` row by row, the merged ranges of
 * `<mergeCells>` and the `<hyperlinks>` (which can change what a cell reads as). Everything else
 * (columns, validations, formatting, extensions…) is skipped unread.
 *
 * A row's number is its `r`; a row without one was refused by ExcelJS, and is here. The rows are
 * kept as written: sheetGrid.ts places them and their cells, once the hyperlinks are known.
 */
import { cellModel, type CellContext, type SheetCell } from './cellModel';
import { readCell } from './cellXml';
import { refuseUnreadable } from './refuse';
import { CLOSE, END, OPEN, XmlReader } from './xml';

export type ParsedSheet = {
  /** The rows in document order (numbers as written), their cells not yet placed. */
  rows: Array<{ number: number; cells: SheetCell[] }>;
  /** `<mergeCell ref>`, in order. */
  merges: string[];
  /** `<hyperlink ref r:id>` with a relationship id (links without one never changed a cell). */
  hyperlinks: Array<{ ref: string | undefined; relationshipId: string }>;
};

/** Elements ExcelJS hands to a parser of their own: what is inside one of them is theirs. */
const known = new Set([
  'sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'autoFilter', 'mergeCells', 'rowBreaks', 'hyperlinks', 'pageMargins',
  'dataValidations', 'pageSetup', 'headerFooter', 'printOptions', 'picture', 'drawing', 'sheetProtection', 'tableParts', 'conditionalFormatting', 'extLst',
]);

export type SheetContext = Omit<CellContext, 'masters'>;

export function readSheetXml(xml: string, context: SheetContext): ParsedSheet {
  const reader = new XmlReader(xml);
  const sheet: ParsedSheet = { rows: [], merges: [], hyperlinks: [] };
  for (let token = reader.next(); token !== END; token = reader.next()) {
    if (token !== OPEN || !known.has(reader.name)) continue;
    switch (reader.name) {
      case 'sheetData':
        // A second <sheetData> replaced the first one (and its shared formulas) in ExcelJS.
        sheet.rows = readSheetData(reader, { ...context, masters: new Map() });
        break;
      case 'mergeCells':
        sheet.merges = [];
        eachChild(reader, 'mergeCell', () => {
          const ref = reader.attr('ref');
          if (ref === undefined) refuseUnreadable(`${context.part} : fusion sans référence`);
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

function readSheetData(reader: XmlReader, context: CellContext): ParsedSheet['rows'] {
  const rows: ParsedSheet['rows'] = [];
  const depth = reader.depth;
  for (let token = reader.next(); token !== END && !(token === CLOSE && reader.depth < depth); token = reader.next()) {
    if (token !== OPEN) continue;
    if (reader.name !== 'row') {
      reader.skipElement();
      continue;
    }
    const number = parseInt(reader.attr('r') ?? '', 10);
    if (Number.isNaN(number)) refuseUnreadable(`${context.part} : ligne sans numéro`);
    // A row style was looked up in the cell styles: ExcelJS failed when there were none.
    const style = reader.attr('s');
    if (style && parseInt(style, 10) && !context.dateStyles?.usable) refuseUnreadable(`${context.part} : ligne ${number} de style ${style} sans styles de cellule`);
    rows.push({ number, cells: readRow(reader, context) });
  }
  return rows;
}

/** After OPEN of `<row>`: its cells in document order, up to its end tag (placed by sheetGrid.ts). */
function readRow(reader: XmlReader, context: CellContext): SheetCell[] {
  const cells: SheetCell[] = [];
  const depth = reader.depth;
  for (let token = reader.next(); token !== END && !(token === CLOSE && reader.depth < depth); token = reader.next()) {
    if (token !== OPEN) continue;
    if (reader.name !== 'c') {
      reader.skipElement();
      continue;
    }
    cells.push(cellModel(readCell(reader, context.part), context));
  }
  return cells;
}

/** After OPEN of a list element: `item` on each direct child named `child`. */
function eachChild(reader: XmlReader, child: string, item: () => void): void {
  const depth = reader.depth;
  for (let token = reader.next(); token !== END && !(token === CLOSE && reader.depth < depth); token = reader.next()) {
    if (token === OPEN && reader.depth === depth + 1 && reader.name === child) item();
  }
}
