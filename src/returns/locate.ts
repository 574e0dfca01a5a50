/**
 * Where things are in a return, found by content, never by position: each expected sheet by
 * name (or, renamed, by the codes it holds), its header row by the « Code » title, period
 * columns by their labels, rows by the code in the code column. A commune that inserted a row,
 * hid or moved a column, or sorted a block is read as if it had not.
 */
import { collectionWords } from '../i18n/collectionWords';
import { fixedRoleOf, isIgnoredSheet, looksLikeRowKey, periodHeaderTexts, rowKey, splitRowKey, totalMember } from '../collect/layout';
import { a1, parseA1 } from '../workbook/a1';
import { cellAt, type CellValue, type Grid } from '../workbook/grid';
import { normaliseHeader } from '../workbook/normaliseHeader';
import { finding, type Finding } from './findings';
import type { PlanIndex } from './planIndex';
import type { ExpectedCell } from './recognise';

export type SheetLayout = {
  /** The sheet name the template gave it. */
  expectedName: string;
  grid: Grid;
  fiche: string | null;
  headerRow: number;
  codeColumn: number;
  periodColumns: Map<string, number>;
  commentColumn: number | undefined;
  /** Columns the template has: code, label, unit, periods, comment. */
  knownColumns: Set<number>;
  /** Row key (`code` or `code/member`) → first row holding it. */
  rows: Map<string, number>;
  /** Rows whose code the plan or this return does not expect. */
  unknownRows: Array<{ row: number; key: string }>;
  /** Rows that belong to another expected sheet sharing this grid. */
  otherRows: number[];
};

export type Located = {
  /** By expected sheet name; absent when the sheet or its header could not be found. */
  sheets: Map<string, SheetLayout>;
  findings: Finding[];
};

function cellText(value: unknown): string {
  return value === null || value === undefined ? '' : String(value).trim();
}

/** Row keys the sheet must have (one per input row), and the ones it may have (headings, totals). */
function keysOf(cells: readonly ExpectedCell[]): { required: Set<string>; optional: Set<string> } {
  const required = new Set<string>();
  const optional = new Set<string>();
  for (const c of cells) {
    required.add(rowKey(c.code, c.member));
    if (c.member !== '') {
      optional.add(c.code);
      optional.add(rowKey(c.code, totalMember));
    }
  }
  for (const code of [...optional]) if (required.has(code)) optional.delete(code);
  return { required, optional };
}

function countKeys(grid: Grid, keys: Set<string>): number {
  const seen = new Set<string>();
  for (const row of grid.rows) for (const v of row ?? []) if (typeof v === 'string' && keys.has(v.trim())) seen.add(v.trim());
  return seen.size;
}

export function locate(grids: readonly Grid[], expected: readonly ExpectedCell[], index: PlanIndex, options: { shareGrids: boolean }): Located {
  const findings: Finding[] = [];
  const sheets = new Map<string, SheetLayout>();
  const bySheet = new Map<string, ExpectedCell[]>();
  for (const c of expected) (bySheet.get(c.sheet) ?? bySheet.set(c.sheet, []).get(c.sheet)!).push(c);
  const candidates = grids.filter((g) => !isIgnoredSheet(g.name));
  const everywhere = keysOf(expected);
  const allKeys = new Set([...everywhere.required, ...everywhere.optional]);
  const used = new Set<Grid>();
  for (const name of bySheet.keys()) {
    const exact = candidates.find((g) => g.name === name);
    if (exact !== undefined) used.add(exact);
  }

  for (const [name, cells] of bySheet) {
    const fiche = index.sheetFiche.get(name) ?? (cells[0] !== undefined ? (index.indicators.get(cells[0].code)?.fiche ?? null) : null);
    const keys = keysOf(cells);
    let grid = candidates.find((g) => g.name === name);
    if (grid === undefined) {
      const pool = candidates.filter((g) => options.shareGrids || !used.has(g));
      const scored = pool.map((g) => ({ g, score: countKeys(g, keys.required) })).filter((s) => s.score > 0);
      scored.sort((a, b) => b.score - a.score);
      grid = scored[0]?.g;
      if (grid === undefined) {
        findings.push(finding('sheet_missing', { fiche, params: { expected: name } }));
        continue;
      }
      used.add(grid);
      // Sharing a grid (no `_ctg`: a workbook of the commune's own) is not a renaming.
      if (!options.shareGrids) findings.push(finding('sheet_renamed', { sheet: grid.name, fiche, value: grid.name, params: { expected: name, found: grid.name } }));
    }
    const layout = layoutOf(grid, name, fiche, cells, keys, allKeys, index, findings);
    if (layout !== undefined) sheets.set(name, layout);
  }

  for (const grid of candidates) {
    if (used.has(grid)) continue;
    const filled = grid.rows.reduce((n, row) => n + (row ?? []).filter((v) => v !== null).length, 0);
    if (filled > 0) findings.push(finding('sheet_unexpected', { sheet: grid.name, value: grid.name, params: { cells: filled } }));
  }
  return { sheets, findings };
}

function layoutOf(
  grid: Grid,
  name: string,
  fiche: string | null,
  cells: readonly ExpectedCell[],
  keys: { required: Set<string>; optional: Set<string> },
  /** Row keys expected on any sheet: in a workbook of the commune's own, one sheet may hold several fiches. */
  allKeys: Set<string>,
  index: PlanIndex,
  findings: Finding[],
): SheetLayout | undefined {
  const periodIds = [...new Set(cells.filter((c) => c.role === 'value').map((c) => c.period))];
  // Every period of the plan is recognised as a column; only those with cells to fill must be there.
  const periodHeaders = new Map<string, string>();
  for (const id of [...index.periods.keys(), ...periodIds]) {
    const label = index.periods.get(id)?.label;
    for (const text of periodHeaderTexts(label !== undefined ? { id, label } : { id })) periodHeaders.set(text, id);
  }
  const confirmsHeader = (t: string) => periodHeaders.has(t) || fixedRoleOf(t)?.part === 'confirms';

  let headerRow = -1;
  let codeColumn = -1;
  for (let r = 0; r < grid.rows.length && headerRow < 0; r++) {
    const row = (grid.rows[r] ?? []).map((v) => normaliseHeader(cellText(v)));
    const c = row.findIndex((t) => fixedRoleOf(t)?.part === 'anchor');
    if (c >= 0 && row.some((t, i) => i !== c && confirmsHeader(t))) {
      headerRow = r;
      codeColumn = c;
    }
  }
  if (headerRow < 0) {
    findings.push(finding('header_missing', { sheet: grid.name, fiche, params: { expected: name } }));
    return undefined;
  }

  const header = (grid.rows[headerRow] ?? []).map((v) => normaliseHeader(cellText(v)));
  const periodColumns = new Map<string, number>();
  let commentColumn: number | undefined;
  const knownColumns = new Set<number>([codeColumn]);
  header.forEach((t, c) => {
    const period = periodHeaders.get(t);
    const fixed = fixedRoleOf(t);
    const duplicate = (label: string) =>
      findings.push(finding('column_duplicate', { sheet: grid.name, cell: a1(headerRow, c), fiche, period: period ?? null, value: grid.rows[headerRow]?.[c] ?? null, params: { column: label } }));
    if (period !== undefined) {
      if (periodColumns.has(period)) duplicate(index.periods.get(period)?.label ?? period);
      else periodColumns.set(period, c);
      knownColumns.add(c);
    } else if (fixed?.role === 'comment') {
      if (commentColumn !== undefined) duplicate(collectionWords.headers.comment);
      else commentColumn = c;
      knownColumns.add(c);
    } else if (fixed?.role === 'label' || fixed?.role === 'unit') {
      knownColumns.add(c);
    }
  });
  for (const id of periodIds) {
    if (!periodColumns.has(id)) {
      findings.push(finding('column_missing', { sheet: grid.name, fiche, period: id, params: { column: index.periods.get(id)?.label ?? id } }));
    }
  }
  if (commentColumn === undefined && cells.some((c) => c.role === 'comment')) {
    findings.push(finding('column_missing', { severity: 'warning', sheet: grid.name, fiche, params: { column: collectionWords.headers.comment } }));
  }

  const rows = new Map<string, number>();
  const unknownRows: SheetLayout['unknownRows'] = [];
  const otherRows: number[] = [];
  for (let r = headerRow + 1; r < grid.rows.length; r++) {
    const key = cellText(grid.rows[r]?.[codeColumn]);
    if (key === '') continue;
    if (keys.required.has(key) || keys.optional.has(key)) {
      if (rows.has(key)) {
        const { code, member } = splitRowKey(key);
        findings.push(
          finding('code_duplicate', {
            sheet: grid.name,
            cell: a1(r, codeColumn),
            fiche,
            indicator: code,
            member: member || null,
            value: key,
            params: { first: a1(rows.get(key)!, codeColumn) },
          }),
        );
        unknownRows.push({ row: r, key });
      } else rows.set(key, r);
    } else if (allKeys.has(key)) {
      otherRows.push(r);
    } else if (looksLikeRowKey(key)) {
      const { code, member } = splitRowKey(key);
      findings.push(finding('code_unknown', { sheet: grid.name, cell: a1(r, codeColumn), fiche, indicator: code, member: member || null, value: key, params: { known: index.indicators.has(code) } }));
      unknownRows.push({ row: r, key });
    }
  }
  for (const key of keys.required) {
    if (rows.has(key)) continue;
    const { code, member } = splitRowKey(key);
    const where = cells.find((c) => c.code === code && c.member === member && c.role === 'value')?.cell ?? null;
    findings.push(finding('code_missing', { sheet: grid.name, fiche, indicator: code, member: member || null, params: { code: key, expectedCell: where } }));
  }
  return { expectedName: name, grid, fiche, headerRow, codeColumn, periodColumns, commentColumn, knownColumns, rows, unknownRows, otherRows };
}

/** The value at a location found by `locate` (null when its sheet is not among the located ones). */
export function rawAt(located: Located, where: { sheet: string; cell: string }): CellValue {
  const layout = [...located.sheets.values()].find((l) => l.grid.name === where.sheet);
  const at = parseA1(where.cell);
  return layout !== undefined && at !== undefined ? cellAt(layout.grid, at.row, at.column) : null;
}
