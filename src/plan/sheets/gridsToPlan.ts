/**
 * The plan sheets back to a plan: sheets found by name, columns by header title, each row read into
 * its item by the columns' fields (columns.ts) where the layouts put it, then the whole plan checked by
 * `parsePlan` (schema, then cross-checks). Every issue is collected; a schema issue's path is traced
 * back to its sheet, row and column by the same fields.
 */
import type { Grid } from '../../workbook/grid';
import type { PlanIssue } from '../issues';
import { parsePlan } from '../parsePlan';
import { formationSchema, type Plan } from '../schema';
import {
  actionColumns,
  ficheColumns,
  indicatorColumns,
  listColumns,
  normaliseTitle,
  planColumns,
  planFields,
  sheetColumns,
  sheetNames,
  type Columns,
  type PlanFieldKey,
  type SheetKey,
} from './columns';
import { isInputObject, putAt, type InputObject } from './fieldPath';
import type { LocatedIssue, LocatedPlanIssue, SheetIssue } from './issues';
import { ficheTree, listLayout, tableLayouts, type TableKey } from './layouts';
import { locate, type Place, type SourceMap } from './locate';
import { ReadContext, SheetReader } from './sheetReader';

export type GridsToPlanResult =
  | { ok: true; plan: Plan }
  | {
      ok: false;
      /** Issues of the plan's content (schema, cross-checks), with their sheet and cell when known. */
      issues: LocatedPlanIssue[];
      /** Issues of the sheets themselves (missing sheet or column, unreadable cell…). */
      sheetIssues: SheetIssue[];
      /** Both, in one list (sheet issues first), each with its sheet, cell and (for sheet issues) message. */
      located: LocatedIssue[];
    };

type AnyReader = SheetReader<Columns>;

type Readers = { [K in SheetKey]: SheetReader<(typeof sheetColumns)[K]> | undefined };

/** The plain sheets, in the order their rows are read (and their unreadable cells reported). */
const tablesInReadingOrder: readonly TableKey[] = ['periods', 'parties', 'communes', 'territories', 'facilities'];

export function gridsToPlan(grids: readonly Grid[]): GridsToPlanResult {
  const context = new ReadContext();
  const found = findSheets(grids, context);
  const open = <K extends SheetKey>(key: K): SheetReader<(typeof sheetColumns)[K]> | undefined => {
    const grid = found.get(key);
    return grid === undefined ? undefined : new SheetReader(context, key, grid, sheetColumns[key]);
  };
  const readers: Readers = {
    plan: open('plan'),
    periods: open('periods'),
    parties: open('parties'),
    fiches: open('fiches'),
    actions: open('actions'),
    indicators: open('indicators'),
    lists: open('lists'),
    rules: open('rules'),
    communes: open('communes'),
    territories: open('territories'),
    facilities: open('facilities'),
  };
  const source: SourceMap = {
    planRows: {},
    tables: { periods: [], parties: [], communes: [], territories: [], facilities: [], rules: [] },
    fiches: [],
    actions: [],
    actionIndicators: [],
    ficheIndicators: [],
    lists: [],
  };

  const input: InputObject = {};
  readPlanSheet(readers.plan, context, source, input);
  for (const key of tablesInReadingOrder) putAt(input, tableLayouts[key].at, readTable(readers[key], source.tables[key]));
  putAt(input, ficheTree.fiches.at, readFiches(readers.fiches, readers.actions, readers.indicators, source));
  putAt(input, listLayout.at, readLists(readers.lists, source));
  putAt(input, tableLayouts.rules.at, readTable(readers.rules, source.tables.rules));

  // The input is untrusted by construction (cells as typed): `parsePlan` is the judge.
  const parsed = parsePlan(input);
  const sheetIssues = context.issues;
  if (parsed.ok && sheetIssues.length === 0) return { ok: true, plan: parsed.plan };

  const issues: LocatedPlanIssue[] = [];
  if (!parsed.ok) {
    for (const issue of parsed.issues) {
      const place = locate(issue.path, source);
      if (place !== undefined && context.isBlamed(place.sheet, place.column, place.row)) continue;
      issues.push(withPlace(issue, place, readers, found));
    }
  }
  const located: LocatedIssue[] = [
    ...sheetIssues.map((issue) => ({ kind: 'sheet' as const, issue, sheet: issue.sheet, ...(issue.cell !== undefined ? { cell: issue.cell } : {}) })),
    ...issues.map(({ sheet, cell, ...issue }) => ({
      kind: 'plan' as const,
      issue,
      ...(sheet !== undefined ? { sheet } : {}),
      ...(cell !== undefined ? { cell } : {}),
    })),
  ];
  return { ok: false, issues, sheetIssues, located };
}

/** One item per data row, each column's field read into it. */
function readTable(reader: AnyReader | undefined, rows: number[]): InputObject[] {
  return reader === undefined ? [] : rowsOf(reader, rows, (row) => reader.item(row));
}

function rowsOf<C extends Columns, T>(reader: SheetReader<C> | undefined, rows: number[], read: (row: number) => T): T[] {
  if (reader === undefined) return [];
  return reader.dataRows.map((row) => {
    rows.push(row);
    return read(row);
  });
}

/** Sheets by name, forgiving case, accents and spaces; a missing sheet is reported and blamed. */
function findSheets(grids: readonly Grid[], context: ReadContext): Map<SheetKey, Grid> {
  const found = new Map<SheetKey, Grid>();
  const keyByName = new Map(Object.entries(sheetNames).map(([key, name]) => [normaliseTitle(name), key as SheetKey]));
  for (const grid of grids) {
    const key = keyByName.get(normaliseTitle(grid.name));
    if (key === undefined) continue;
    if (found.has(key)) {
      context.report({ code: 'duplicate_sheet', sheet: grid.name, params: { sheet: sheetNames[key] } });
      continue;
    }
    found.set(key, grid);
  }
  for (const [key, name] of Object.entries(sheetNames) as Array<[SheetKey, string]>) {
    if (!found.has(key)) {
      context.report({ code: 'missing_sheet', sheet: name, params: { sheet: name } });
      context.blameSheet(key);
    }
  }
  return found;
}

/** The « Plan » sheet: one row per field, found by its label in the « Champ » column. */
function readPlanSheet(reader: SheetReader<typeof planColumns> | undefined, context: ReadContext, source: SourceMap, input: InputObject): void {
  if (reader === undefined) return;
  if (!reader.has('field') || !reader.has('value')) {
    // Reported as a missing column: nothing of this sheet can be read, nothing more is said of it.
    context.blameSheet('plan');
    return;
  }
  const rowOf = new Map<string, number>();
  for (const row of reader.dataRows) {
    const label = reader.text(row, 'field');
    if (label !== undefined && !rowOf.has(normaliseTitle(label))) rowOf.set(normaliseTitle(label), row);
  }
  for (const [key, def] of Object.entries(planFields) as Array<[PlanFieldKey, (typeof planFields)[PlanFieldKey]]>) {
    const row = [def.title, ...(def.aliases ?? [])].map((title) => rowOf.get(normaliseTitle(title))).find((r) => r !== undefined);
    if (row === undefined) {
      context.report({ code: 'missing_row', sheet: reader.grid.name, params: { field: def.title } });
      context.blameColumn('plan', `field:${key}`);
      continue;
    }
    source.planRows[key] = row;
    putAt(input, def.field, reader.read(row, 'value', def.kind));
  }
}

type ActionIn = InputObject & { indicators: InputObject[] };
type FicheIn = InputObject & { actions: ActionIn[]; indicators: InputObject[] };

function readFiches(
  F: SheetReader<typeof ficheColumns> | undefined,
  A: SheetReader<typeof actionColumns> | undefined,
  I: SheetReader<typeof indicatorColumns> | undefined,
  source: SourceMap,
): FicheIn[] {
  const fiches: FicheIn[] = rowsOf(F, source.fiches, (row) => ({ ...F!.item(row), actions: [], indicators: [] }));
  fiches.forEach(() => {
    source.actions.push([]);
    source.actionIndicators.push([]);
    source.ficheIndicators.push([]);
  });
  const ficheIndex = new Map<unknown, number>();
  fiches.forEach((fiche, i) => {
    if (fiche.number !== undefined && !ficheIndex.has(fiche.number)) ficheIndex.set(fiche.number, i);
  });
  /** The fiche a row belongs to; undefined (reported) when unknown, or when there is no Fiches sheet. */
  const ficheOf = <C extends Columns & { fiche: unknown }>(reader: SheetReader<C>, row: number): number | undefined => {
    if (F === undefined) return undefined;
    const number = reader.text(row, ficheTree.actions.parent);
    const index = number === undefined ? undefined : ficheIndex.get(number);
    if (index === undefined) reader.unknownReference(row, ficheTree.actions.parent, { target: 'fiche' });
    return index;
  };

  if (A !== undefined) {
    for (const row of A.dataRows) {
      const f = ficheOf(A, row);
      if (f === undefined) continue;
      fiches[f]!.actions.push({ ...A.item(row), indicators: [] });
      source.actions[f]!.push(row);
      source.actionIndicators[f]!.push([]);
    }
  }

  if (I !== undefined) {
    for (const row of I.dataRows) {
      const actionRef = I.text(row, ficheTree.indicators.action);
      // Without an Actions sheet (reported), an action's indicators have nowhere to go.
      if (A === undefined && actionRef !== undefined) continue;
      const f = ficheOf(I, row);
      if (f === undefined) continue;
      const fiche = fiches[f]!;
      const indicator = readIndicator(I, row);
      if (actionRef === undefined) {
        fiche.indicators.push(indicator);
        source.ficheIndicators[f]!.push(row);
        continue;
      }
      let a = fiche.actions.findIndex((action) => action.code === actionRef);
      if (a < 0 && /^\d+$/.test(actionRef)) a = fiche.actions.findIndex((action) => action.number === Number(actionRef));
      if (a < 0) {
        I.unknownReference(row, ficheTree.indicators.action, { target: 'action', fiche: typeof fiche.number === 'string' ? fiche.number : '' });
        continue;
      }
      fiche.actions[a]!.indicators.push(indicator);
      source.actionIndicators[f]![a]!.push(row);
    }
  }
  return fiches;
}

function readIndicator(I: SheetReader<typeof indicatorColumns>, row: number): InputObject {
  const indicator = I.item(row);
  return { ...indicator, formation: declaredFormation(indicator.formation) };
}

/** Plan sheets written before the declaration had « Agrégation », whose « last » and « none » say « latest » and « listed ». */
const formationKindAliases: Readonly<Record<string, string>> = { last: 'latest', none: 'listed' };

/**
 * The declaration from its columns; only the fields of the kind chosen are kept (the schema's
 * shape for that kind), so a leftover « Source qui fait foi » on a `sum` row does no harm.
 */
function declaredFormation(read: unknown): InputObject {
  const columns: InputObject = isInputObject(read) ? read : {};
  const written = columns.kind;
  const kind = typeof written === 'string' ? (formationKindAliases[written] ?? written) : written;
  const shape = formationSchema.def.options.find((option) => option.shape.kind.def.values[0] === kind)?.shape;
  const declared: InputObject = { kind };
  for (const field of Object.keys(shape ?? {})) if (field !== 'kind' && columns[field] !== undefined) declared[field] = columns[field];
  return declared;
}

/** Lists: one row per option, grouped by the list's id in order of first appearance. */
function readLists(L: SheetReader<typeof listColumns> | undefined, source: SourceMap): InputObject[] {
  if (L === undefined) return [];
  const groups = new Map<string, number[]>();
  for (const row of L.dataRows) {
    const id = L.text(row, listLayout.keyColumn) ?? '';
    const rows = groups.get(id) ?? [];
    rows.push(row);
    groups.set(id, rows);
  }
  return [...groups.values()].map((rows) => {
    source.lists.push({ row: rows[0]!, options: rows });
    // The list's own cells are read from its first row that has them.
    const list: InputObject = {};
    for (const key of listLayout.listColumns) {
      const row = rows.find((r) => L.text(r, key) !== undefined) ?? rows[0]!;
      Object.assign(list, L.item(row, [key]));
    }
    putAt(list, listLayout.options.at, rows.map((row) => L.item(row, listLayout.options.columns)));
    return list;
  });
}

function withPlace(
  issue: PlanIssue,
  place: Place | undefined,
  readers: Record<SheetKey, AnyReader | undefined>,
  found: Map<SheetKey, Grid>,
): LocatedPlanIssue {
  if (place === undefined) return issue;
  const sheet = found.get(place.sheet)?.name ?? sheetNames[place.sheet];
  const reader = readers[place.sheet];
  if (place.row === undefined || reader === undefined) return { ...issue, sheet };
  const column = place.column !== undefined && place.column in reader.columns ? place.column : undefined;
  return { ...issue, sheet, cell: column === undefined ? reader.cell(place.row, Object.keys(reader.columns)[0]!) : reader.cell(place.row, column) };
}
