/**
 * The plan sheets' columns as the one description the writer, the reader and the error locator
 * use: each column's field leads back to that column, an issue on an object or a whole item finds
 * the column the convention of the sheet names, and a column added to a sheet's description is
 * written and read with no other edit.
 */
import type { PlanPath } from '../../src/plan/issues';
import { sheetColumns, sheetNames, type CellKind, type Columns, type SheetKey } from '../../src/plan/sheets';
import { writeCell } from '../../src/plan/sheets/cellCodec';
import { columnAt, putAt, valueAt, type InputObject } from '../../src/plan/sheets/fieldPath';
import { ficheTree, listLayout, tableLayouts } from '../../src/plan/sheets/layouts';
import { ReadContext, SheetReader } from '../../src/plan/sheets/sheetReader';
import type { CellValue } from '../../src/workbook/grid';

/** The key column of each sheet: what names a row when an issue points at the item as a whole. */
const keyColumnOf: Partial<Record<SheetKey, string>> = {
  ...Object.fromEntries(Object.entries(tableLayouts).map(([sheet, layout]) => [sheet, layout.keyColumn])),
  fiches: ficheTree.fiches.keyColumn,
  actions: ficheTree.actions.keyColumn,
  indicators: ficheTree.indicators.keyColumn,
};

const columnsWithFields = (Object.keys(keyColumnOf) as SheetKey[]).flatMap((sheet) =>
  Object.entries(sheetColumns[sheet] as Columns)
    .filter(([, def]) => def.field !== undefined)
    .map(([key, def]) => [sheet, key, def.field!] as const),
);

describe('column fields', () => {
  it.each(columnsWithFields)('%s: the field of « %s » leads back to it', (sheet, key, field) => {
    expect(columnAt(sheetColumns[sheet] as Columns, field, keyColumnOf[sheet]!)).toBe(key);
  });

  it.each(Object.keys(sheetColumns) as SheetKey[])('%s: no two columns hold the same field', (sheet) => {
    const fields = Object.values(sheetColumns[sheet] as Columns)
      .filter((def) => def.field !== undefined)
      .map((def) => def.field!.join('.'));
    // Lists hold two items per row (the list and its option), each with its own « label ».
    const expected = sheet === 'lists' ? fields.length - 1 : fields.length;
    expect(new Set(fields).size).toBe(expected);
  });

  it.each<[SheetKey, PlanPath, string]>([
    ['indicators', ['bounds'], 'min'],
    ['indicators', ['bounds', 'max'], 'max'],
    ['indicators', ['formation'], 'formation'],
    ['indicators', ['formation', 'unknownField'], 'formation'],
    ['indicators', ['formation', 'split'], 'formationSplit'],
    ['indicators', ['reporters', 3], 'reporters'],
    ['indicators', [], 'code'],
    ['rules', ['missing'], 'missingLeft'],
    ['rules', ['missing', 'right'], 'missingRight'],
    ['rules', ['clause', 'quote'], 'quote'],
    ['rules', ['clause', 'fiche'], 'clause'],
    ['fiches', ['theme'], 'themeNumber'],
    ['fiches', ['theme', 'label'], 'themeLabel'],
    ['fiches', ['actions'], 'number'],
    ['actions', ['indicators'], 'code'],
    ['parties', ['attributes', 0], 'attributes'],
  ])('%s: an issue at %j sits in « %s »', (sheet, path, expected) => {
    expect(columnAt(sheetColumns[sheet] as Columns, path, keyColumnOf[sheet]!)).toBe(expected);
  });

  type ListColumn = keyof typeof sheetColumns.lists;
  it.each<[PlanPath, readonly ListColumn[], ListColumn]>([
    [['label'], listLayout.listColumns, 'listLabel'],
    [['options'], listLayout.listColumns, 'list'],
    [['label'], listLayout.options.columns, 'label'],
    [[], listLayout.options.columns, 'code'],
  ])('lists: %j among %j sits in « %s »', (path, only, expected) => {
    expect(columnAt(sheetColumns.lists, path, only[0]!, only)).toBe(expected);
  });
});

describe('field paths', () => {
  it.each<[string, InputObject, readonly string[], unknown, boolean, InputObject]>([
    ['a field', {}, ['code'], 'a', false, { code: 'a' }],
    ['a nested field makes its object', {}, ['bounds', 'min'], 1, false, { bounds: { min: 1 } }],
    ['into an existing object', { clause: { fiche: '1.1' } }, ['clause', 'quote'], 'q', false, { clause: { fiche: '1.1', quote: 'q' } }],
    ['an empty optional cell adds nothing', {}, ['bounds', 'min'], undefined, false, {}],
    ['an empty required cell still makes its object', {}, ['theme', 'number'], undefined, true, { theme: {} }],
  ])('putAt: %s', (_name, item, path, value, required, expected) => {
    putAt(item, path, value, required);
    expect(item).toEqual(expected);
  });

  it.each<[unknown, readonly string[], unknown]>([
    [{ bounds: { min: 2 } }, ['bounds', 'min'], 2],
    [{ bounds: undefined }, ['bounds', 'min'], undefined],
    [{ formation: { kind: 'sum' } }, ['formation', 'source'], undefined],
    [{ list: ['a'] }, ['list', '0'], undefined],
  ])('valueAt(%j, %j) is %p', (item, path, expected) => {
    expect(valueAt(item, path)).toEqual(expected);
  });
});

describe('cell kinds written', () => {
  it.each<[CellKind, unknown, CellValue]>([
    ['text', '', null],
    ['text', 'Accueil', 'Accueil'],
    ['integer', 0, 0],
    ['number', undefined, null],
    ['lines', ['a', 'b'], 'a\nb'],
    ['lines', [], null],
    ['codes', ['epci', 'commune'], 'epci, commune'],
    ['selectors', ['commune[competence_petite_enfance]'], 'commune[competence_petite_enfance]'],
    ['boolean', false, 'non'],
    ['boolean', true, 'oui'],
    ['flag', false, null],
    ['flag', true, 'oui'],
    ['targets', { '2024': 0.5 }, '2024=0,5'],
    ['clause', { fiche: '3.2', action: 2, part: 'Les indicateurs' }, 'Fiche 3.2, action 2 : Les indicateurs'],
    ['enum', 'sum', 'sum'],
  ])('%s %p → %p', (kind, value, expected) => {
    expect(writeCell(kind, value)).toEqual(expected);
  });
});

describe('a column added to a sheet is written and read with no other edit', () => {
  const columns = {
    code: { title: 'Code', required: true, kind: 'text', field: ['code'] },
    from: { title: 'De', required: false, kind: 'number', field: ['range', 'from'] },
    to: { title: 'À', required: false, kind: 'number', field: ['range', 'to'] },
    open: { title: 'Ouvert', required: false, kind: 'boolean', field: ['open'] },
  } as const satisfies Columns;

  it.each<[string, InputObject]>([
    ['every field', { code: 'a', range: { from: 1, to: 3 }, open: true }],
    ['an optional object left out', { code: 'b', open: false }],
    ['one end of the object', { code: 'c', range: { to: 2 }, open: false }],
  ])('%s', (_name, item) => {
    const keys = Object.keys(columns) as Array<keyof typeof columns>;
    const grid = {
      name: sheetNames.periods,
      rows: [keys.map((key) => columns[key].title), keys.map((key) => writeCell(columns[key].kind, valueAt(item, columns[key].field)))],
      formulas: [],
    };
    const context = new ReadContext();
    const reader = new SheetReader(context, 'periods', grid, columns);
    expect(reader.item(1)).toEqual(item);
    expect(context.issues).toEqual([]);
  });
});
