/**
 * Reading sheets back as grids, with the .xlsx reader's meaning: the used range placed from A1,
 * empty → null, formulas as text (with their value, "" → null), dates in date-formatted cells →
 * ISO text, errors as their text; hidden sheets included; answers kept under the budget.
 */
import { readSheetGrids } from '../../src/excel';
import { FakeExcel, type FakeContext } from './fake';
import { readOnFake, rejection } from './support/run';

async function workbookWith(): Promise<FakeExcel> {
  const fake = new FakeExcel();
  await fake.host().run(async (c) => {
    const context = c as FakeContext;
    const sheets = context.workbook.worksheets;
    const data = sheets.add('Données');
    data.getRange('C3:F4').formulas = [
      ["'texte", 12.5, true, '=C3&"!"'],
      ['=IF(1>2,"x","")', "'=pas une formule", '#N/A', ''],
    ];
    data.getRange('C6:D6').numberFormat = [['dd/mm/yyyy', 'yyyy-mm-dd hh:mm']];
    data.getRange('C6:D6').values = [[45366, 45366.4375]];
    const hidden = sheets.add('Cachée');
    hidden.getRange('A1').values = [["'caché"]];
    hidden.visibility = 'VeryHidden';
    sheets.add('Vide');
    await context.sync();
  });
  return fake;
}

it('reads the used range from A1, with the .xlsx reader’s meaning', async () => {
  const fake = await workbookWith();
  const [grid] = await readOnFake(fake, ['Données']);
  expect(grid).toEqual({
    name: 'Données',
    rows: [[], [], [null, null, 'texte', 12.5, true, null], [null, null, null, '=pas une formule', '#N/A'], [], [null, null, '2024-03-15', '2024-03-15T10:30:00']],
    formulas: [undefined, undefined, [undefined, undefined, undefined, undefined, undefined, 'C3&"!"'], [undefined, undefined, 'IF(1>2,"x","")']],
  });
});

it('reads every sheet, hidden ones included, in workbook order, in three syncs', async () => {
  const fake = await workbookWith();
  fake.takeSyncs();
  const grids = await readOnFake(fake);
  expect(grids.map((g) => g.name)).toEqual(['Feuil1', 'Données', 'Cachée', 'Vide']);
  expect(grids[2]).toEqual({ name: 'Cachée', rows: [['caché']], formulas: [] });
  expect(grids[3]).toEqual({ name: 'Vide', rows: [], formulas: [] });
  expect(fake.takeSyncs()).toHaveLength(3);
});

it('names the sheet that does not exist', async () => {
  const fake = await workbookWith();
  const error = await rejection(readOnFake(fake, ['Données', 'Consolidation']));
  expect(error.issue).toEqual({ code: 'sheet-not-found', sheet: 'Consolidation' });
});

describe('a big sheet', () => {
  const rows = 3000;
  let fake: FakeExcel;
  beforeAll(async () => {
    fake = new FakeExcel();
    await fake.host().run(async (context) => {
      const sheet = context.workbook.worksheets.add('Grand');
      sheet.getRange(`A1:D${rows}`).values = Array.from({ length: rows }, (_, r) => [`'ligne ${r + 1}`, r, r % 2 === 0, `'${'x'.repeat(r % 50)}`]);
      await context.sync();
    });
  });

  it('is read in several syncs under a small answer budget, to the same grid', async () => {
    fake.takeSyncs();
    const whole = await readOnFake(fake, ['Grand']);
    expect(fake.takeSyncs()).toHaveLength(2);
    const budget = { responseBytes: 100_000, readBytesPerCell: 96 };
    const chunked = await readOnFake(fake, ['Grand'], budget);
    const syncs = fake.takeSyncs();
    expect(chunked).toEqual(whole);
    expect(syncs.length).toBeGreaterThan(5);
    for (const sync of syncs) expect(sync.responseBytes).toBeLessThanOrEqual(100_000);
  });

  it('an answer Excel still finds too large is split in two and asked again', async () => {
    const whole = await readOnFake(fake, ['Grand']);
    fake.takeSyncs();
    fake.faultsAt.set(1, 'ResponsePayloadSizeLimitExceeded'); // the first read, after the dimensions
    const grids = await fake.host().run((context) => readSheetGrids(context, { sheets: ['Grand'] }));
    expect(grids).toEqual(whole);
    expect(fake.takeSyncs().map((s) => s.error ?? 'ok')).toEqual(['ok', 'ResponsePayloadSizeLimitExceeded', 'ok', 'ok']);
  });
});
