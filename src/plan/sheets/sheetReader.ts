/**
 * Reading one plan sheet: find its header row, find each column by its title (or an alias), then
 * read cells by column key. Every cell that cannot be read is reported and remembered (« blamed »),
 * so that the schema issue it would cause downstream is not reported a second time.
 */
import { a1 } from '../../workbook/a1';
import type { CellValue, Grid } from '../../workbook/grid';
import {
  cellText,
  isBlank,
  parseBoolean,
  parseClause,
  parseNumber,
  parseMilestones,
  parseTargets,
  readCode5,
  readCodes,
  readDate,
  readEnum,
  readLines,
  type ClauseCell,
  type Parsed,
} from './cells';
import { normaliseTitle, type CellKind, type Columns, type SheetKey } from './columns';
import { putAt, type InputObject } from './fieldPath';
import type { ExpectedCell, SheetIssue } from './issues';
import { readSelector, readRespondentCode } from './readCodes';

/** Issues found while reading, and the places they make unreliable. */
export class ReadContext {
  readonly issues: SheetIssue[] = [];
  private readonly blamed = new Set<string>();

  report(issue: SheetIssue): void {
    this.issues.push(issue);
  }

  blameSheet(sheet: SheetKey): void {
    this.blamed.add(`${sheet}`);
  }

  blameColumn(sheet: SheetKey, column: string): void {
    this.blamed.add(`${sheet}|${column}`);
  }

  blameCell(sheet: SheetKey, row: number, column: string): void {
    this.blamed.add(`${sheet}|${column}|${row}`);
  }

  isBlamed(sheet: SheetKey, column?: string, row?: number): boolean {
    if (this.blamed.has(`${sheet}`)) return true;
    if (column === undefined) return false;
    if (this.blamed.has(`${sheet}|${column}`)) return true;
    return row !== undefined && this.blamed.has(`${sheet}|${column}|${row}`);
  }
}

/** How many rows from the top may precede the header row (a title, a note…). */
const headerSearchDepth = 20;

function titleMatcher(columns: Columns): Map<string, string> {
  const byTitle = new Map<string, string>();
  for (const [key, def] of Object.entries(columns)) {
    for (const title of [def.title, ...(def.aliases ?? [])]) {
      const normal = normaliseTitle(title);
      if (!byTitle.has(normal)) byTitle.set(normal, key);
    }
  }
  return byTitle;
}

export class SheetReader<C extends Columns> {
  readonly headerRow: number;
  /** Grid column index of each column found. */
  readonly index: Partial<Record<keyof C & string, number>> = {};
  /** Grid row indices of the data rows, blank rows left out. */
  readonly dataRows: number[];

  constructor(
    private readonly context: ReadContext,
    readonly key: SheetKey,
    readonly grid: Grid,
    readonly columns: C,
  ) {
    const byTitle = titleMatcher(columns);
    const matches = (row: CellValue[] | undefined) =>
      (row ?? []).some((cell) => typeof cell === 'string' && byTitle.has(normaliseTitle(cell)));
    const searched = grid.rows.slice(0, headerSearchDepth);
    const found = searched.findIndex(matches);
    const firstFilled = grid.rows.findIndex((row) => row.some((cell) => !isBlank(cell)));
    this.headerRow = found >= 0 ? found : Math.max(0, firstFilled);

    const header = grid.rows[this.headerRow] ?? [];
    header.forEach((cell, column) => {
      if (typeof cell !== 'string') return;
      const key = byTitle.get(normaliseTitle(cell)) as (keyof C & string) | undefined;
      if (key === undefined) return;
      if (this.index[key] !== undefined) {
        context.report({
          code: 'duplicate_column',
          sheet: grid.name,
          cell: a1(this.headerRow, column),
          params: { column: columns[key]!.title },
        });
        return;
      }
      this.index[key] = column;
    });
    for (const [key, def] of Object.entries(columns)) {
      if (def.required && this.index[key as keyof C & string] === undefined) {
        context.report({
          code: 'missing_column',
          sheet: grid.name,
          params: { column: def.title, headerRow: this.headerRow + 1 },
        });
        context.blameColumn(this.key, key);
      }
    }

    const known = Object.values(this.index) as number[];
    this.dataRows = [];
    for (let row = this.headerRow + 1; row < grid.rows.length; row++) {
      const cells = grid.rows[row] ?? [];
      if (known.some((column) => !isBlank(cells[column]))) this.dataRows.push(row);
    }
  }

  has(key: keyof C & string): boolean {
    return this.index[key] !== undefined;
  }

  raw(row: number, key: keyof C & string): CellValue | undefined {
    const column = this.index[key];
    return column === undefined ? undefined : (this.grid.rows[row]?.[column] ?? null);
  }

  /** « F12 » for a data row and column; the row's first cell when the column is absent. */
  cell(row: number, key: keyof C & string): string {
    return a1(row, this.index[key] ?? 0);
  }

  text(row: number, key: keyof C & string): string | undefined {
    return cellText(this.raw(row, key));
  }

  code5(row: number, key: keyof C & string): string | undefined {
    return readCode5(this.raw(row, key));
  }

  enumeration(row: number, key: keyof C & string): string | undefined {
    return readEnum(this.raw(row, key), this.columns[key]!.values);
  }

  lines(row: number, key: keyof C & string): string[] {
    return readLines(this.raw(row, key));
  }

  codes(row: number, key: keyof C & string): string[] {
    return readCodes(this.raw(row, key));
  }

  date(row: number, key: keyof C & string): string | undefined {
    return readDate(this.raw(row, key));
  }

  number(row: number, key: keyof C & string, expected: ExpectedCell = 'number'): number | undefined {
    return this.parsed(row, key, parseNumber(this.raw(row, key)), expected);
  }

  boolean(row: number, key: keyof C & string): boolean | undefined {
    return this.parsed(row, key, parseBoolean(this.raw(row, key)), 'boolean');
  }

  targets(row: number, key: keyof C & string): Record<string, number> | undefined {
    return this.parsed(row, key, parseTargets(this.raw(row, key)), 'targets');
  }

  milestones(row: number, key: keyof C & string): Array<{ due: string; wording: string }> | undefined {
    return this.parsed(row, key, parseMilestones(this.raw(row, key)), 'milestones');
  }

  clause(row: number, key: keyof C & string): ClauseCell | undefined {
    return this.parsed(row, key, parseClause(this.raw(row, key)), 'clause');
  }

  /** The cell of column `key` read as its kind says (or as `kind`: a « Plan » row's value); undefined for an empty cell or one reported. */
  read(row: number, key: keyof C & string, kind: CellKind = this.columns[key]!.kind): unknown {
    switch (kind) {
      case 'text':
        return this.text(row, key);
      case 'code5':
        return this.code5(row, key);
      case 'respondent':
        return readRespondentCode(this.text(row, key));
      case 'enum':
        return this.enumeration(row, key);
      case 'lines':
        return this.lines(row, key);
      case 'codes':
        return this.codes(row, key);
      case 'selectors':
        return this.codes(row, key).map(readSelector);
      case 'date':
        return this.date(row, key);
      case 'integer':
        return this.number(row, key, 'integer');
      case 'number':
        return this.number(row, key);
      case 'boolean':
      case 'flag':
        return this.boolean(row, key);
      case 'targets':
        return this.targets(row, key);
      case 'milestones':
        return this.milestones(row, key);
      case 'clause':
        return this.clause(row, key);
    }
  }

  /**
   * The item a row describes: each column that holds a field read into it, in column order (an
   * optional column's object, such as `bounds`, appears only when one of its cells is filled); the
   * fields of `only` when given (the columns of one part of a row, such as a list's option).
   */
  item(row: number, only?: ReadonlyArray<keyof C & string>): InputObject {
    const item: InputObject = {};
    for (const key of only ?? Object.keys(this.columns)) {
      const def = this.columns[key]!;
      if (def.field !== undefined) putAt(item, def.field, this.read(row, key), def.required);
    }
    return item;
  }

  /** Reports a reference to a fiche or an action that does not exist. */
  unknownReference(row: number, key: keyof C & string, params: Record<string, string | number>): void {
    this.context.report({
      code: 'unknown_reference',
      sheet: this.grid.name,
      cell: this.cell(row, key),
      params: { column: this.columns[key]!.title, value: this.text(row, key) ?? '', ...params },
    });
    this.context.blameCell(this.key, row, key);
  }

  private parsed<T>(row: number, key: keyof C & string, result: Parsed<T | undefined>, expected: ExpectedCell): T | undefined {
    if (result.ok) return result.value;
    this.context.report({
      code: 'bad_cell',
      sheet: this.grid.name,
      cell: this.cell(row, key),
      params: { column: this.columns[key]!.title, value: cellText(this.raw(row, key)) ?? '', expected },
    });
    this.context.blameCell(this.key, row, key);
    return undefined;
  }
}
