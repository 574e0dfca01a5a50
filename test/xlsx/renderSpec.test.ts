/**
 * spec → .xlsx → read back: the same values and formulas, for every sheet of real collection
 * workbooks; and text that looks like a formula stays text.
 */
import ExcelJS from 'exceljs';
import { buildCollectionWorkbook, respondentsOf } from '../../src/collect';
import { defaultPlan } from '../../src/plan';
import { specToGrids } from '../oracles/specToGrid';
import type { WorkbookSpec } from '../../src/workbook/spec';
import { readGrids } from '../../src/xlsx/readGrids';
import { renderSpec } from '../../src/xlsx/renderSpec';

const plan = defaultPlan();
const respondents = respondentsOf(plan);

describe.each([
  ['caf04'],
  ['200067437'],
  ['04070'],
])('the collection workbook of %s', (code) => {
  it('reads back with the same values and formulas as its spec', async () => {
    const respondent = respondents.find((r) => r.code === code)!;
    const { spec } = buildCollectionWorkbook(plan, respondent, { now: '2026-11-29T10:00:00.000Z', password: 'mdp' });
    const grids = await readGrids(await renderSpec(spec));
    expect(grids).toEqual(specToGrids(spec));
  });
});

it.each(['=1+1', '+33 4 92', '-5', '@SUM(A1)', "=HYPERLINK(\"http://x\")"])('writes the text %j as text, never as a formula', async (text) => {
  const spec: WorkbookSpec = {
    sheets: [{ name: 'Feuille', visibility: 'visible', columns: [{ width: 10 }], rows: [[{ value: text }]], merges: [] }],
    styles: {},
    definedNames: [],
    properties: { title: 't', creator: 'c', created: '2026-01-01T00:00:00Z' },
  };
  const [grid] = await readGrids(await renderSpec(spec));
  expect(grid!.rows[0]![0]).toBe(text);
  expect(grid!.formulas).toEqual([]);
});

it.each([
  ['a value', { value: 'v'.repeat(40_000) }],
  ['a linked value', { value: 'l'.repeat(40_000), link: { kind: 'external' as const, url: 'https://www.caf.fr' } }],
])('never writes %s over Excel’s 32 767-character limit (cut, ending with « … »)', async (_name, cell) => {
  const spec: WorkbookSpec = {
    sheets: [{ name: 'Feuille', visibility: 'visible', columns: [{ width: 10 }], rows: [[cell]], merges: [] }],
    styles: {},
    definedNames: [],
    properties: { title: 't', creator: 'c', created: '2026-01-01T00:00:00Z' },
  };
  const [grid] = await readGrids(await renderSpec(spec));
  const written = String(grid!.rows[0]![0]);
  expect(written).toHaveLength(32_767);
  expect(written.endsWith('…')).toBe(true);
});

describe('cells sharing a named style and lock state (one ExcelJS style object each)', () => {
  // Interleaved so that a style or lock state remembered from the previous cell would show.
  const cells: Array<{ style?: string; unlocked?: boolean; value: number }> = [
    { style: 'bold', value: 1 },
    { style: 'bold', unlocked: true, value: 2 },
    { style: 'filled', value: 3 },
    { value: 4 },
    { unlocked: true, value: 5 },
    { style: 'bold', value: 6 },
    { style: 'filled', unlocked: true, value: 7 },
    { style: 'missing', value: 8 },
  ];
  const spec: WorkbookSpec = {
    sheets: [{ name: 'Feuille', visibility: 'visible', columns: [{ width: 10 }], rows: [cells, cells], merges: [] }],
    styles: { bold: { font: { bold: true } }, filled: { fill: 'FFFFFF00', numberFormat: '0.0' } },
    definedNames: [],
    properties: { title: 't', creator: 'c', created: '2026-01-01T00:00:00Z' },
  };

  it.each(cells.flatMap((cell, c) => [0, 1].map((r) => [r, c, cell] as const)))('row %i, column %i keeps its own style and lock: %j', async (r, c, cell) => {
    const workbook = await loadedOnce();
    const target = workbook.getWorksheet('Feuille')!.getRow(r + 1).getCell(c + 1);
    expect({
      value: target.value,
      bold: target.font?.bold === true,
      fill: (target.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb,
      numFmt: target.numFmt,
      locked: target.protection?.locked !== false,
    }).toEqual({
      value: cell.value,
      bold: cell.style === 'bold',
      fill: cell.style === 'filled' ? 'FFFFFF00' : undefined,
      numFmt: cell.style === 'filled' ? '0.0' : undefined,
      locked: cell.unlocked !== true,
    });
  });

  let loaded: Promise<ExcelJS.Workbook> | undefined;
  const loadedOnce = () =>
    (loaded ??= (async () => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await renderSpec(spec)) as unknown as ArrayBuffer);
      return workbook;
    })());
});
