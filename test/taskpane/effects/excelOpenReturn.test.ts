/**
 * The return open in Excel (issue 16, points 3 and 4), on the fake: « Contrôler ce classeur » checks
 * it through the same use case as files and gives the same findings as its .xlsx; « Marquer les
 * cellules » and « Retirer les marques » leave the workbook as it was; a workbook that is not a
 * return is said so; the returns taken in are recorded in the document settings (identities only)
 * and read back when the pane reopens.
 */
import { checkReturns } from '../../../src/app/checkReturns';
import { memorySource } from '../../../src/app/returnSource';
import { runContext } from '../../../src/app/run';
import { ExcelWorkbook } from '../../../src/excel';
import { defaultPlan } from '../../../src/plan/default';
import { excelEffects } from '../../../src/taskpane/effects/excelEffects';
import { renderSpec } from '../../../src/xlsx/renderSpec';
import { readGrids } from '../../../src/xlsx/readGrids';
import { FakeExcel, FakeSettings } from '../../excel/fake';
import { writeOnFake } from '../../excel/support/run';
import { collectionSpec } from '../../excel/support/specs';
import { plainState } from '../../excel/support/stateDiff';
import { userTypes } from '../../excel/support/user';
import { fakeEffects } from '../support/fakeEffects';

const now = '2026-12-03T10:00:00.000Z';
const plan = defaultPlan();

function setup(fake: FakeExcel, settings = new FakeSettings(), name: string | null = 'Digne-retour.xlsx') {
  const workbook = new ExcelWorkbook(fake.host(), { retry: { delaysMs: [], sleep: async () => undefined } });
  return { settings, effects: excelEffects({ workbook, files: fakeEffects(), renderReport: jest.fn(), settings, now: () => now, documentName: () => name }) };
}

/** A return as the commune sent it, open in Excel, with a bad value typed in an input cell. */
async function openReturn(version = '1.18') {
  const spec = collectionSpec('04070', plan);
  const { fake } = await writeOnFake(spec, { version });
  const sheet = spec.sheets.find((s) => s.visibility === 'visible' && s.rows.some((row) => row?.some((c) => c?.unlocked === true)))!;
  const r = sheet.rows.findIndex((row) => row?.some((c) => c?.unlocked === true));
  const c = sheet.rows[r]!.findIndex((cell) => cell?.unlocked === true);
  await userTypes(fake, sheet.name, `${String.fromCharCode(65 + c)}${r + 1}`, "'beaucoup");
  return { fake, spec };
}

it.each(['1.18', '1.12', '1.8'])('on ExcelApi %s: checked like its file, marked, unmarked, nothing else changed', async (version) => {
  const { fake } = await openReturn(version);
  const { effects } = setup(fake);
  const before = plainState(fake.state);

  const imported = await effects.checkOpenWorkbook!(plan, {});
  expect(imported?.fileName).toBe('Digne-retour.xlsx');
  expect(imported?.result.respondent?.code).toBe('04070');
  expect(imported?.result.findings.some((f) => f.severity === 'error')).toBe(true);
  expect(plainState(fake.state)).toEqual(before);

  const marked = await effects.markOpenWorkbook!(imported!);
  expect(marked.message).toMatch(/^\d+ cellules? marquées? dans le classeur/);
  expect(plainState(fake.state)).not.toEqual(before);
  const unmarked = await effects.unmarkOpenWorkbook!();
  expect(unmarked.message).toMatch(/^Marques retirées : \d+ cellules? remises? comme avant\.$/);
  expect(plainState(fake.state)).toEqual(before);
});

it('finds what the same workbook as a file gives: one road for files and the open workbook', async () => {
  const { fake, spec } = await openReturn();
  const { effects } = setup(fake);
  const imported = await effects.checkOpenWorkbook!(plan, {});
  // The same workbook as a file, before the bad value was typed, through the file road.
  const bytes = await renderSpec(spec);
  const [fromFile] = await checkReturns(plan, [memorySource('Digne-retour.xlsx', bytes)], { readGrids: (b, reach) => readGrids(b, { reach }), maxBytes: 1e9 }, runContext({ now }), 'drop');
  // The file has no bad value: every finding of the file is also a finding of the open workbook.
  const key = (f: { code: string; sheet: string | null; cell: string | null }) => `${f.code}@${f.sheet}!${f.cell}`;
  const openKeys = new Set(imported!.result.findings.map(key));
  for (const f of fromFile!.result.findings) expect(openKeys).toContain(key(f));
  expect(imported!.result.findings.length).toBeGreaterThan(fromFile!.result.findings.length);
});

it('says when the open workbook is not a return, reading nothing more', async () => {
  const fake = new FakeExcel();
  const { effects } = setup(fake);
  expect(await effects.checkOpenWorkbook!(plan, {})).toBeNull();
});

it('marks nothing in a workbook that is another respondent’s return', async () => {
  const { fake } = await openReturn();
  const { effects } = setup(fake);
  const imported = await effects.checkOpenWorkbook!(plan, {});
  const other = { ...imported!, result: { ...imported!.result, respondent: { code: '04001', name: 'Autre' } } };
  const before = plainState(fake.state);
  expect((await effects.markOpenWorkbook!(other)).message).toBe('Le classeur ouvert n’est pas ce retour : ouvrez-le dans Excel pour y marquer les cellules.');
  expect(plainState(fake.state)).toEqual(before);
});

it('records the returns taken in (identities, never data) and reads them back when the pane reopens', async () => {
  const { fake } = await openReturn();
  const { effects, settings } = setup(fake);
  const imported = await effects.checkOpenWorkbook!(plan, {});
  await effects.rememberReturns!([imported!]);
  const reopened = setup(fake, settings.reopened()).effects;
  const record = await reopened.rememberedReturns!();
  expect(record).toEqual({
    format: 'ctg-retours-pris/1',
    takenAt: now,
    returns: [{ file: 'Digne-retour.xlsx', respondent: { code: '04070', name: expect.any(String) }, identity: { planId: plan.id, planVersion: expect.any(String), generatedAt: expect.any(String) }, hash: null, status: 'errors' }],
  });
  // No value of the return in the settings.
  expect(JSON.stringify([...settings.saved.values()])).not.toContain('beaucoup');
});

it.each([
  ['nothing stored', undefined],
  ['another format', { format: 'autre', takenAt: now, returns: [] }],
  ['garbage', 'n’importe quoi'],
])('a workbook with %s restores nothing', async (_label, stored) => {
  const settings = new FakeSettings(stored === undefined ? {} : { 'ctg.returnsTaken': stored });
  const { effects } = setup(new FakeExcel(), settings);
  expect(await effects.rememberedReturns!()).toBeNull();
});
