/**
 * Where a plan issue sits in the plan sheets: its path (« fiches.2.actions.0.indicators.3.bounds »)
 * led to the sheet by the layouts, to the row by where each item was read from, and to the column
 * by the columns' fields (fieldPath.columnAt), as the writer and the reader use them.
 */
import type { PlanPath } from '../issues';
import { actionColumns, ficheColumns, indicatorColumns, listColumns, planFields, sheetColumns, type Columns, type PlanFieldKey, type SheetKey } from './columns';
import { columnAt, startsWith } from './fieldPath';
import { ficheTree, listLayout, tableLayouts, type TableKey } from './layouts';

/** Where each item of the rebuilt plan input came from: grid row indices. */
export type SourceMap = {
  planRows: Partial<Record<PlanFieldKey, number>>;
  tables: Record<TableKey, number[]>;
  fiches: number[];
  actions: number[][];
  actionIndicators: number[][][];
  ficheIndicators: number[][];
  lists: Array<{ row: number; options: number[] }>;
};

export type Place = { sheet: SheetKey; row?: number; column?: string };

/** The sheet, row and column a plan path comes from, as far as it can be traced. */
export function locate(path: PlanPath, source: SourceMap): Place | undefined {
  const planField = (Object.keys(planFields) as PlanFieldKey[]).find((key) => startsWith(path, planFields[key].field));
  if (planField !== undefined) return planPlace(planField, source);
  const table = (Object.keys(tableLayouts) as TableKey[]).find((key) => startsWith(path, tableLayouts[key].at));
  if (table !== undefined) {
    const { at, keyColumn } = tableLayouts[table];
    const [index, ...field] = path.slice(at.length);
    const row = typeof index === 'number' ? source.tables[table][index] : undefined;
    return row === undefined ? { sheet: table } : { sheet: table, row, column: columnAt<Columns>(sheetColumns[table], field, keyColumn) };
  }
  if (startsWith(path, ficheTree.fiches.at)) return locateInFiche(path.slice(ficheTree.fiches.at.length), source);
  if (startsWith(path, listLayout.at)) return locateInList(path.slice(listLayout.at.length), source);
  return undefined;
}

function planPlace(key: PlanFieldKey, source: SourceMap): Place {
  const row = source.planRows[key];
  // A missing field row is blamed under the column `field:<key>`.
  return row === undefined ? { sheet: 'plan', column: `field:${key}` } : { sheet: 'plan', row, column: 'value' };
}

function locateInFiche(path: PlanPath, source: SourceMap): Place {
  const [f, part, index, ...rest] = path;
  if (typeof f !== 'number' || source.fiches[f] === undefined) return { sheet: 'fiches' };
  const ficheRow = source.fiches[f];
  if (part === ficheTree.actions.at[0] && typeof index === 'number') {
    const actionRow = source.actions[f]?.[index];
    if (actionRow === undefined) return { sheet: 'actions' };
    const [sub, i, ...field] = rest;
    if (sub === ficheTree.indicators.at[0] && typeof i === 'number') {
      const row = source.actionIndicators[f]?.[index]?.[i];
      return row === undefined ? { sheet: 'indicators' } : { sheet: 'indicators', row, column: columnAt(indicatorColumns, field, ficheTree.indicators.keyColumn) };
    }
    return { sheet: 'actions', row: actionRow, column: columnAt(actionColumns, rest, ficheTree.actions.keyColumn) };
  }
  if (part === ficheTree.indicators.at[0] && typeof index === 'number') {
    const row = source.ficheIndicators[f]?.[index];
    return row === undefined ? { sheet: 'indicators' } : { sheet: 'indicators', row, column: columnAt(indicatorColumns, rest, ficheTree.indicators.keyColumn) };
  }
  return { sheet: 'fiches', row: ficheRow, column: columnAt(ficheColumns, path.slice(1), ficheTree.fiches.keyColumn) };
}

function locateInList(path: PlanPath, source: SourceMap): Place {
  const [l, ...field] = path;
  const list = typeof l === 'number' ? source.lists[l] : undefined;
  if (list === undefined) return { sheet: 'lists' };
  const { options } = listLayout;
  const option = startsWith(field, options.at) ? field[options.at.length] : undefined;
  if (typeof option === 'number') {
    const row = list.options[option];
    if (row !== undefined) return { sheet: 'lists', row, column: columnAt(listColumns, field.slice(options.at.length + 1), options.keyColumn, options.columns) };
  }
  return { sheet: 'lists', row: list.row, column: columnAt(listColumns, field, listLayout.keyColumn, listLayout.listColumns) };
}

