/**
 * The plan as editable sheets, in the spirit of XLSForm's survey/choices sheets: one header row of
 * French titles, one row per item. Each cell is its column's field written as its kind says
 * (columns.ts); `gridsToPlan` reads them back.
 */
import { withoutFollowUp } from '../followUpPlan';
import type { CellValue, Grid } from '../../workbook/grid';
import type { Plan } from '../schema';
import { writeCell } from './cellCodec';
import {
  actionColumns,
  indicatorColumns,
  listColumns,
  planColumns,
  planFields,
  sheetColumns,
  sheetNames,
  type Columns,
  type SheetKey,
} from './columns';
import { valueAt } from './fieldPath';
import { listLayout, tableLayouts, type TableKey } from './layouts';

type Cells<C extends Columns> = { [K in keyof C]?: CellValue };

/** The cells of the columns holding a field of `item` (those of `only`, when given). */
function fieldCells<C extends Columns>(columns: C, item: unknown, only?: ReadonlyArray<keyof C & string>): Cells<C> {
  const cells: Cells<C> = {};
  for (const key of only ?? Object.keys(columns)) {
    const def = columns[key]!;
    if (def.field !== undefined) cells[key] = writeCell(def.kind, valueAt(item, def.field));
  }
  return cells;
}

function sheet<C extends Columns>(key: SheetKey, columns: C, rows: ReadonlyArray<Cells<C>>): Grid {
  const keys = Object.keys(columns) as Array<keyof C & string>;
  return {
    name: sheetNames[key],
    rows: [keys.map((k) => columns[k]!.title), ...rows.map((cells) => keys.map((k) => cells[k] ?? null))],
    formulas: [],
  };
}

const items = (plan: Plan, key: TableKey): readonly unknown[] => {
  const found = valueAt(plan, tableLayouts[key].at);
  return Array.isArray(found) ? found : [];
};

const table = (plan: Plan, key: TableKey): Grid => sheet(key, sheetColumns[key], items(plan, key).map((item) => fieldCells(sheetColumns[key], item)));

export function planToGrids(derived: Plan): Grid[] {
  // The follow-up is derived from the plan on reading (followUpPlan.ts): the sheets hold what the author wrote.
  const plan = withoutFollowUp(derived);
  const fields = Object.values(planFields).map((def) => ({ field: def.title, value: writeCell(def.kind, valueAt(plan, def.field)) }));
  const actions = plan.fiches.flatMap((fiche) => fiche.actions.map((action) => ({ fiche: fiche.number, ...fieldCells(actionColumns, action) })));
  // Per fiche, its actions' indicators first, then the fiche's own evaluation criteria (no action).
  const indicators = plan.fiches.flatMap((fiche) => [
    ...fiche.actions.flatMap((action) => action.indicators.map((indicator) => ({ fiche: fiche.number, action: action.code, ...fieldCells(indicatorColumns, indicator) }))),
    ...fiche.indicators.map((indicator) => ({ fiche: fiche.number, ...fieldCells(indicatorColumns, indicator) })),
  ]);
  const options = plan.lists.flatMap((list) =>
    list.options.map((option) => ({ ...fieldCells(listColumns, list, listLayout.listColumns), ...fieldCells(listColumns, option, listLayout.options.columns) })),
  );
  return [
    sheet('plan', planColumns, fields),
    table(plan, 'periods'),
    table(plan, 'parties'),
    sheet('fiches', sheetColumns.fiches, plan.fiches.map((fiche) => fieldCells(sheetColumns.fiches, fiche))),
    sheet('actions', actionColumns, actions),
    sheet('indicators', indicatorColumns, indicators),
    sheet('lists', listColumns, options),
    table(plan, 'rules'),
    table(plan, 'communes'),
    table(plan, 'territories'),
    table(plan, 'facilities'),
  ];
}
