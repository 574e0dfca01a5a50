/** Jumping to a finding: one round trip; a sheet that is gone is named in French. */
import { ExcelAdapterError, ExcelWorkbook } from '../../src/excel';
import { rejection, writeOnFake } from './support/run';
import { planSpec } from './support/specs';

it('activates the sheet and selects the range, in one sync', async () => {
  const { fake } = await writeOnFake(planSpec());
  const workbook = new ExcelWorkbook(fake.host());
  await workbook.select('Indicateurs', 'B12:D12');
  const indicators = fake.state.sheets.find((s) => s.name === 'Indicateurs')!;
  expect(fake.state.activeSheetId).toBe(indicators.id);
  expect(fake.state.selection).toEqual({ sheet: 'Indicateurs', address: 'B12:D12' });
  expect(fake.takeSyncs()).toHaveLength(1);
});

it.each<[string, string, object]>([
  ['Supprimée', 'A1', { code: 'sheet-not-found', sheet: 'Supprimée' }],
  ['Indicateurs', 'pas une adresse', { code: 'invalid-request', officeCode: 'InvalidArgument' }],
])('%s!%s → %j', async (sheet, address, issue) => {
  const { fake } = await writeOnFake(planSpec());
  const error = await rejection(new ExcelWorkbook(fake.host()).select(sheet, address));
  expect(error).toBeInstanceOf(ExcelAdapterError);
  expect(error.issue).toMatchObject(issue);
});
