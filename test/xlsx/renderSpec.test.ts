/**
 * spec → .xlsx → read back: the same values and formulas, for every sheet of real collection
 * workbooks; and text that looks like a formula stays text.
 */
import { buildCollectionWorkbook, respondentsOf } from '../../src/collect';
import { defaultPlan } from '../../src/plan';
import { specToGrids } from '../../src/workbook/specToGrid';
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
