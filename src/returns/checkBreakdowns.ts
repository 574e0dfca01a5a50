/**
 * Breakdown members against their total. The total row holds a formula; where a commune typed
 * over it, the typed total is reported (and kept), and compared with the members it should sum.
 */
import { nearlyEqual } from '../rules/compare';
import { a1 } from '../workbook/a1';
import { cellAt } from '../workbook/grid';
import { numberOf, numericTypes, type EntryMap } from './entries';
import { finding, type Finding } from './findings';
import { parseFrenchNumber } from './frenchNumbers';
import type { Located } from './locate';
import { rowKey, totalMember } from '../collect/layout';
import type { PlanIndex } from './planIndex';
import type { ExpectedCell } from './recognise';
import { entryKey, type StrayValue } from './submission';

export type BreakdownResult = { strays: StrayValue[]; findings: Finding[] };

export function checkBreakdowns(expected: readonly ExpectedCell[], located: Located, index: PlanIndex, entries: EntryMap): BreakdownResult {
  const result: BreakdownResult = { strays: [], findings: [] };
  const seen = new Set<string>();
  for (const c of expected) {
    if (c.role !== 'value' || !c.known || c.member === '' || seen.has(`${c.code}|${c.period}`)) continue;
    seen.add(`${c.code}|${c.period}`);
    const info = index.indicators.get(c.code)!;
    const layout = located.sheets.get(c.sheet);
    const row = layout?.rows.get(rowKey(c.code, totalMember));
    const column = layout?.periodColumns.get(c.period);
    if (layout === undefined || row === undefined || column === undefined) continue;
    const raw = cellAt(layout.grid, row, column);
    const formula = layout.grid.formulas[row]?.[column];
    const where = { sheet: layout.grid.name, cell: a1(row, column) };
    const at = { ...where, fiche: info.fiche, indicator: c.code, period: c.period, member: 'total', value: raw };
    let total: number | undefined;
    if (formula === undefined && raw !== null) {
      result.strays.push({ where, value: raw, reason: 'total_overwritten', code: c.code, period: c.period, member: 'total' });
      result.findings.push(finding('total_overwritten', { ...at }));
      total = typeof raw === 'number' ? raw : typeof raw === 'string' ? parseFrenchNumber(raw)?.value : undefined;
    } else if (typeof raw === 'number') total = raw;
    if (total === undefined || !numericTypes.has(info.indicator.type)) continue;
    // Our formula's SUM adds the cells that hold numbers: a member typed as text (« 27 % »,
    // accepted with a note) is not in the cached total, so an intact formula is compared with the
    // numeric members only — else LibreOffice's and Gnumeric's recalculated totals give false warnings.
    const intact = formula !== undefined;
    const values = info.members
      .map((m) => entries.get(entryKey(c.code, c.period, m)))
      .filter((e) => !intact || typeof e?.raw === 'number')
      .map((e) => numberOf(e, info.indicator.type))
      .filter((v): v is number => v !== undefined);
    if (values.length === 0) continue;
    const sum = values.reduce((a, b) => a + b, 0);
    if (!nearlyEqual(total, sum)) result.findings.push(finding('breakdown_total_mismatch', { ...at, params: { total, sum } }));
  }
  return result;
}
