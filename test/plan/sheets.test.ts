/**
 * The plan as editable sheets: planToGrids ⇄ gridsToPlan. Round trip identity, tolerance of what an
 * adviser does in Excel (moved columns, extra columns, blank rows, numbers typed as numbers), and
 * every structural or content problem reported at its sheet and cell.
 */
import { defaultPlan } from '../../src/plan/default';
import { isDerivedIndicator, withFollowUp, withoutFollowUp } from '../../src/plan/followUpPlan';
import {
  actionSchema,
  choiceListSchema,
  communeSchema,
  facilitySchema,
  ficheSchema,
  formationSchema,
  indicatorSchema,
  partySchema,
  periodSchema,
  planSchema,
  ruleSchema,
  territoryDataSchema,
  territorySchema,
  type Plan,
} from '../../src/plan/schema';
import { renderLocatedIssue, renderSheetIssue } from '../../src/i18n/planSheetIssues';
import {
  gridsToPlan,
  indicatorColumns,
  planToGrids,
  sheetColumns,
  sheetNames,
  type GridsToPlanResult,
} from '../../src/plan/sheets';
import { parseTargets, parseNumber, parseBoolean, readDate, readCodes, readLines } from '../../src/plan/sheets/cells';
import { a1, columnIndex, columnLetter, parseA1 } from '../../src/workbook/a1';
import type { CellValue, Grid } from '../../src/workbook/grid';

// ---------------------------------------------------------------------------------------------
// Grid editing helpers: what an adviser does in Excel.

const clone = (grids: Grid[]): Grid[] => structuredClone(grids);

function sheet(grids: Grid[], name: string): Grid {
  const found = grids.find((g) => g.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

function columnOf(grid: Grid, title: string): number {
  const index = grid.rows[0]!.indexOf(title);
  if (index < 0) throw new Error(`no column ${title} in ${grid.name}`);
  return index;
}

/** Sets the cell at « L3 ». */
function set(grids: Grid[], name: string, cell: string, value: CellValue): Grid[] {
  const { row, column } = parseA1(cell)!;
  const grid = sheet(grids, name);
  const cells = (grid.rows[row] ??= []);
  while (cells.length <= column) cells.push(null);
  cells[column] = value;
  return grids;
}

/** Sets the cell of column `title` on 1-based `row`. */
function setAt(grids: Grid[], name: string, title: string, row: number, value: CellValue): Grid[] {
  return set(grids, name, a1(row - 1, columnOf(sheet(grids, name), title)), value);
}

function get(grids: Grid[], name: string, title: string, row: number): CellValue {
  const grid = sheet(grids, name);
  return grid.rows[row - 1]?.[columnOf(grid, title)] ?? null;
}

function removeColumn(grids: Grid[], name: string, title: string): Grid[] {
  const grid = sheet(grids, name);
  const index = columnOf(grid, title);
  grid.rows = grid.rows.map((row) => row.filter((_, c) => c !== index));
  return grids;
}

function removeSheet(grids: Grid[], name: string): Grid[] {
  return grids.filter((g) => g.name !== name);
}

/** Columns in a new order (a permutation of indices), every row alike. */
function permuteColumns(grid: Grid, order: number[]): void {
  grid.rows = grid.rows.map((row) => order.map((c) => row[c] ?? null));
}

/** The 1-based row of the Indicateurs sheet holding `code`. */
function indicatorRow(grids: Grid[], code: string): number {
  const grid = sheet(grids, 'Indicateurs');
  const c = columnOf(grid, 'Code');
  const r = grid.rows.findIndex((row) => row[c] === code);
  if (r < 0) throw new Error(`no indicator ${code}`);
  return r + 1;
}

/** Every issue as { code, sheet, cell }, sheet issues first. */
function located(result: GridsToPlanResult): Array<{ code: string; sheet?: string; cell?: string }> {
  if (result.ok) return [];
  return [
    ...result.sheetIssues.map(({ code, sheet, cell }) => ({ code, sheet, ...(cell ? { cell } : {}) })),
    ...result.issues.map(({ code, sheet, cell }) => ({ code, ...(sheet ? { sheet } : {}), ...(cell ? { cell } : {}) })),
  ];
}

const plan = defaultPlan();
const derivedPlan = plan;
const grids = () => planToGrids(plan);

// ---------------------------------------------------------------------------------------------

describe('A1 helpers', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [51, 'AZ'],
    [52, 'BA'],
    [701, 'ZZ'],
    [702, 'AAA'],
    [16383, 'XFD'],
  ])('column %i is %s, and back', (index, letters) => {
    expect(columnLetter(index)).toBe(letters);
    expect(columnIndex(letters)).toBe(index);
    expect(columnIndex(letters.toLowerCase())).toBe(index);
  });

  it.each([
    [0, 0, 'A1'],
    [2, 1, 'B3'],
    [1048575, 16383, 'XFD1048576'],
  ])('a1(%i, %i) is %s, and parseA1 reads it back', (row, column, ref) => {
    expect(a1(row, column)).toBe(ref);
    expect(parseA1(ref)).toEqual({ row, column });
    expect(parseA1(`$${ref.replace(/(\d)/, '$$$1')}`)).toEqual({ row, column });
  });

  it.each(['', 'A', '1', 'A0', 'A-1', 'É1'])('parseA1(%p) is undefined', (ref) => {
    expect(parseA1(ref)).toBeUndefined();
  });

  it('refuses negative indices', () => {
    expect(() => columnLetter(-1)).toThrow(RangeError);
    expect(() => a1(-1, 0)).toThrow(RangeError);
  });
});

describe('cell encodings', () => {
  it.each<[CellValue, Record<string, number> | undefined | 'bad']>([
    ['2024=10 ; 2025=12', { '2024': 10, '2025': 12 }],
    ['2024=0,5;2025 = 12.5', { '2024': 0.5, '2025': 12.5 }],
    ['2024 = 50 %', { '2024': 0.5 }],
    ['2024: 3', { '2024': 3 }],
    [null, undefined],
    ['  ', undefined],
    ['2024 dix', 'bad'],
    ['2024=dix', 'bad'],
  ])('targets %p', (cell, expected) => {
    const parsed = parseTargets(cell);
    expect(parsed).toEqual(expected === 'bad' ? { ok: false } : { ok: true, value: expected });
  });

  it.each<[CellValue, number | undefined | 'bad']>([
    [12, 12],
    ['12', 12],
    ['1,5', 1.5],
    ['1 000', 1000],
    ['-2', -2],
    ['50 %', 0.5],
    ['1e3', 1000],
    [null, undefined],
    ['beaucoup', 'bad'],
    ['1,5,2', 'bad'],
    [true, 'bad'],
  ])('number %p', (cell, expected) => {
    expect(parseNumber(cell)).toEqual(expected === 'bad' ? { ok: false } : { ok: true, value: expected });
  });

  it.each<[CellValue, boolean | undefined | 'bad']>([
    ['oui', true],
    ['Oui ', true],
    ['NON', false],
    ['vrai', true],
    ['faux', false],
    [true, true],
    [false, false],
    [1, true],
    [0, false],
    [null, undefined],
    ['peut-être', 'bad'],
    [2, 'bad'],
  ])('oui/non %p', (cell, expected) => {
    expect(parseBoolean(cell)).toEqual(expected === 'bad' ? { ok: false } : { ok: true, value: expected });
  });

  it.each<[CellValue, string | undefined]>([
    ['2024-03-15', '2024-03-15'],
    ['15/03/2024', '2024-03-15'],
    ['1/3/2024', '2024-03-01'],
    [45366, '2024-03-15'],
    ['2024-03-15T00:00:00', '2024-03-15'],
    [null, undefined],
    ['mars 2024', 'mars 2024'],
  ])('date %p', (cell, expected) => {
    expect(readDate(cell)).toBe(expected);
  });

  it('lists: codes by commas, text by lines', () => {
    expect(readCodes('epci, commune;caf\npartner,,')).toEqual(['epci', 'commune', 'caf', 'partner']);
    expect(readCodes(2024)).toEqual(['2024']);
    expect(readLines('Première ligne, avec virgule\r\n\n  Deuxième  ')).toEqual(['Première ligne, avec virgule', 'Deuxième']);
  });
});

describe('planToGrids', () => {
  it('writes one sheet per part of the plan, each with its header row of French titles', () => {
    const written = grids();
    expect(written.map((g) => g.name)).toEqual(Object.values(sheetNames));
    for (const grid of written) {
      const key = Object.entries(sheetNames).find(([, name]) => name === grid.name)![0] as keyof typeof sheetColumns;
      expect(grid.rows[0]).toEqual(Object.values(sheetColumns[key]).map((c) => c.title));
      for (const row of grid.rows) expect(row).toHaveLength(grid.rows[0]!.length);
    }
  });

  it('writes one row per item', () => {
    const written = grids();
    const rowsOf = (name: string) => sheet(written, name).rows.length - 1;
    // The sheets hold what the author wrote: the derived follow-up is left out.
    const plan = withoutFollowUp(derivedPlan);
    expect(rowsOf('Fiches')).toBe(plan.fiches.length);
    expect(rowsOf('Actions')).toBe(plan.fiches.flatMap((f) => f.actions).length);
    expect(rowsOf('Indicateurs')).toBe(
      plan.fiches.flatMap((f) => [...f.indicators, ...f.actions.flatMap((a) => a.indicators)]).length,
    );
    expect(rowsOf('Listes')).toBe(plan.lists.flatMap((l) => l.options).length);
    expect(rowsOf('Communes')).toBe(plan.territory.communes.length);
    expect(rowsOf('Équipements')).toBe(plan.territory.facilities.length);
    expect(rowsOf('Plan')).toBe(5);
  });

  it('uses readable encodings: codes by commas, « oui »/« non », lines, empty action for fiche-level criteria', () => {
    const written = grids();
    const row = indicatorRow(written, '3.2.a1.projets');
    expect(get(written, 'Indicateurs', 'Fiche', row)).toBe('3.2');
    expect(get(written, 'Indicateurs', 'Action', row)).toBe('3.2.a1');
    expect(get(written, 'Indicateurs', 'Répondants', row)).toBe('epci, commune[competence_petite_enfance]');
    expect(get(written, 'Indicateurs', 'Périodes', row)).toBe('2023, 2024, 2025');
    expect(get(written, 'Indicateurs', 'Ventilation', row)).toBe('type_accueil');
    expect(get(written, 'Indicateurs', 'Évolution', row)).toBe('oui');
    expect(get(written, 'Indicateurs', 'Obligatoire', row)).toBe('non');
    expect(get(written, 'Indicateurs', 'Min', row)).toBe(0);
    const ficheLevel = plan.fiches.find((f) => f.indicators.length > 0)!.indicators[0]!;
    expect(get(written, 'Indicateurs', 'Action', indicatorRow(written, ficheLevel.code))).toBeNull();
    const fiche32 = sheet(written, 'Fiches').rows.findIndex((r) => r[0] === '3.2') + 1;
    expect(get(written, 'Fiches', 'Constats', fiche32)).toBe(plan.fiches.find((f) => f.number === '3.2')!.context.join('\n'));
    expect(get(written, 'Parties', 'Représentée par', 2)).toBe(plan.parties[0]!.representedBy.join('\n'));
  });

  it('writes no formulas: every text is a value', () => {
    for (const grid of grids()) expect(grid.formulas.flat().filter((f) => f !== undefined)).toEqual([]);
  });
});

/** A plan using every optional field, so that the round trip covers each column. */
function richPlan(): Plan {
  const rich = defaultPlan();
  const indicator = rich.fiches
    .flatMap((f) => f.actions.flatMap((a) => a.indicators))
    .find((i) => !isDerivedIndicator(i.code) && i.periods.includes('2024') && i.periods.includes('2025'))!;
  indicator.targets = { '2024': 10, '2025': 12.5 };
  indicator.note = 'Une note\nsur deux lignes';
  indicator.required = true;
  indicator.bounds = { min: -1.5, max: 1000 };
  indicator.unit = '€';
  rich.fiches[0]!.shortTitle = 'Coordination';
  rich.fiches[0]!.actions[0]!.startPeriod = '2024';
  rich.territory.communes[0]!.territory = 'digne';
  rich.rules[0]!.when = '#{3.2.a1.projets} > 0';
  rich.fiches[0]!.actions[0]!.pilots = ['caf', 'epci'];
  rich.fiches[0]!.actions[0]!.milestones = [{ due: '2024-06-20', wording: 'printemps 2024 : un jalon' }];
  // The follow-up is derived from the actions as edited, as any plan read is.
  return withFollowUp(withoutFollowUp(rich));
}

describe('gridsToPlan: round trip', () => {
  it('gridsToPlan(planToGrids(defaultPlan())) is defaultPlan()', () => {
    const result = gridsToPlan(planToGrids(defaultPlan()));
    expect(located(result)).toEqual([]);
    expect(result).toEqual({ ok: true, plan: defaultPlan() });
  });

  it('keeps every optional field (targets, notes, bounds, conditions, short titles…)', () => {
    const rich = richPlan();
    expect(gridsToPlan(planToGrids(rich))).toEqual({ ok: true, plan: rich });
  });

  /**
   * Every field of every schema object must be read and written by the sheets: a field added to
   * the schema without a column makes this test fail (and the round trip would drop it silently).
   */
  it.each([
    ['plan', planSchema, ['id', 'title', 'version', 'signedOn', 'periods', 'parties', 'territory', 'fiches', 'lists', 'rules']],
    ['period', periodSchema, ['id', 'label', 'start', 'end']],
    ['party', partySchema, ['code', 'kind', 'name', 'representedBy', 'signatory', 'attributes']],
    ['territory', territoryDataSchema, ['communes', 'territories', 'facilities', 'source']],
    ['commune', communeSchema, ['insee', 'name', 'signatory', 'territory', 'attributes']],
    ['territory', territorySchema, ['code', 'name']],
    ['facility', facilitySchema, ['name', 'type', 'nature', 'address', 'postcode', 'commune', 'manager', 'holder']],
    ['fiche', ficheSchema, ['number', 'theme', 'title', 'shortTitle', 'context', 'objectives', 'targetPublic', 'status', 'milestones', 'actions', 'indicators']],
    ['action', actionSchema, ['number', 'code', 'title', 'description', 'start', 'startPeriod', 'pilots', 'milestones', 'indicators']],
    ['indicator', indicatorSchema, Object.keys(indicatorColumns).filter((k) => !['fiche', 'action', 'min', 'max'].includes(k) && !k.startsWith('formation')).concat('bounds', 'formation')],
    ['list', choiceListSchema, ['id', 'label', 'options']],
    ['rule', ruleSchema, ['id', 'when', 'left', 'operator', 'right', 'missing', 'severity', 'message', 'fix', 'scope', 'clause']],
  ])('the %s schema has no field the sheets ignore', (_name, schema, handled) => {
    expect(Object.keys(schema.shape).sort()).toEqual([...handled].sort());
  });

  it.each(formationSchema.def.options.map((o) => [o.shape.kind.def.values[0], Object.keys(o.shape)] as const))('every field of the formation « %s » has its column', (_kind, fields) => {
    const columnOf: Record<string, string> = { kind: 'formation', source: 'formationSource', split: 'formationSplit', shares: 'formationShares', indicator: 'formationOf' };
    for (const field of fields) expect(Object.keys(indicatorColumns)).toContain(columnOf[field]);
  });
});

describe('gridsToPlan: what an adviser does in Excel still reads', () => {
  it('reordered columns, extra columns, blank rows, header case/accents/spaces', () => {
    const edited = grids();
    for (const grid of edited) {
      // Reverse every sheet's columns, add a comment column in the middle and blank rows.
      const width = grid.rows[0]!.length;
      permuteColumns(grid, Array.from({ length: width }, (_, c) => width - 1 - c));
      grid.rows = grid.rows.map((row, r) => [...row.slice(0, 1), r === 0 ? 'Commentaire du conseiller' : 'à revoir', ...row.slice(1)]);
      grid.rows.splice(2, 0, []);
      grid.rows.splice(4, 0, [null, null, '  ']);
      grid.rows.push([], [null]);
    }
    const header = sheet(edited, 'Indicateurs').rows[0]!;
    header.forEach((title, c) => {
      if (title === 'Libellé') header[c] = 'LIBELLE  ';
      if (title === 'Agrégation') header[c] = 'agregation';
      if (title === 'Texte de la convention') header[c] = 'Source';
      if (title === 'Périodes') header[c] = ' périodes ';
    });
    expect(gridsToPlan(edited)).toEqual({ ok: true, plan });
  });

  it('a title row above the header, and sheet names typed differently', () => {
    const edited = grids().map((grid) => ({ ...grid, name: grid.name.toUpperCase(), rows: [['Plan de la CTG — ne pas modifier'], [], ...grid.rows] }));
    expect(gridsToPlan(edited)).toEqual({ ok: true, plan });
  });

  it('rows in another order: actions and indicators sorted differently still attach to their fiche', () => {
    const edited = grids();
    for (const name of ['Actions', 'Indicateurs', 'Communes']) {
      const grid = sheet(edited, name);
      const [header, ...rows] = grid.rows;
      grid.rows = [header!, ...rows.reverse()];
    }
    const result = gridsToPlan(edited);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // Same items; the order within each list follows the sheet's order.
    const codes = (p: Plan) => p.fiches.flatMap((f) => f.actions.map((a) => a.code)).sort();
    expect(codes(result.plan)).toEqual(codes(plan));
    expect(result.plan.fiches.map((f) => f.number)).toEqual(plan.fiches.map((f) => f.number));
    const ind = (p: Plan) => p.fiches.flatMap((f) => [...f.indicators, ...f.actions.flatMap((a) => a.indicators)].map((i) => `${f.number}/${i.code}`)).sort();
    expect(ind(result.plan)).toEqual(ind(plan));
  });

  it('values typed the Excel way: numbers, booleans, dates as serials, INSEE codes without their leading zero', () => {
    const edited = grids();
    setAt(edited, 'Communes', 'INSEE', 2, Number(get(edited, 'Communes', 'INSEE', 2)));
    setAt(edited, 'Communes', 'Signataire', 2, get(edited, 'Communes', 'Signataire', 2) === 'oui');
    setAt(edited, 'Équipements', 'Code postal', 2, Number(get(edited, 'Équipements', 'Code postal', 2)));
    setAt(edited, 'Périodes', 'Début', 2, 44562); // 2022-01-01
    setAt(edited, 'Périodes', 'Identifiant', 2, 2022);
    setAt(edited, 'Indicateurs', 'Périodes', 2, get(edited, 'Indicateurs', 'Périodes', 2) === '2025' ? 2025 : get(edited, 'Indicateurs', 'Périodes', 2));
    setAt(edited, 'Indicateurs', 'Obligatoire', 2, false);
    setAt(edited, 'Indicateurs', 'Min', 2, '0');
    setAt(edited, 'Indicateurs', 'Type', 2, 'Integer');
    setAt(edited, 'Indicateurs', 'Répondants', 2, 'EPCI');
    setAt(edited, 'Fiches', 'N° thème', 2, '1');
    setAt(edited, 'Actions', 'Fiche', 2, 1.1);
    expect(String(get(edited, 'Communes', 'INSEE', 2))).toMatch(/^[1-9]\d{3}$/);
    expect(gridsToPlan(edited)).toEqual({ ok: true, plan });
  });
});

describe('gridsToPlan: who is asked, edited in the plan sheets', () => {
  const communeRow = (g: Grid[], insee: string) => {
    const grid = sheet(g, 'Communes');
    return grid.rows.findIndex((row) => row[columnOf(grid, 'INSEE')] === insee) + 1;
  };
  const indicatorOf = (p: Plan, code: string) => p.fiches.flatMap((f) => [...f.indicators, ...f.actions.flatMap((a) => a.indicators)]).find((i) => i.code === code)!;

  it.each<[string, CellValue, string[]]>([
    // The Caf stays among them: its count is the one that makes authority (formation `authority`).
    ['a kind holding an attribute, typed with a capital', 'Caf, Commune[perimetre_pig_opah]', ['caf', 'commune[perimetre_pig_opah]']],
    ['named respondents: a commune by INSEE code and a partner by its code', 'caf, epci, 04070; ifac', ['caf', 'epci', '04070', 'ifac']],
    ['kinds as before', 'EPCI, Caf', ['epci', 'caf']],
  ])('reads %s', (_name, typed, expected) => {
    const edited = grids();
    setAt(edited, 'Indicateurs', 'Répondants', indicatorRow(edited, '6.1.reunions_partenariales'), typed);
    const result = gridsToPlan(edited);
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(indicatorOf(result.plan, '6.1.reunions_partenariales').reporters).toEqual(expected);
  });

  it('gives a commune an attribute in the Communes sheet, and the indicator selecting it follows', () => {
    const edited = grids();
    // Archail (04009) becomes a PIG/OPAH perimeter: it is then asked the partner meetings.
    setAt(edited, 'Communes', 'Attributs', communeRow(edited, '04009'), 'perimetre_pig_opah');
    const result = gridsToPlan(edited);
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.plan.territory.communes.find((c) => c.insee === '04009')!.attributes).toEqual(['perimetre_pig_opah']);
  });

  it('reads the partners (not signatories) and the facilities’ managers back as written', () => {
    const written = grids();
    const parties = sheet(written, 'Parties');
    const partnerRows = parties.rows.filter((row) => row[columnOf(parties, 'Type')] === 'partner');
    expect(partnerRows.length).toBeGreaterThan(0);
    for (const row of partnerRows) expect(row[columnOf(parties, 'Signataire')]).toBe('non');
    const result = gridsToPlan(written);
    expect(result.ok && result.plan.territory.facilities.filter((f) => f.manager === 'ifac').length).toBe(plan.territory.facilities.filter((f) => f.manager === 'ifac').length);
  });

  it('reads a Parties sheet written before partners existed (no Signataire nor Attributs column): its parties are signatories', () => {
    const older = removeColumn(removeColumn(grids(), 'Parties', 'Signataire'), 'Parties', 'Attributs');
    const result = gridsToPlan(older);
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.plan.parties.every((p) => p.signatory)).toBe(true);
  });

  it('without the Communes’ Attributs column, every indicator selecting by an attribute is reported at its cell', () => {
    const result = gridsToPlan(removeColumn(grids(), 'Communes', 'Attributs'));
    const row = indicatorRow(grids(), '6.1.reunions_partenariales');
    const column = columnLetter(columnOf(sheet(grids(), 'Indicateurs'), 'Répondants'));
    expect(located(result)).toContainEqual({ code: 'attribute_unheld', sheet: 'Indicateurs', cell: `${column}${row}` });
  });

  it.each<[string, CellValue, string]>([
    ['an attribute nobody holds', 'commune[perimetre_opah]', 'attribute_unheld'],
    ['a respondent code the plan does not know', '04999', 'unknown_respondent'],
    ['a reporter that is no selector', 'les communes', 'schema'],
  ])('reports %s at its cell of Répondants', (_name, typed, code) => {
    const edited = grids();
    const row = indicatorRow(edited, '6.1.reunions_partenariales');
    setAt(edited, 'Indicateurs', 'Répondants', row, typed);
    const column = columnLetter(columnOf(sheet(edited, 'Indicateurs'), 'Répondants'));
    expect(located(gridsToPlan(edited))).toContainEqual({ code, sheet: 'Indicateurs', cell: `${column}${row}` });
  });
});

describe('gridsToPlan: broken sheets are reported at their sheet and cell', () => {
  type Case = [string, (g: Grid[]) => Grid[], Array<{ code: string; sheet?: string; cell?: string }>];
  const row3 = (g: Grid[]) => indicatorRow(g, '1.1.reunions_groupe_travail') + 1; // a row no rule refers to

  const cases: Case[] = [
    ['a missing sheet (Règles)', (g) => removeSheet(g, 'Règles'), [{ code: 'missing_sheet', sheet: 'Règles' }]],
    // Without Fiches, actions and indicators have nowhere to go: one issue, not hundreds.
    ['a missing sheet (Fiches)', (g) => removeSheet(g, 'Fiches'), [{ code: 'missing_sheet', sheet: 'Fiches' }]],
    ['a missing sheet (Plan)', (g) => removeSheet(g, 'Plan'), [{ code: 'missing_sheet', sheet: 'Plan' }]],
    ['a missing required column (Type)', (g) => removeColumn(g, 'Indicateurs', 'Type'), [{ code: 'missing_column', sheet: 'Indicateurs' }]],
    ['the Plan sheet without its « Valeur » column', (g) => removeColumn(g, 'Plan', 'Valeur'), [{ code: 'missing_column', sheet: 'Plan' }]],
    ['a missing optional column (Note) is no issue', (g) => removeColumn(g, 'Indicateurs', 'Note'), []],
    ['a duplicated column', (g) => set(g, 'Indicateurs', 'W1', 'Code'), [{ code: 'duplicate_column', sheet: 'Indicateurs', cell: 'W1' }]],
    ['a missing row of the Plan sheet', (g) => ((sheet(g, 'Plan').rows = sheet(g, 'Plan').rows.filter((r) => r[0] !== 'Version')), g), [{ code: 'missing_row', sheet: 'Plan' }]],
    ['« peut-être » in Obligatoire', (g) => set(g, 'Indicateurs', 'L3', 'peut-être'), [{ code: 'bad_cell', sheet: 'Indicateurs', cell: 'L3' }]],
    ['« peut-être » in Signataire', (g) => set(g, 'Communes', 'C5', 'peut-être'), [{ code: 'bad_cell', sheet: 'Communes', cell: 'C5' }]],
    ['a non-number in Min', (g) => set(g, 'Indicateurs', 'M4', 'beaucoup'), [{ code: 'bad_cell', sheet: 'Indicateurs', cell: 'M4' }]],
    ['a non-number in N° (action)', (g) => set(g, 'Actions', 'B2', 'premier'), [{ code: 'bad_cell', sheet: 'Actions', cell: 'B2' }]],
    ['unreadable targets', (g) => set(g, 'Indicateurs', 'V2', '2024 dix'), [{ code: 'bad_cell', sheet: 'Indicateurs', cell: 'V2' }]],
    ['an unknown type', (g) => set(g, 'Indicateurs', 'F5', 'entier'), [{ code: 'schema', sheet: 'Indicateurs', cell: 'F5' }]],
    ['an unknown formation', (g) => set(g, 'Indicateurs', 'O6', 'somme'), [{ code: 'schema', sheet: 'Indicateurs', cell: 'O6' }]],
    ['an empty label', (g) => set(g, 'Indicateurs', 'D7', null), [{ code: 'schema', sheet: 'Indicateurs', cell: 'D7' }]],
    ['no respondent', (g) => set(g, 'Indicateurs', 'J8', ''), [{ code: 'schema', sheet: 'Indicateurs', cell: 'J8' }]],
    ['an unknown period in Périodes', (g) => set(g, 'Indicateurs', 'K2', '2023, 2031'), [{ code: 'unknown_period', sheet: 'Indicateurs', cell: 'K2' }]],
    ['inverted bounds', (g) => set(g, 'Indicateurs', 'N2', -5), [{ code: 'bounds_inverted', sheet: 'Indicateurs', cell: 'M2' }]],
    [
      'a duplicated indicator code',
      (g) => setAt(g, 'Indicateurs', 'Code', row3(g), get(g, 'Indicateurs', 'Code', row3(g) - 1)),
      [{ code: 'duplicate', sheet: 'Indicateurs', cell: `C${indicatorRow(grids(), '1.1.reunions_groupe_travail') + 1}` }],
    ],
    ['a rule referencing an unknown indicator', (g) => set(g, 'Règles', 'C2', '#{inconnu.code}'), [{ code: 'rule_unknown_indicator', sheet: 'Règles', cell: 'C2' }]],
    ['an unreadable rule', (g) => set(g, 'Règles', 'E3', '#{3.2.a2.reponses_aap} +'), [{ code: 'rule_syntax', sheet: 'Règles', cell: 'E3' }]],
    ['an unknown missing-value policy', (g) => set(g, 'Règles', 'G2', 'zero'), [{ code: 'schema', sheet: 'Règles', cell: 'G2' }]],
    ['an action of an unknown fiche', (g) => set(g, 'Actions', 'A3', '9.9'), [{ code: 'unknown_reference', sheet: 'Actions', cell: 'A3' }]],
    ['an indicator of an unknown action', (g) => set(g, 'Indicateurs', 'B2', '1.1.a9'), [{ code: 'unknown_reference', sheet: 'Indicateurs', cell: 'B2' }]],
    ['an invalid date', (g) => set(g, 'Périodes', 'C2', 'janvier'), [{ code: 'schema', sheet: 'Périodes', cell: 'C2' }]],
    ['an invalid INSEE code', (g) => set(g, 'Communes', 'A4', '4A123'), [{ code: 'schema', sheet: 'Communes', cell: 'A4' }]],
    ['an invalid version', (g) => set(g, 'Plan', 'B4', 'v1'), [{ code: 'schema', sheet: 'Plan', cell: 'B4' }]],
    ['an unknown territory', (g) => set(g, 'Communes', 'D3', 'nulle-part'), [{ code: 'unknown_territory', sheet: 'Communes', cell: 'D3' }]],
    ['an option with an invalid code', (g) => set(g, 'Listes', 'C3', 'Code Invalide'), [{ code: 'schema', sheet: 'Listes', cell: 'C3' }]],
    [
      'several problems at once: all of them, none hidden',
      (g) => set(set(removeColumn(g, 'Indicateurs', 'Note'), 'Indicateurs', 'L3', 'peut-être'), 'Actions', 'B2', 'premier') && removeSheet(g, 'Territoires'),
      [
        { code: 'missing_sheet', sheet: 'Territoires' },
        { code: 'bad_cell', sheet: 'Actions', cell: 'B2' },
        { code: 'bad_cell', sheet: 'Indicateurs', cell: 'L3' },
        // The action's number is unreadable, so the schema fails there (reported once, as the bad
        // cell) and the cross-checks wait: communes naming the missing territories are not listed.
      ],
    ],
  ];

  it.each(cases)('%s', (_name, edit, expected) => {
    const result = gridsToPlan(edit(clone(grids())));
    expect(located(result)).toEqual(expected);
    if (expected.length === 0) return;
    expect(result.ok).toBe(false);
    if (result.ok) return;
    // The unified list carries the same places, sheet issues with their French message.
    expect(result.located.map((l) => ({ sheet: l.sheet, cell: l.cell }))).toEqual(expected.map((e) => ({ sheet: e.sheet, cell: e.cell })));
    for (const issue of result.sheetIssues) {
      const message = renderSheetIssue(issue);
      expect(message).toContain(`Feuille « ${issue.sheet} »`);
      if (issue.cell) expect(message).toContain(issue.cell);
    }
  });

  it('messages say what is wrong, where, and how to fix it', () => {
    const result = gridsToPlan(removeColumn(set(clone(grids()), 'Indicateurs', 'L3', 'peut-être'), 'Indicateurs', 'Unité').filter((g) => g.name !== 'Règles'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const messages = result.sheetIssues.map(renderSheetIssue);
    expect(messages).toEqual([
      expect.stringMatching(/^Feuille « Règles » absente du classeur\. Ajoutez une feuille nommée « Règles »/),
      // « Unité » removed: Obligatoire moved from L to K.
      'Feuille « Indicateurs », cellule K3 (colonne « Obligatoire ») : « peut-être » n’est pas une réponse oui/non. Écrivez « oui » ou « non », ou laissez la cellule vide.',
    ]);
    const missing = gridsToPlan(removeColumn(clone(grids()), 'Indicateurs', 'Type'));
    expect(missing.ok ? [] : missing.sheetIssues.map(renderSheetIssue)).toEqual([
      'Feuille « Indicateurs » : la colonne « Type » est absente de la ligne d’en-tête (ligne 1). Ajoutez une colonne intitulée « Type ».',
    ]);
  });

  it('an issue located on a moved column follows the column', () => {
    const edited = clone(grids());
    const grid = sheet(edited, 'Indicateurs');
    const width = grid.rows[0]!.length;
    permuteColumns(grid, [5, ...Array.from({ length: width }, (_, c) => c).filter((c) => c !== 5)]); // Type first
    set(edited, 'Indicateurs', 'A5', 'entier');
    expect(located(gridsToPlan(edited))).toEqual([{ code: 'schema', sheet: 'Indicateurs', cell: 'A5' }]);
  });

  it('sheet issues come first in `located`, as sheet issues worded at the edge', () => {
    const result = gridsToPlan(set(set(clone(grids()), 'Indicateurs', 'L3', 'peut-être'), 'Indicateurs', 'F5', 'entier'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.located).toHaveLength(2);
    expect(result.located[0]).toMatchObject({ kind: 'sheet', sheet: 'Indicateurs', cell: 'L3', issue: { code: 'bad_cell' } });
    expect(renderLocatedIssue(result.located[0]!)).toContain('peut-être');
    expect(result.located[1]).toMatchObject({ kind: 'plan', sheet: 'Indicateurs', cell: 'F5', issue: { code: 'schema', path: expect.arrayContaining(['type']) } });
  });
});
