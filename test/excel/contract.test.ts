/**
 * Contract: one spec, two renderers. Rendered through the Office.js adapter (on the fake Excel)
 * and through the .xlsx adapter (ExcelJS), it reads back as the same grids — and the same
 * formats, styles, locks, validations, protection, visibility, panes, widths, notes, links,
 * tables, conditional formats, page setup, charts and defined names.
 */
import { readGrids } from '../../src/xlsx/readGrids';
import { renderWorkbook } from '../../src/xlsx/charts';
import type { WorkbookSpec } from '../../src/workbook/spec';
import { factsFromFake, factsFromXlsx } from './support/facts';
import { readOnFake, writeOnFake } from './support/run';
import { collectionSpec, consolidationSpec, everythingSpec, planSpec } from './support/specs';

const cases: Array<[string, () => WorkbookSpec]> = [
  ['every feature of the model', everythingSpec],
  ['the plan sheets', () => planSpec()],
  ['the collection workbook of Digne-les-Bains (password)', () => collectionSpec('04070', undefined, { password: 'mdp' })],
  ['the collection workbook of the EPCI', () => collectionSpec('epci')],
  ['the collection workbook of the Caf', () => collectionSpec('caf')],
  ['the consolidation tabs of 46 returns', () => consolidationSpec(1)],
];

describe.each(cases)('%s', (_label, build) => {
  const spec = build();
  let office: Awaited<ReturnType<typeof writeOnFake>>;
  let bytes: Uint8Array;
  beforeAll(async () => {
    office = await writeOnFake(spec);
    bytes = await renderWorkbook(spec);
  });

  it('reads back as the same grids through both adapters', async () => {
    const fromExcel = await readOnFake(office.fake, spec.sheets.map((s) => s.name));
    const fromFile = await readGrids(bytes);
    expect(fromExcel).toEqual(fromFile);
    expect(fromExcel.map((g) => g.name)).toEqual(spec.sheets.map((s) => s.name));
  });

  it('means the same beyond values: formats, locks, validation, protection, panes, widths, notes, links, tables, charts…', async () => {
    const fromExcel = factsFromFake(office.fake.state, spec);
    const fromFile = await factsFromXlsx(bytes, spec);
    expect(fromExcel).toEqual(fromFile);
  });
});

it('the compared facts are not vacuous: each kind appears in the specs above', async () => {
  const specs = [everythingSpec(), consolidationSpec(1), collectionSpec('04070')];
  const facts = await Promise.all(specs.map(async (spec) => factsFromFake((await writeOnFake(spec)).fake.state, spec)));
  const sheets = facts.flatMap((f) => f.sheets);
  const cells = sheets.flatMap((s) => Object.values(s.cells));
  const count = {
    validations: new Set(cells.flatMap((c) => (c.validation ? [c.validation.type] : []))),
    styled: cells.filter((c) => c.style?.fill !== null && c.style?.fill !== undefined).length,
    unlocked: cells.filter((c) => !c.locked).length,
    notes: cells.filter((c) => c.note !== undefined).length,
    links: cells.filter((c) => c.link !== undefined).length,
    tables: sheets.flatMap((s) => s.tables).length,
    charts: sheets.flatMap((s) => s.charts).length,
    conditional: sheets.flatMap((s) => s.conditionalFormats).length,
    protected: sheets.filter((s) => s.protection.protected).length,
    hidden: new Set(sheets.map((s) => s.visibility)),
    frozen: sheets.filter((s) => s.freeze !== null).length,
    printed: sheets.filter((s) => s.print !== null).length,
    names: facts.flatMap((f) => f.definedNames).length,
  };
  expect([...count.validations].sort()).toEqual(['custom', 'date', 'decimal', 'list', 'textLength', 'whole']);
  expect(count.hidden).toEqual(new Set(['visible', 'hidden', 'veryHidden']));
  for (const [kind, n] of Object.entries(count)) if (typeof n === 'number') expect({ kind, present: n > 0 }).toEqual({ kind, present: true });
});

it('writes a column width of 9 in files too (ExcelJS would leave it out as its default)', async () => {
  const spec = everythingSpec();
  spec.sheets[0]!.columns[0] = { width: 9 };
  const fromFile = await factsFromXlsx(await renderWorkbook(spec), spec);
  const fromExcel = factsFromFake((await writeOnFake(spec)).fake.state, spec);
  expect(fromFile.sheets[0]!.columns[0]!.width).toBe(9);
  expect(fromExcel.sheets[0]!.columns[0]!.width).toBe(9);
});
