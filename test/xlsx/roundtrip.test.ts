/**
 * Real .xlsx bytes through ExcelJS: writeGrids → readGrids gives the grids back, and the default
 * plan survives planToGrids → writeGrids → (file on disk) → readGrids → gridsToPlan.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { defaultPlan } from '../../src/plan/default';
import { gridsToPlan, planToGrids } from '../../src/plan/sheets';
import { guardXlsx, readGrids, streamInflate, type Inflate } from '../../src/xlsx';
import { writeGrids } from '../support/writeGrids';
import { nodeInflate } from '../../src/xlsx/inflateNode';
import type { CellValue, Grid } from '../../src/workbook/grid';

/**
 * Readers drop trailing empty cells and rows (a formula cell without a cached value is kept, as
 * null); compare grids the same way.
 */
function normalise(grids: Grid[]): Grid[] {
  return grids.map((grid) => {
    const rows = grid.rows.map((row, r) => {
      const cells = [...row];
      while (cells.length < (grid.formulas[r]?.length ?? 0)) cells.push(null);
      while (cells.length > 0 && cells[cells.length - 1] === null && grid.formulas[r]?.[cells.length - 1] === undefined) cells.pop();
      return cells;
    });
    while (rows.length > 0 && rows[rows.length - 1]!.length === 0) rows.pop();
    const formulas: Array<Array<string | undefined>> = [];
    grid.formulas.forEach((row, r) =>
      row?.forEach((formula, c) => {
        if (formula !== undefined) (formulas[r] ??= [])[c] = formula;
      }),
    );
    return { name: grid.name, rows, formulas };
  });
}

const inflaters: Array<[string, Inflate]> = [
  ['DecompressionStream', streamInflate],
  ['Node zlib', nodeInflate],
];

const sample: Grid[] = [
  {
    name: 'Valeurs',
    rows: [
      ['Texte', 'Nombre', 'Booléen', 'Vide', 'Formule'],
      ['Digne-les-Bains', 12, true, null, 24],
      ['Ligne 1\nLigne 2', -0.125, false, null, null],
      ['=1+1 reste du texte', 1e-7, null, null, 'ok'],
      [],
      [null, null, null, null, null, 'loin à droite'],
      ['« guillemets » & <chevrons> ’apostrophe’', 123456789.125, null, null, null],
    ],
    formulas: [[], [undefined, undefined, undefined, undefined, 'B2*2'], [undefined, undefined, undefined, undefined, 'IF(B3>0,"oui","")'], [, , , , 'IF(B4>0,"ok","non")']],
  },
  { name: 'Équipements', rows: [['Nom'], ['Crèche « Les Lutins »']], formulas: [] },
  { name: 'Vide', rows: [], formulas: [] },
];

describe('writeGrids → readGrids', () => {
  it.each(inflaters)('gives the same grids back (%s)', async (_name, inflate) => {
    const bytes = await writeGrids(sample);
    expect(guardXlsx(bytes).length).toBeGreaterThan(0);
    const back = await readGrids(bytes, { inflate });
    expect(back).toEqual(normalise(sample));
  });

  it('writes a bold, frozen header row, column widths from content and wrapped multi-line cells', async () => {
    const bytes = await writeGrids(sample);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('Valeurs')!;
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(1).width).toBeGreaterThan(sheet.getColumn(4).width ?? 0);
    expect(sheet.getColumn(1).width).toBeLessThanOrEqual(60);
    expect(sheet.getCell('A3').alignment?.wrapText).toBe(true);
    // Text starting with « = » is stored as text, never as a formula.
    expect(sheet.getCell('A4').type).toBe(ExcelJS.ValueType.String);
  });
});

describe('readGrids converts what ExcelJS gives to plain grid values', () => {
  let grids: Grid[];

  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Saisie');
    sheet.getCell('A1').value = new Date(Date.UTC(2024, 2, 15));
    sheet.getCell('B1').value = new Date(Date.UTC(2024, 2, 15, 10, 30, 0));
    sheet.getCell('C1').value = { richText: [{ text: 'Texte ', font: { bold: true } }, { text: 'enrichi' }] };
    sheet.getCell('D1').value = { text: 'Site de la CAF', hyperlink: 'https://www.caf.fr' };
    sheet.getCell('E1').value = { error: '#REF!' };
    sheet.getCell('F1').value = { formula: 'A1+1', result: new Date(Date.UTC(2024, 2, 16)) };
    sheet.getCell('G1').value = { formula: '1/0', result: { error: '#DIV/0!' } };
    sheet.getCell('H1').value = { formula: 'NOW()' };
    sheet.getCell('A2').value = 1;
    sheet.getCell('A3').value = { formula: 'A2+1', result: 2, shareType: 'shared', ref: 'A3:A4' } as unknown as ExcelJS.CellValue;
    sheet.getCell('A4').value = { sharedFormula: 'A3', result: 3 };
    sheet.getCell('C3').value = 'maître';
    sheet.mergeCells('C3:D4');
    sheet.getCell('E5').value = '';
    workbook.addWorksheet('Cachée', { state: 'hidden' }).getCell('A1').value = 'visible pour nous';
    workbook.addWorksheet('Très cachée', { state: 'veryHidden' }).getCell('B2').value = true;
    const buffer = await workbook.xlsx.writeBuffer();
    grids = await readGrids(new Uint8Array(buffer));
  });

  it('keeps every worksheet, hidden ones included, in workbook order', () => {
    expect(grids.map((g) => g.name)).toEqual(['Saisie', 'Cachée', 'Très cachée']);
    expect(grids[1]!.rows).toEqual([['visible pour nous']]);
    expect(grids[2]!.rows).toEqual([[], [null, true]]);
  });

  it.each<[string, CellValue]>([
    ['A1', '2024-03-15'],
    ['B1', '2024-03-15T10:30:00'],
    ['C1', 'Texte enrichi'],
    ['D1', 'Site de la CAF'],
    ['E1', '#REF!'],
    ['F1', '2024-03-16'],
    ['G1', '#DIV/0!'],
    ['H1', null],
    ['A3', 2],
    ['A4', 3],
    ['C3', 'maître'],
    ['D3', null],
    ['C4', null],
    ['E5', null],
  ])('%s reads as %p', (ref, expected) => {
    const column = ref.charCodeAt(0) - 65;
    const row = Number(ref.slice(1)) - 1;
    expect(grids[0]!.rows[row]?.[column] ?? null).toEqual(expected);
  });

  it('records formulas as text, never evaluated (cached result or null)', () => {
    const formulas = grids[0]!.formulas;
    expect(formulas[0]?.[5]).toBe('A1+1');
    expect(formulas[0]?.[6]).toBe('1/0');
    expect(formulas[0]?.[7]).toBe('NOW()');
    expect(formulas[2]?.[0]).toBe('A2+1');
    expect(formulas[3]?.[0]).toBe('A3+1');
    expect(formulas[1]).toBeUndefined();
  });
});

describe('the default plan through a real .xlsx file', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ctg-plan-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it.each(inflaters)('defaultPlan → planToGrids → writeGrids → file → readGrids → gridsToPlan is defaultPlan (%s)', async (_name, inflate) => {
    const file = join(dir, `plan-defaut-${inflate === nodeInflate ? 'zlib' : 'stream'}.xlsx`);
    await writeFile(file, await writeGrids(planToGrids(defaultPlan())));
    const bytes = new Uint8Array(await readFile(file));
    const grids = await readGrids(bytes, { inflate });
    expect(grids.map((g) => g.name)).toEqual(planToGrids(defaultPlan()).map((g) => g.name));
    expect(grids).toEqual(normalise(planToGrids(defaultPlan())));
    expect(gridsToPlan(grids)).toEqual({ ok: true, plan: defaultPlan() });
  });

  it('an adviser’s edit made in the file is read back, and a mistake is located at its cell', async () => {
    const bytes = await writeGrids(planToGrids(defaultPlan()));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    const indicators = workbook.getWorksheet('Indicateurs')!;
    indicators.getCell('L2').value = 'oui'; // Obligatoire
    indicators.getCell('L3').value = 'peut-être';
    indicators.spliceColumns(3, 0, ['Commentaire', 'libre']); // a column inserted before « Code »
    const edited = new Uint8Array(await workbook.xlsx.writeBuffer());
    const result = gridsToPlan(await readGrids(edited));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.sheetIssues).toEqual([
      { code: 'bad_cell', sheet: 'Indicateurs', cell: 'M3', params: { column: 'Obligatoire', value: 'peut-être', expected: 'boolean' } },
    ]);
    expect(result.issues).toEqual([]);
  });
});
