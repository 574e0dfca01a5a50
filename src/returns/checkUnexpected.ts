/**
 * Whatever was typed outside the cells to fill: in a locked cell, in a column of its own, on a
 * heading row, under a period where the indicator does not apply, on a duplicated or unknown
 * row. Each is reported and kept (`strays`): nothing typed by a commune is silently dropped.
 */
import { a1 } from '../workbook/a1';
import { cellAt } from '../workbook/grid';
import { finding, type Finding } from './findings';
import type { Located, SheetLayout } from './locate';
import { fixedRoleOf, rowKey, splitRowKey } from '../collect/layout';
import type { PlanIndex } from './planIndex';
import type { ExpectedCell } from './recognise';
import type { StrayValue } from './submission';
import { normaliseHeader } from '../workbook/normaliseHeader';

export type UnexpectedResult = { strays: StrayValue[]; findings: Finding[] };

const notApplicableMark = '—';

export function checkUnexpected(expected: readonly ExpectedCell[], located: Located, index: PlanIndex): UnexpectedResult {
  const result: UnexpectedResult = { strays: [], findings: [] };
  // Several expected sheets may share one grid (a workbook of the commune's own): each cell is judged once.
  const byGrid = new Map<SheetLayout['grid'], SheetLayout[]>();
  for (const layout of located.sheets.values()) byGrid.set(layout.grid, [...(byGrid.get(layout.grid) ?? []), layout]);
  for (const layouts of byGrid.values()) {
    const cells = expected.filter((c) => layouts.some((l) => l.expectedName === c.sheet));
    const claimed = new Set(layouts.flatMap((l) => [...l.rows.values(), ...l.unknownRows.map((u) => u.row)]));
    for (const layout of layouts) checkSheet(layout, cells, index, result, layouts.length > 1 ? claimed : undefined, layout === layouts[0]);
  }
  return result;
}

type RowKind = 'input' | 'heading' | 'total' | 'stray' | 'other';

/**
 * `claimed`: rows another layout of a shared grid reads (skipped here when not this layout's own);
 * `free`: whether this layout judges the rows nobody reads (one layout per grid does).
 */
function checkSheet(layout: SheetLayout, cells: readonly ExpectedCell[], index: PlanIndex, result: UnexpectedResult, claimed: Set<number> | undefined, free: boolean): void {
  const { grid, codeColumn, headerRow } = layout;
  const own = new Set([...layout.rows.values(), ...layout.unknownRows.map((u) => u.row)]);
  const others = new Set(layout.otherRows);
  const inputs = new Set(cells.filter((c) => c.role === 'value').map((c) => `${rowKey(c.code, c.member)}|${c.period}`));
  const inputRows = new Set(cells.map((c) => rowKey(c.code, c.member)));
  const strayRows = new Map(layout.unknownRows.map((u) => [u.row, u.key]));
  const rowKinds = new Map<number, { kind: RowKind; key: string }>();
  for (const [key, row] of layout.rows) {
    const { member } = splitRowKey(key);
    rowKinds.set(row, { kind: inputRows.has(key) ? 'input' : member === 'total' ? 'total' : 'heading', key });
  }
  const periodOfColumn = new Map([...layout.periodColumns].map(([period, column]) => [column, period]));
  const labelColumns = new Set([...layout.knownColumns].filter((c) => c !== layout.commentColumn && !periodOfColumn.has(c)));

  for (let r = 0; r < grid.rows.length; r++) {
    if (r === headerRow || fixedRoleOf(normaliseHeader(String(cellAt(grid, r, codeColumn) ?? '')))?.role === 'code') continue;
    if (!own.has(r) && (claimed?.has(r) === true || others.has(r) || !free)) continue;
    const known = r > headerRow ? rowKinds.get(r) : undefined;
    const stray = r > headerRow ? strayRows.get(r) : undefined;
    const kind: RowKind = known?.kind ?? (stray !== undefined ? 'stray' : 'other');
    const key = known?.key ?? stray ?? null;
    const { code, member } = key !== null ? splitRowKey(key) : { code: null, member: null };
    const info = code !== null ? index.indicators.get(code) : undefined;
    const row = grid.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const value = cellAt(grid, r, c);
      // The template's own « — » (not applicable), wherever a copied or moved row took it, says nothing.
      if (value === null || value === notApplicableMark) continue;
      const period = periodOfColumn.get(c) ?? null;
      const where = { sheet: grid.name, cell: a1(r, c) };
      const at = { sheet: where.sheet, cell: where.cell, fiche: info?.fiche ?? layout.fiche, indicator: code, period, member: member || null, value };
      const keep = (reason: StrayValue['reason']) => result.strays.push({ where, value, reason, code, period, member: member || null });
      const outside = (reason: string) => {
        keep(kind === 'stray' ? 'unknown_code' : 'outside_input');
        result.findings.push(finding('value_outside_input', { ...at, params: { reason } }));
      };
      if (kind === 'other') {
        if (c > codeColumn) outside('free');
        continue;
      }
      if (c === codeColumn || labelColumns.has(c)) continue;
      if (kind === 'stray') {
        outside(layout.rows.has(key ?? '') ? 'duplicate' : 'unknown_code');
        continue;
      }
      if (period !== null) {
        if (kind === 'heading') {
          outside('heading');
        } else if (kind === 'input' && inputs.has(`${key}|${period}`)) {
          // A cell to fill: read by checkCells.
        } else if (kind === 'total' && info?.indicator.periods.includes(period) === true) {
          // The total's own formula cell: checked by checkBreakdowns.
        } else {
          keep('inapplicable_period');
          result.findings.push(finding('value_in_inapplicable_period', { ...at, params: { periods: info?.indicator.periods.join(', ') ?? '' } }));
        }
        continue;
      }
      if (c === layout.commentColumn) {
        if (kind !== 'input') outside(kind);
        continue;
      }
      outside('column');
    }
  }
}
