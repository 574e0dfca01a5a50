/**
 * The task pane's actions on the open workbook, on the fake Excel: what the pane shows (French)
 * after writing the plan sheets, after a refusal, and while Excel is busy with a cell edit.
 */
import { ExcelWorkbook } from '../../src/excel';
import { describeFailure, openWorkbook, writePlanSheets } from '../../src/taskpane/workbookActions';
import { FakeExcel } from '../excel/fake';
import { userTypes } from '../excel/support/user';

const now = '2026-11-29T10:00:00.000Z';

it('writes the plan sheets, then replaces them, and says so', async () => {
  const fake = new FakeExcel();
  const workbook = new ExcelWorkbook(fake.host());
  expect(await writePlanSheets(workbook, { now })).toEqual({ kind: 'done', message: '11 feuilles créées.', notices: [] });
  expect(await writePlanSheets(workbook, { now })).toEqual({ kind: 'done', message: '11 feuilles remplacées.', notices: [] });
});

it('on an older Excel, tells what it could not do', async () => {
  const workbook = new ExcelWorkbook(new FakeExcel({ version: '1.8' }).host());
  const state = await writePlanSheets(workbook, { now });
  expect(state.kind).toBe('done');
  expect(state.kind === 'done' && state.notices).toEqual([expect.stringContaining('ExcelApi 1.9'), expect.stringContaining('ExcelApi 1.12')]);
});

it('offers to overwrite a sheet the user changed, and does it when asked', async () => {
  const fake = new FakeExcel();
  const workbook = new ExcelWorkbook(fake.host());
  await writePlanSheets(workbook, { now });
  await userTypes(fake, 'Périodes', 'B2', "'Année 2022 bis");
  const refused = await writePlanSheets(workbook, { now });
  expect(refused).toEqual({ kind: 'failed', message: expect.stringContaining('« Périodes » a été modifiée'), retry: false, overwrite: true });
  expect(await writePlanSheets(workbook, { now, overwrite: true })).toMatchObject({ kind: 'done' });
});

it('offers to try again when Excel stays in cell edit mode', async () => {
  const fake = new FakeExcel();
  fake.cellEditMode = true;
  const waits: string[] = [];
  const workbook = new ExcelWorkbook(fake.host(), { retry: { delaysMs: [1], sleep: async () => undefined, onRetry: (e) => waits.push(e.message) } });
  expect(await writePlanSheets(workbook, { now })).toEqual({ kind: 'failed', message: expect.stringContaining('validez la saisie'), retry: true, overwrite: false });
  expect(waits).toHaveLength(1);
});

it('an unexpected error is shown, not swallowed', () => {
  expect(describeFailure(new Error('boom'))).toEqual({ kind: 'failed', message: 'Erreur inattendue du complément : boom', retry: false, overwrite: false });
});

it('finds no workbook outside Excel', () => {
  expect(openWorkbook({})).toBeUndefined();
  const fake = new FakeExcel();
  const host = fake.host();
  const scope = { Excel: { run: host.run }, Office: { context: { requirements: host.requirements } } };
  expect(openWorkbook(scope)).toBeInstanceOf(ExcelWorkbook);
});
