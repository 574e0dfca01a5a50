/**
 * The big plain sheets of a workbook (« Données »: one table, a few thousand rows of values)
 * written straight as SpreadsheetML, the cells of `<sheetData>` built as one string. ExcelJS
 * serialises each cell through its object model at about the speed it reads one; here a cell is
 * a few string concatenations (issue 13, point 5). Only sheets whose every cell is a value and a
 * style qualify: notes, links, formulas, merges, validations and the rest stay with ExcelJS.
 */
import { a1, columnLetter, parseA1 } from '../workbook/a1';
import type { CellSpec, SheetSpec, TableSpec } from '../workbook/spec';
import { clipText } from '../workbook/textLimit';

type Value = string | number | boolean | null | undefined;

/** What a cell of a plain sheet carries: its value and the key of its cell format. */
type PlainCell = { value: Value; format: string | undefined };

/** A cell's format as ExcelJS would register it: its named style and whether it is locked. */
export function formatKey(cell: CellSpec): string {
  return `${cell.style ?? ''}|${cell.unlocked === true ? 'unlocked' : 'locked'}`;
}

function isPlainCell(cell: CellSpec | undefined): boolean {
  return cell === undefined || (cell.formula === undefined && cell.link === undefined && cell.note === undefined && cell.input === undefined);
}

/**
 * Written straight when the sheet holds one table or more of at least one row, and nothing but
 * values and styles: the sheets where the cell count is (the findings sheet has links; the fiche
 * tabs have notes, formulas and merges: ExcelJS writes them).
 */
export function isWrittenDirectly(sheet: SheetSpec): boolean {
  const tables = sheet.tables ?? [];
  return (
    tables.length > 0 &&
    tables.every((t) => t.rows.length > 0 && parseA1(t.topLeft) !== undefined) &&
    sheet.merges.length === 0 &&
    Object.keys(sheet.rowHeights ?? {}).length === 0 &&
    (sheet.conditionalFormats ?? []).length === 0 &&
    (sheet.charts ?? []).length === 0 &&
    sheet.protection === undefined &&
    sheet.rows.every((row) => row === undefined || row.every(isPlainCell))
  );
}

/** The A1 range a table covers: its header row and every data row. */
export function tableRange(table: TableSpec, rows: number = table.rows.length): string {
  const { row, column } = parseA1(table.topLeft)!;
  return `${table.topLeft}:${a1(row + rows, column + table.columns.length - 1)}`;
}

/** The sheet's cells as ExcelJS lays them: the spec's cells, then each table's header and values over them. */
function plainCells(sheet: SheetSpec): PlainCell[][] {
  const grid: PlainCell[][] = [];
  const at = (row: number, column: number): PlainCell => {
    const cells = (grid[row] ??= []);
    return (cells[column] ??= { value: undefined, format: undefined });
  };
  sheet.rows.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (cell === undefined) return;
      const target = at(r, c);
      target.value = cell.value;
      target.format = formatKey(cell);
    }),
  );
  for (const table of sheet.tables ?? []) {
    const { row, column } = parseA1(table.topLeft)!;
    table.columns.forEach((name, c) => (at(row, column + c).value = name));
    table.rows.forEach((values, r) => values.forEach((value, c) => (at(row + 1 + r, column + c).value = value)));
  }
  return grid;
}

/** The distinct cell formats a plain sheet uses, each with one of its cells to sample ExcelJS's index from. */
export function formatsOf(sheet: SheetSpec): Map<string, CellSpec> {
  const formats = new Map<string, CellSpec>();
  for (const row of sheet.rows) for (const cell of row ?? []) if (cell !== undefined && !formats.has(formatKey(cell))) formats.set(formatKey(cell), { ...(cell.style !== undefined ? { style: cell.style } : {}), ...(cell.unlocked === true ? { unlocked: true } : {}) });
  return formats;
}

/**
 * XML text as ExcelJS writes it (utils.xmlEncode): the five entities escaped, and the control
 * characters XML 1.0 cannot hold dropped (tab, line feed and carriage return kept).
 */
export function xmlText(text: string): string {
  return text.replace(/[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, (ch) => entities[ch] ?? '');
}

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** The shared strings a sheet adds to the workbook's table, after the ones ExcelJS wrote. */
export class SharedStrings {
  private readonly index = new Map<string, number>();
  readonly added: string[] = [];
  references = 0;

  constructor(private readonly first: number) {}

  indexOf(text: string): number {
    this.references++;
    let found = this.index.get(text);
    if (found === undefined) {
      found = this.first + this.added.length;
      this.index.set(text, found);
      this.added.push(text);
    }
    return found;
  }

  /** `<si>` elements as ExcelJS writes them: `xml:space="preserve"` where white space would be lost. */
  items(): string {
    return this.added.map((t) => `<si><t${/^\s|\n|\s$/.test(t) ? ' xml:space="preserve"' : ''}>${xmlText(t)}</t></si>`).join('');
  }
}

/** The sheet's `<sheetData>` element and its `<dimension>` range. */
export function sheetDataXml(sheet: SheetSpec, formatIndex: ReadonlyMap<string, number>, strings: SharedStrings): { xml: string; dimension: string } {
  const grid = plainCells(sheet);
  const parts: string[] = ['<sheetData>'];
  let lastColumn = 0;
  let lastRow = 0;
  grid.forEach((cells, r) => {
    const written: string[] = [];
    cells.forEach((cell, c) => {
      const xml = cellXml(a1(r, c), cell, formatIndex, strings);
      if (xml === '') return;
      written.push(xml);
      lastColumn = Math.max(lastColumn, c);
    });
    if (written.length === 0) return;
    lastRow = r;
    parts.push(`<row r="${r + 1}">`, ...written, '</row>');
  });
  parts.push('</sheetData>');
  return { xml: parts.join(''), dimension: `A1:${columnLetter(lastColumn)}${lastRow + 1}` };
}

function cellXml(ref: string, cell: PlainCell, formatIndex: ReadonlyMap<string, number>, strings: SharedStrings): string {
  const index = cell.format !== undefined ? (formatIndex.get(cell.format) ?? 0) : 0;
  const s = index !== 0 ? ` s="${index}"` : '';
  const { value } = cell;
  if (value === undefined || value === null) return s === '' ? '' : `<c r="${ref}"${s}/>`;
  if (typeof value === 'string') return `<c r="${ref}"${s} t="s"><v>${strings.indexOf(clipText(value))}</v></c>`;
  if (typeof value === 'boolean') return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${s}><v>${value}</v></c>`;
}
