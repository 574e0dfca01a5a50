/**
 * Every expected cell, read where it now is: its value typed (or « NC », or empty), a finding
 * for each normalisation, each refusal, each formula or error value; comments kept.
 */
import { a1, parseA1 } from '../workbook/a1';
import { cellAt, type Grid, type UnreadableCell } from '../workbook/grid';
import { clipText, maxCellText } from '../workbook/textLimit';
import { finding, type Finding } from './findings';
import type { Located } from './locate';
import { normalise } from './normalise';
import { rowKey } from '../collect/layout';
import type { PlanIndex } from './planIndex';
import type { ExpectedCell } from './recognise';
import type { StrayValue, SubmissionComment, SubmissionEntry } from './submission';

export type CellsResult = { entries: SubmissionEntry[]; comments: SubmissionComment[]; strays: StrayValue[]; findings: Finding[] };

/** Excel's error values, in English and French (a cell shows them; readers give them as text). */
const errorValue = /^#(REF!|DIV\/0!|VALUE!|VALEUR!|N\/A|NAME\?|NOM\?|NULL!|NUL!|NUM!|NOMBRE!|SPILL!|CALC!|GETTING_DATA|BLOCKED!|CONNECT!|FIELD!|BUSY!|UNKNOWN!)$/i;

export function isErrorValue(value: unknown): boolean {
  return typeof value === 'string' && errorValue.test(value.trim());
}

export function checkCells(expected: readonly ExpectedCell[], located: Located, index: PlanIndex): CellsResult {
  const result: CellsResult = { entries: [], comments: [], strays: [], findings: [] };
  const moved = new Map<string, number>();
  for (const c of expected) {
    const info = index.indicators.get(c.code);
    const layout = located.sheets.get(c.sheet);
    const row = layout?.rows.get(rowKey(c.code, c.member));
    const column = c.role === 'value' ? layout?.periodColumns.get(c.period) : layout?.commentColumn;
    const unlocated = (): void => {
      if (c.role === 'value' && c.known) result.entries.push({ code: c.code, period: c.period, member: c.member, state: 'empty', value: null, raw: null, where: null });
    };
    if (layout === undefined || row === undefined || column === undefined) {
      unlocated();
      continue;
    }
    const grid = layout.grid;
    const where = { sheet: grid.name, cell: a1(row, column) };
    if (c.cell !== null && c.cell !== where.cell) moved.set(grid.name, (moved.get(grid.name) ?? 0) + 1);
    const raw = cellAt(grid, row, column);
    const formula = grid.formulas[row]?.[column];
    const unreadable = unreadableAt(grid, where.cell);
    const at = {
      sheet: where.sheet,
      cell: where.cell,
      fiche: info?.fiche ?? layout.fiche,
      indicator: c.code,
      period: c.period || null,
      member: c.member || null,
      value: raw,
    };

    if (!c.known) {
      if (raw !== null) {
        result.strays.push({ where, value: raw, reason: 'unknown_code', code: c.code, period: c.period || null, member: c.member || null });
        if (c.notCarried !== undefined) {
          const shownFrom = info?.indicator.formation.kind === 'sameAs' ? info.indicator.formation.indicator : '';
          result.findings.push(finding('value_not_carried', { ...at, params: { reason: c.notCarried, shownFrom } }));
        } else result.findings.push(finding('code_unknown', { ...at, params: { known: info !== undefined, inTemplate: true } }));
      }
      continue;
    }
    if (unreadable !== undefined) result.findings.push(finding('value_unreadable', { ...at, params: { type: unreadable.type, raw: unreadable.raw } }));
    if (c.role === 'comment') {
      const text = raw === null ? '' : String(raw).trim();
      // A comment is kept, cut to what a cell holds, and said so.
      if (text.length > maxCellText) result.findings.push(finding('comment_truncated', { ...at, params: { length: text.length, max: maxCellText } }));
      if (text !== '') result.comments.push({ code: c.code, member: c.member, text: clipText(text), where });
      continue;
    }

    const entry: SubmissionEntry = { code: c.code, period: c.period, member: c.member, state: 'empty', value: null, raw, where };
    result.entries.push(entry);
    // Never read as empty: the cell holds something the file mistypes.
    if (unreadable !== undefined) {
      entry.state = 'invalid';
      continue;
    }
    if (formula !== undefined) {
      if (raw === null) {
        entry.state = 'invalid';
        result.findings.push(finding('formula_uncached', { ...at, params: { formula: `=${formula}` } }));
        continue;
      }
      result.findings.push(finding('formula_in_input', { ...at, params: { formula: `=${formula}` } }));
    }
    if (isErrorValue(raw)) {
      entry.state = 'invalid';
      result.findings.push(finding('error_value', { ...at, params: { error: String(raw).trim() } }));
      continue;
    }
    const n = normalise(raw, { indicator: info!.indicator, period: index.periods.get(c.period), list: info!.indicator.list !== undefined ? index.lists.get(info!.indicator.list) : undefined });
    for (const note of n.notes) result.findings.push(finding(note.code, { ...at, params: note.params }));
    if (n.kind === 'value') {
      entry.state = 'value';
      entry.value = n.value;
    } else if (n.kind === 'invalid') {
      entry.state = 'invalid';
      result.findings.push(finding(n.code, { ...at, params: n.params, severity: n.severity }));
    } else entry.state = n.kind;
  }
  for (const [sheet, count] of moved) result.findings.push(finding('layout_shifted', { sheet, params: { count } }));
  return result;
}

const unreadableByGrid = new WeakMap<Grid, Map<string, UnreadableCell>>();

/** The reader's unreadable cell at an address, if any (indexed once per grid). */
function unreadableAt(grid: Grid, cell: string): UnreadableCell | undefined {
  if (grid.unreadable === undefined) return undefined;
  let byCell = unreadableByGrid.get(grid);
  if (byCell === undefined) unreadableByGrid.set(grid, (byCell = new Map(grid.unreadable.map((u) => [u.cell, u]))));
  return byCell.get(cell);
}

/** Grid indices of an A1 address, for sorting findings. */
export function position(cell: string | null): { row: number; column: number } {
  return (cell !== null ? parseA1(cell) : undefined) ?? { row: -1, column: -1 };
}
