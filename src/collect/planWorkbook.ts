/**
 * The adviser's own workbook: the plan sheets (Plan, Périodes, Fiches, Actions, Indicateurs,
 * Listes, Règles, Communes…) as a spec, ready for the add-in to write into the open workbook or
 * for a file. Header rows frozen and styled, readable widths; the sheets stay editable.
 */
import type { Plan } from '../plan/schema';
import { planToGrids } from '../plan/sheets';
import type { CellSpec, SheetSpec, WorkbookSpec } from '../workbook/spec';
import { collectionStyles } from './styles';

/** Header row: the first row of every sheet but « Plan », which is a list of key / value pairs. */
const keyValueSheet = 'Plan';

export function buildPlanWorkbook(plan: Plan, now: string): WorkbookSpec {
  const sheets: SheetSpec[] = planToGrids(plan).map((grid) => {
    const width = grid.rows.reduce((w, row) => Math.max(w, row.length), 0);
    const columns = Array.from({ length: width }, (_, c) => {
      const longest = grid.rows.reduce((n, row) => Math.max(n, String(row[c] ?? '').split('\n').reduce((m, l) => Math.max(m, l.length), 0)), 0);
      return { width: Math.min(Math.max(10, longest + 2), 60) };
    });
    const rows = grid.rows.map((row, r) =>
      row.map((value, c): CellSpec => {
        const isHeader = grid.name === keyValueSheet ? c === 0 : r === 0;
        const text = typeof value === 'string' && (value.includes('\n') || value.length > 60);
        return { value, style: isHeader ? (grid.name === keyValueSheet ? 'key' : 'header') : text ? 'text' : 'planCell' };
      }),
    );
    return {
      name: grid.name,
      visibility: 'visible',
      columns,
      rows,
      merges: [],
      ...(grid.name === keyValueSheet ? {} : { freeze: { rows: 1, columns: 0 } }),
      print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, ...(grid.name === keyValueSheet ? {} : { repeatRows: [1, 1] as [number, number] }) },
    };
  });
  return {
    sheets,
    styles: { ...collectionStyles, planCell: { alignment: { vertical: 'top' } } },
    definedNames: [],
    properties: { title: `Plan — ${plan.title}`, subject: plan.title, creator: 'CTG Indicateurs', created: now },
  };
}
