/**
 * Text from a return stays text: whatever its first character (=, +, -, @, an apostrophe) and
 * whatever it looks like (a number, a date, TRUE, an error code), the adapter writes it so that
 * Excel keeps it as a string, and reading the value types back proves it. The fake models what
 * Excel does with such text written raw — the hazard the adapter avoids.
 */
import type { CellSpec, WorkbookSpec } from '../../src/workbook/spec';
import { FakeExcel } from './fake';
import { readOnFake, readValueTypes, writeOnFake } from './support/run';
import { now, trickyTexts } from './support/specs';

const oneSheet = (cells: CellSpec[], tables: WorkbookSpec['sheets'][number]['tables'] = []): WorkbookSpec => ({
  sheets: [{ name: 'Retour', visibility: 'visible', columns: [], rows: cells.map((cell) => [cell]), merges: [], tables }],
  styles: { number: { numberFormat: '#,##0' } },
  definedNames: [],
  properties: { title: 't', creator: 'c', created: now },
});

describe.each(trickyTexts)('the text %j', (text) => {
  it('is written as text: it reads back as that string, of type String, with no formula', async () => {
    const { fake } = await writeOnFake(oneSheet([{ value: text }, { value: text, style: 'number' }]));
    const [grid] = await readOnFake(fake, ['Retour']);
    expect(grid!.rows).toEqual([[text], [text]]);
    expect(grid!.formulas).toEqual([]);
    const types = await readValueTypes(fake, 'Retour', 'A1:A2');
    expect(types).toEqual([['String'], ['String']]);
  });

  it('stays text inside a table too', async () => {
    const { fake } = await writeOnFake(oneSheet([], [{ name: 'Valeurs', topLeft: 'A1', columns: ['Commentaire'], rows: [[text]] }]));
    const [grid] = await readOnFake(fake, ['Retour']);
    expect(grid!.rows[1]).toEqual([text]);
    expect(await readValueTypes(fake, 'Retour', 'A2')).toEqual([['String']]);
  });
});

/** What Excel makes of the text written raw to `values` (as the fake models Excel, en-US). */
const raw: Array<[string, { type: string; formula?: string; value?: unknown }]> = [
  ['=1+1', { type: 'String', formula: '=1+1' }],
  ['=HYPERLINK("http://exemple.org")', { type: 'String', formula: '=HYPERLINK("http://exemple.org")' }],
  ['-reste à voir', { type: 'String', formula: '=-reste à voir' }],
  ['@SUM(A1)', { type: 'String', formula: '=SUM(A1)' }],
  ['+33 4 92 00 00 00', { type: 'String', formula: '=+33 4 92 00 00 00' }],
  ['-5', { type: 'Double', value: -5 }],
  ['12', { type: 'Double', value: 12 }],
  ['50%', { type: 'Double', value: 0.5 }],
  ['TRUE', { type: 'Boolean', value: true }],
  ['2024-03-15', { type: 'Double', value: 45366 }],
  ['#N/A', { type: 'Error', value: '#N/A' }],
  ["'déjà entre apostrophes", { type: 'String', value: 'déjà entre apostrophes' }],
];

describe('the fake models the hazard: the same text written raw is not kept as text', () => {
  it.each(raw)('%j', async (text, expected) => {
    const fake = new FakeExcel();
    const read = await fake.host().run(async (context) => {
      const range = context.workbook.worksheets.getItem('Feuil1').getRange('A1');
      range.values = [[text]];
      range.load(['values', 'formulas', 'valueTypes']);
      await context.sync();
      return { values: range.values, formulas: range.formulas, types: range.valueTypes };
    });
    expect(read.types[0]![0]).toBe(expected.type);
    if (expected.formula !== undefined) expect(read.formulas[0]![0]).toBe(expected.formula);
    if (expected.value !== undefined) expect(read.values[0]![0]).toBe(expected.value);
  });

  it('a text-formatted cell (@) keeps a string as it is, even « =1+1 »', async () => {
    const fake = new FakeExcel();
    const types = await fake.host().run(async (context) => {
      const range = context.workbook.worksheets.getItem('Feuil1').getRange('A1');
      range.numberFormat = [['@']];
      range.values = [['=1+1']];
      range.load('valueTypes,formulas');
      await context.sync();
      return range.valueTypes;
    });
    expect(types).toEqual([['String']]);
  });
});

it('numbers and booleans of a spec keep their type', async () => {
  const { fake } = await writeOnFake(oneSheet([{ value: 12.5 }, { value: -3 }, { value: true }, { value: 0 }]));
  expect(await readValueTypes(fake, 'Retour', 'A1:A4')).toEqual([['Double'], ['Double'], ['Boolean'], ['Double']]);
  const [grid] = await readOnFake(fake, ['Retour']);
  expect(grid!.rows).toEqual([[12.5], [-3], [true], [0]]);
});
