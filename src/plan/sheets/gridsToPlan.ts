/**
 * The plan sheets back to a plan: sheets found by name, columns by header title, every row read,
 * then the whole plan checked by `parsePlan` (schema, then cross-checks). Every issue is collected;
 * schema issues are traced back to the sheet and cell they come from.
 */
import type { Grid } from '../../workbook/grid';
import type { PlanIssue, PlanPath } from '../issues';
import { parsePlan } from '../parsePlan';
import { respondentKinds, type Plan } from '../schema';
import {
  actionColumns,
  communeColumns,
  facilityColumns,
  ficheColumns,
  indicatorColumns,
  listColumns,
  normaliseTitle,
  partyColumns,
  periodColumns,
  planColumns,
  planFields,
  ruleColumns,
  sheetNames,
  territoryColumns,
  type Columns,
  type PlanFieldKey,
  type SheetKey,
} from './columns';
import type { ClauseCell } from './cells';
import type { LocatedIssue, LocatedPlanIssue, SheetIssue } from './issues';
import { renderSheetIssue } from './messages';
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

/** Where each item of the rebuilt plan input came from: grid row indices. */
type SourceMap = {
  planRows: Partial<Record<PlanFieldKey, number>>;
  periods: number[];
  parties: number[];
  fiches: number[];
  actions: number[][];
  actionIndicators: number[][][];
  ficheIndicators: number[][];
  lists: Array<{ row: number; options: number[] }>;
  rules: number[];
  communes: number[];
  territories: number[];
  facilities: number[];
};

type AnyReader = SheetReader<Columns>;

export function gridsToPlan(grids: readonly Grid[]): GridsToPlanResult {
  const context = new ReadContext();
  const found = findSheets(grids, context);
  const open = <C extends Columns>(key: SheetKey, columns: C): SheetReader<C> | undefined => {
    const grid = found.get(key);
    return grid === undefined ? undefined : new SheetReader(context, key, grid, columns);
  };
  const readers = {
    plan: open('plan', planColumns),
    periods: open('periods', periodColumns),
    parties: open('parties', partyColumns),
    fiches: open('fiches', ficheColumns),
    actions: open('actions', actionColumns),
    indicators: open('indicators', indicatorColumns),
    lists: open('lists', listColumns),
    rules: open('rules', ruleColumns),
    communes: open('communes', communeColumns),
    territories: open('territories', territoryColumns),
    facilities: open('facilities', facilityColumns),
  };
  const source: SourceMap = {
    planRows: {},
    periods: [],
    parties: [],
    fiches: [],
    actions: [],
    actionIndicators: [],
    ficheIndicators: [],
    lists: [],
    rules: [],
    communes: [],
    territories: [],
    facilities: [],
  };

  const planValues = readPlanSheet(readers.plan, context, source);
  const { periods: P, parties: Pa, communes: C, territories: T, facilities: F, rules: R } = readers;

  const input = {
    id: planValues.id,
    title: planValues.title,
    version: planValues.version,
    signedOn: planValues.signedOn,
    periods: rowsOf(P, source.periods, (r) => ({
      id: P!.text(r, 'id'),
      label: P!.text(r, 'label'),
      start: P!.date(r, 'start'),
      end: P!.date(r, 'end'),
    })),
    parties: rowsOf(Pa, source.parties, (r) => ({
      code: Pa!.text(r, 'code'),
      kind: Pa!.enumeration(r, 'kind'),
      name: Pa!.text(r, 'name'),
      representedBy: Pa!.lines(r, 'representedBy'),
      signatory: Pa!.boolean(r, 'signatory'),
      attributes: Pa!.codes(r, 'attributes'),
    })),
    territory: {
      communes: rowsOf(C, source.communes, (r) => ({
        insee: C!.code5(r, 'insee'),
        name: C!.text(r, 'name'),
        signatory: C!.boolean(r, 'signatory'),
        territory: C!.text(r, 'territory'),
        attributes: C!.codes(r, 'attributes'),
      })),
      territories: rowsOf(T, source.territories, (r) => ({ code: T!.text(r, 'code'), name: T!.text(r, 'name') })),
      facilities: rowsOf(F, source.facilities, (r) => ({
        name: F!.text(r, 'name'),
        type: F!.text(r, 'type'),
        nature: F!.text(r, 'nature'),
        address: F!.text(r, 'address'),
        postcode: F!.code5(r, 'postcode'),
        commune: F!.code5(r, 'commune'),
        manager: readManager(F!.text(r, 'manager')),
      })),
      source: planValues.territorySource,
    },
    fiches: readFiches(readers.fiches, readers.actions, readers.indicators, source),
    lists: readLists(readers.lists, source),
    rules: rowsOf(R, source.rules, (r) => ({
      id: R!.text(r, 'id'),
      when: R!.text(r, 'when'),
      left: R!.text(r, 'left'),
      operator: R!.enumeration(r, 'operator'),
      right: R!.text(r, 'right'),
      missing: { left: R!.enumeration(r, 'missingLeft'), right: R!.enumeration(r, 'missingRight') },
      severity: R!.enumeration(r, 'severity'),
      message: R!.text(r, 'message'),
      fix: R!.text(r, 'fix'),
      scope: R!.enumeration(r, 'scope'),
      clause: ruleClause(R!.clause(r, 'clause'), R!.text(r, 'quote')),
    })),
  };

  // The input is untrusted by construction (cells as typed): `parsePlan` is the judge.
  const parsed = parsePlan(input);
  const sheetIssues = context.issues;
  if (parsed.ok && sheetIssues.length === 0) return { ok: true, plan: parsed.plan };

  const issues: LocatedPlanIssue[] = [];
  if (!parsed.ok) {
    for (const issue of parsed.issues) {
      const place = locate(issue.path, source);
      if (place !== undefined && context.isBlamed(place.sheet, place.column, place.row)) continue;
      issues.push(withPlace(issue, place, readers as Record<SheetKey, AnyReader | undefined>, found));
    }
  }
  const located: LocatedIssue[] = [
    ...sheetIssues.map((sheetIssue) => {
      const message = renderSheetIssue(sheetIssue);
      const issue: PlanIssue = { code: 'schema', path: [], params: { message: message.replace(/\.$/, '') } };
      return { issue, sheet: sheetIssue.sheet, ...(sheetIssue.cell !== undefined ? { cell: sheetIssue.cell } : {}), message };
    }),
    ...issues.map(({ sheet, cell, ...issue }) => ({
      issue,
      ...(sheet !== undefined ? { sheet } : {}),
      ...(cell !== undefined ? { cell } : {}),
    })),
  ];
  return { ok: false, issues, sheetIssues, located };
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
function readPlanSheet(
  reader: SheetReader<typeof planColumns> | undefined,
  context: ReadContext,
  source: SourceMap,
): Partial<Record<PlanFieldKey, string>> {
  const values: Partial<Record<PlanFieldKey, string>> = {};
  if (reader === undefined) return values;
  if (!reader.has('field') || !reader.has('value')) {
    // Reported as a missing column: nothing of this sheet can be read, nothing more is said of it.
    context.blameSheet('plan');
    return values;
  }
  const rowOf = new Map<string, number>();
  for (const row of reader.dataRows) {
    const label = reader.text(row, 'field');
    if (label !== undefined && !rowOf.has(normaliseTitle(label))) rowOf.set(normaliseTitle(label), row);
  }
  for (const [key, def] of Object.entries(planFields) as Array<[PlanFieldKey, (typeof planFields)[PlanFieldKey]]>) {
    const row = [def.title, ...(('aliases' in def ? def.aliases : undefined) ?? [])]
      .map((title) => rowOf.get(normaliseTitle(title)))
      .find((r) => r !== undefined);
    if (row === undefined) {
      context.report({ code: 'missing_row', sheet: reader.grid.name, params: { field: def.title } });
      context.blameColumn('plan', `field:${key}`);
      continue;
    }
    source.planRows[key] = row;
    values[key] = def.kind === 'date' ? reader.date(row, 'value') : reader.text(row, 'value');
  }
  return values;
}

type IndicatorReader = SheetReader<typeof indicatorColumns>;

function readFiches(
  F: SheetReader<typeof ficheColumns> | undefined,
  A: SheetReader<typeof actionColumns> | undefined,
  I: IndicatorReader | undefined,
  source: SourceMap,
): unknown[] {
  type ActionIn = { number: unknown; code: unknown; indicators: unknown[] } & Record<string, unknown>;
  type FicheIn = { number: string | undefined; actions: ActionIn[]; indicators: unknown[] } & Record<string, unknown>;
  const fiches: FicheIn[] = rowsOf(F, source.fiches, (r) => ({
    number: F!.text(r, 'number'),
    theme: { number: F!.number(r, 'themeNumber', 'integer'), label: F!.text(r, 'themeLabel') },
    title: F!.text(r, 'title'),
    shortTitle: F!.text(r, 'shortTitle'),
    context: F!.lines(r, 'context'),
    objectives: F!.lines(r, 'objectives'),
    targetPublic: F!.text(r, 'targetPublic'),
    status: F!.enumeration(r, 'status'),
    actions: [],
    indicators: [],
  }));
  fiches.forEach(() => {
    source.actions.push([]);
    source.actionIndicators.push([]);
    source.ficheIndicators.push([]);
  });
  const ficheIndex = new Map<string, number>();
  fiches.forEach((fiche, i) => {
    if (fiche.number !== undefined && !ficheIndex.has(fiche.number)) ficheIndex.set(fiche.number, i);
  });
  /** The fiche a row belongs to; undefined (reported) when unknown, or when there is no Fiches sheet. */
  const ficheOf = <C extends Columns & { fiche: unknown }>(reader: SheetReader<C>, row: number): number | undefined => {
    if (F === undefined) return undefined;
    const number = reader.text(row, 'fiche' as keyof C & string);
    const index = number === undefined ? undefined : ficheIndex.get(number);
    if (index === undefined) reader.unknownReference(row, 'fiche' as keyof C & string, { target: 'fiche' });
    return index;
  };

  if (A !== undefined) {
    for (const row of A.dataRows) {
      const f = ficheOf(A, row);
      if (f === undefined) continue;
      fiches[f]!.actions.push({
        number: A.number(row, 'number', 'integer'),
        code: A.text(row, 'code'),
        title: A.text(row, 'title'),
        description: A.lines(row, 'description'),
        start: A.text(row, 'start'),
        startPeriod: A.text(row, 'startPeriod'),
        indicators: [],
      });
      source.actions[f]!.push(row);
      source.actionIndicators[f]!.push([]);
    }
  }

  if (I !== undefined) {
    for (const row of I.dataRows) {
      // Without an Actions sheet (reported), an action's indicators have nowhere to go.
      if (A === undefined && I.text(row, 'action') !== undefined) continue;
      const f = ficheOf(I, row);
      if (f === undefined) continue;
      const fiche = fiches[f]!;
      const indicator = readIndicator(I, row);
      const actionRef = I.text(row, 'action');
      if (actionRef === undefined) {
        fiche.indicators.push(indicator);
        source.ficheIndicators[f]!.push(row);
        continue;
      }
      let a = fiche.actions.findIndex((action) => action.code === actionRef);
      if (a < 0 && /^\d+$/.test(actionRef)) a = fiche.actions.findIndex((action) => action.number === Number(actionRef));
      if (a < 0) {
        I.unknownReference(row, 'action', { target: 'action', fiche: fiche.number ?? '' });
        continue;
      }
      fiche.actions[a]!.indicators.push(indicator);
      source.actionIndicators[f]![a]!.push(row);
    }
  }
  return fiches;
}

function readIndicator(I: IndicatorReader, row: number): Record<string, unknown> {
  const min = I.number(row, 'min');
  const max = I.number(row, 'max');
  const bounds = min === undefined && max === undefined ? undefined : { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
  return {
    code: I.text(row, 'code'),
    label: I.text(row, 'label'),
    source: I.text(row, 'source'),
    clause: I.clause(row, 'clause'),
    type: I.enumeration(row, 'type'),
    unit: I.text(row, 'unit'),
    list: I.text(row, 'list'),
    breakdown: I.codes(row, 'breakdown'),
    reporters: I.codes(row, 'reporters').map(readSelector),
    periods: I.codes(row, 'periods'),
    required: I.boolean(row, 'required'),
    bounds,
    formation: readFormation(I, row),
    trackEvolution: I.boolean(row, 'trackEvolution'),
    changeFactor: I.number(row, 'changeFactor'),
    targets: I.targets(row, 'targets'),
    note: I.text(row, 'note'),
  };
}

/**
 * A rule's passage and its quotation, from two cells. Both empty: no clause. One without the
 * other is passed on incomplete, for the schema to report the missing part at its column.
 */
function ruleClause(clause: ClauseCell | undefined, quote: string | undefined): unknown {
  if (clause === undefined && quote === undefined) return undefined;
  return { ...clause, quote };
}

/**
 * « EPCI » → « epci », « Commune[competence_petite_enfance] » → « commune[competence_petite_enfance] »:
 * respondent kinds forgive case and accents, like the other codes; named respondents and
 * attributes are codes, read as typed.
 */
function readSelector(text: string): string {
  const withAttribute = /^([^[\]]+)\[(.*)\]$/.exec(text);
  if (withAttribute === null) return readEnumCode(text, respondentKinds);
  return `${readEnumCode(withAttribute[1]!.trim(), respondentKinds)}[${withAttribute[2]!.trim()}]`;
}

/** A commune's INSEE code typed as a number loses its leading zero in Excel: « 4070 » → « 04070 ». */
function readManager(text: string | undefined): string | undefined {
  return text !== undefined && /^\d{4}$/.test(text) ? `0${text}` : text;
}

/**
 * The declaration from its columns; only the fields of the kind chosen are read, so a leftover
 * « Source qui fait foi » on a `sum` row does no harm. Plan sheets written before the declaration
 * had « Agrégation »: its « last » and « none » read as « latest » and « listed ».
 */
function readFormation(I: IndicatorReader, row: number): Record<string, unknown> {
  const written = I.enumeration(row, 'formation');
  const kind = written === 'last' ? 'latest' : written === 'none' ? 'listed' : written;
  const shares = I.boolean(row, 'formationShares') ?? false;
  switch (kind) {
    case 'sum':
      return { kind, shares };
    case 'distinctSum':
      return { kind, split: I.text(row, 'formationSplit'), shares };
    case 'authority':
      return { kind, source: I.enumeration(row, 'formationSource'), shares };
    case 'sameAs':
      return { kind, indicator: I.text(row, 'formationOf') };
    default:
      return { kind };
  }
}

/** « EPCI » → « epci »: respondent kinds forgive case and accents, like the other codes. */
function readEnumCode(code: string, values: readonly string[]): string {
  return values.find((value) => normaliseTitle(value) === normaliseTitle(code)) ?? code;
}

/** Lists: one row per option, grouped by the list's id in order of first appearance. */
function readLists(L: SheetReader<typeof listColumns> | undefined, source: SourceMap): unknown[] {
  if (L === undefined) return [];
  const groups = new Map<string, number[]>();
  for (const row of L.dataRows) {
    const id = L.text(row, 'list') ?? '';
    const rows = groups.get(id) ?? [];
    rows.push(row);
    groups.set(id, rows);
  }
  return [...groups.entries()].map(([id, rows]) => {
    source.lists.push({ row: rows[0]!, options: rows });
    const labelRow = rows.find((row) => L.text(row, 'listLabel') !== undefined) ?? rows[0]!;
    return {
      id: id === '' ? undefined : id,
      label: L.text(labelRow, 'listLabel'),
      options: rows.map((row) => ({ code: L.text(row, 'code'), label: L.text(row, 'label') })),
    };
  });
}

type Place = { sheet: SheetKey; row?: number; column?: string };

const ficheFields: Record<string, string> = {
  number: 'number',
  title: 'title',
  shortTitle: 'shortTitle',
  context: 'context',
  objectives: 'objectives',
  targetPublic: 'targetPublic',
  status: 'status',
  actions: 'number',
  indicators: 'number',
};

/** The sheet, row and column a plan path comes from, as far as it can be traced. */
function locate(path: PlanPath, source: SourceMap): Place | undefined {
  const [head, i, field, ...rest] = path;
  const item = (sheet: SheetKey, rows: number[], column?: string): Place => {
    const row = typeof i === 'number' ? rows[i] : undefined;
    return row === undefined ? { sheet } : { sheet, row, ...(column !== undefined ? { column } : {}) };
  };
  switch (head) {
    case 'id':
    case 'title':
    case 'version':
    case 'signedOn':
      return planPlace(head, source);
    case 'periods':
      return item('periods', source.periods, field as string | undefined);
    case 'parties':
      return item('parties', source.parties, field as string | undefined);
    case 'rules': {
      const column =
        field === 'missing' ? (rest[0] === 'right' ? 'missingRight' : 'missingLeft')
        : field === 'clause' && rest[0] === 'quote' ? 'quote'
        : (field as string | undefined);
      return item('rules', source.rules, column);
    }
    case 'lists': {
      const list = typeof i === 'number' ? source.lists[i] : undefined;
      if (list === undefined) return { sheet: 'lists' };
      if (field === 'options' && typeof rest[0] === 'number') {
        const row = list.options[rest[0]];
        if (row !== undefined) return { sheet: 'lists', row, column: rest[1] === 'label' ? 'label' : 'code' };
      }
      return { sheet: 'lists', row: list.row, column: field === 'label' ? 'listLabel' : 'list' };
    }
    case 'territory': {
      const [, part, index, subField] = path;
      if (part === 'source') return planPlace('territorySource', source);
      const sheet = part === 'territories' ? 'territories' : part === 'facilities' ? 'facilities' : 'communes';
      const row = typeof index === 'number' ? source[sheet][index] : undefined;
      return row === undefined ? { sheet } : { sheet, row, ...(typeof subField === 'string' ? { column: subField } : {}) };
    }
    case 'fiches':
      return locateInFiche(path.slice(1), source);
    default:
      return undefined;
  }
}

function planPlace(key: PlanFieldKey, source: SourceMap): Place {
  const row = source.planRows[key];
  // A missing field row is blamed under the column `field:<key>`.
  return row === undefined ? { sheet: 'plan', column: `field:${key}` } : { sheet: 'plan', row, column: 'value' };
}

function locateInFiche(path: PlanPath, source: SourceMap): Place {
  const [f, part, index, ...rest] = path;
  if (typeof f !== 'number' || source.fiches[f] === undefined) return { sheet: 'fiches' };
  const ficheRow = source.fiches[f]!;
  if (part === 'actions' && typeof index === 'number') {
    const actionRow = source.actions[f]?.[index];
    if (actionRow === undefined) return { sheet: 'actions' };
    if (rest[0] === 'indicators' && typeof rest[1] === 'number') {
      const row = source.actionIndicators[f]?.[index]?.[rest[1]];
      return row === undefined ? { sheet: 'indicators' } : indicatorPlace(row, rest.slice(2));
    }
    return { sheet: 'actions', row: actionRow, column: typeof rest[0] === 'string' && rest[0] !== 'indicators' ? rest[0] : 'code' };
  }
  if (part === 'indicators' && typeof index === 'number') {
    const row = source.ficheIndicators[f]?.[index];
    return row === undefined ? { sheet: 'indicators' } : indicatorPlace(row, rest);
  }
  if (part === 'theme') return { sheet: 'fiches', row: ficheRow, column: index === 'label' ? 'themeLabel' : 'themeNumber' };
  return { sheet: 'fiches', row: ficheRow, column: (typeof part === 'string' ? ficheFields[part] : undefined) ?? 'number' };
}

/** A path inside `formation` → its column. */
const formationColumnOf: Record<string, string> = { source: 'formationSource', split: 'formationSplit', shares: 'formationShares', indicator: 'formationOf' };

function indicatorPlace(row: number, path: PlanPath): Place {
  const [field, sub] = path;
  if (field === 'bounds') return { sheet: 'indicators', row, column: sub === 'max' ? 'max' : 'min' };
  if (field === 'formation') return { sheet: 'indicators', row, column: formationColumnOf[String(sub)] ?? 'formation' };
  return { sheet: 'indicators', row, column: typeof field === 'string' ? field : 'code' };
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
