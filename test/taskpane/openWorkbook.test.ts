/**
 * The pane inside Excel, on the fake Excel: the open workbook is found only where office.js gives
 * Excel; writing the plan sheets says what it did, what this Excel could not do, and refuses to
 * overwrite what the adviser changed until asked; a busy Excel (cell edit) is said in French.
 */
import { ExcelAdapterError, ExcelWorkbook, issueMessage } from '../../src/excel';
import { describeError } from '../../src/taskpane/task/describeError';
import { excelEffects } from '../../src/taskpane/effects/excelEffects';
import { openWorkbook } from '../../src/taskpane/openWorkbook';
import { defaultPlan } from '../../src/plan';
import { FakeExcel, FakeSettings } from '../excel/fake';
import { userTypes } from '../excel/support/user';
import { fakeEffects } from './support/fakeEffects';

const now = '2026-11-29T10:00:00.000Z';
const plan = defaultPlan();

function effectsOn(workbook: ExcelWorkbook) {
  return excelEffects({ workbook, files: fakeEffects(), settings: new FakeSettings(), renderReport: async () => new Uint8Array(), now: () => now });
}

it('finds no workbook outside Excel, and the workbook inside', () => {
  expect(openWorkbook({})).toBeUndefined();
  expect(openWorkbook({ Excel: {}, Office: {} })).toBeUndefined();
  const host = new FakeExcel().host();
  expect(openWorkbook({ Excel: { run: host.run }, Office: { context: { requirements: host.requirements } } })).toBeInstanceOf(ExcelWorkbook);
});

it('writes the plan sheets, then replaces them, and says so', async () => {
  const effects = effectsOn(new ExcelWorkbook(new FakeExcel().host()));
  expect(await effects.writePlanSheets!(plan, { overwrite: false })).toEqual({ message: expect.stringContaining('11 feuilles créées'), details: [] });
  expect(await effects.writePlanSheets!(plan, { overwrite: false })).toEqual({ message: expect.stringContaining('11 feuilles remplacées'), details: [] });
});

it('on an older Excel, tells what it could not do', async () => {
  const effects = effectsOn(new ExcelWorkbook(new FakeExcel({ version: '1.8' }).host()));
  const outcome = await effects.writePlanSheets!(plan, { overwrite: false });
  expect(outcome.details).toEqual([expect.stringContaining('ExcelApi 1.9'), expect.stringContaining('ExcelApi 1.12')]);
});

it('refuses to overwrite a sheet the adviser changed, and does it when asked', async () => {
  const fake = new FakeExcel();
  const effects = effectsOn(new ExcelWorkbook(fake.host()));
  await effects.writePlanSheets!(plan, { overwrite: false });
  await userTypes(fake, 'Périodes', 'B2', "'Année 2022 bis");
  await expect(effects.writePlanSheets!(plan, { overwrite: false })).rejects.toMatchObject({ issue: { code: 'sheet-modified', sheets: ['Périodes'] } });
  await expect(effects.writePlanSheets!(plan, { overwrite: true })).resolves.toMatchObject({ message: expect.stringContaining('remplacées') });
});

it('says so in French when Excel stays in cell edit mode, after trying again', async () => {
  const fake = new FakeExcel();
  fake.cellEditMode = true;
  const waits: string[] = [];
  const workbook = new ExcelWorkbook(fake.host(), { retry: { delaysMs: [1], sleep: async () => undefined, onRetry: (e) => waits.push(issueMessage(e.issue)) } });
  const failure = effectsOn(workbook).writePlanSheets!(plan, { overwrite: false });
  await expect(failure).rejects.toBeInstanceOf(ExcelAdapterError);
  await expect(failure).rejects.toMatchObject({ issue: { code: 'cell-edit-mode' }, retryable: true });
  expect(describeError(await failure.catch((e: unknown) => e))).toContain('validez la saisie');
  expect(waits).toHaveLength(1);
  expect(waits[0]).toContain('validez la saisie');
});
