/**
 * The Excel effects besides plan, generation and consolidation: jumping to a finding's cell,
 * the preferences kept in the workbook's settings, and what is delegated to the file effects.
 */
import { ExcelWorkbook, SettingsSaveError } from '../../../src/excel';
import { buildCollectionWorkbook, respondentsOf } from '../../../src/collect';
import { defaultPlan } from '../../../src/plan/default';
import { finding, type Finding } from '../../../src/returns/findings';
import { excelEffects } from '../../../src/taskpane/effects/excelEffects';
import { preferencesKey } from '../../../src/taskpane/effects/excelPreferences';
import { defaultPreferences, type ImportedReturn, type PickedFile, type Preferences } from '../../../src/taskpane/effects/types';
import { FakeExcel, FakeSettings } from '../../excel/fake';
import { fakeEffects } from '../support/fakeEffects';

const now = '2026-11-29T10:00:00.000Z';

function setup(settings = new FakeSettings()) {
  const fake = new FakeExcel();
  const files = fakeEffects();
  const effects = excelEffects({ workbook: new ExcelWorkbook(fake.host()), files, renderReport: jest.fn(), settings, now: () => now });
  return { fake, files, settings, effects };
}

describe('selectFinding: only in the return itself', () => {
  const plan = defaultPlan();
  const respondent = (code: string) => respondentsOf(plan).find((r) => r.code === code)!;
  const at = (sheet: string | null, cell: string | null): Finding => finding('not_a_number', { file: 'retour.xlsx', sheet, cell });
  const from = (code: string | null): ImportedReturn => ({
    fileName: 'retour.xlsx',
    fileDate: null,
    bytes: null,
    result: { file: 'retour.xlsx', respondent: code === null ? null : { code, name: respondent(code).name }, status: 'errors', findings: [], submission: null },
  });
  const fiche = 'FA 3.1 - Métiers, formations';

  it.each<[string, 'return' | 'consolidation', Finding, string | null, boolean, { sheet: string; address: string } | undefined, number]>([
    ['the open workbook is Digne’s return', 'return', at(fiche, 'E8'), '04070', true, { sheet: fiche, address: 'E8' }, 4],
    ['… the sheet named in another case', 'return', at(fiche.toUpperCase(), 'E8'), '04070', true, { sheet: fiche, address: 'E8' }, 4],
    ['the finding is about another commune’s return', 'return', at(fiche, 'E8'), '04001', false, undefined, 3],
    ['its sheet is not in the workbook', 'return', at('FA 9.9 - Autre', 'E8'), '04070', false, undefined, 1],
    ['the sheet of that name is a consolidation tab (no _ctg)', 'consolidation', at('Indicateurs', 'B12'), '04070', false, undefined, 1],
    ['the return was never identified', 'return', at(fiche, 'E8'), null, false, undefined, 0],
    ['it is about the whole file (no sheet)', 'return', at(null, null), '04070', false, undefined, 0],
    ['it is about a sheet, not a cell', 'return', at(fiche, null), '04070', false, undefined, 0],
  ])('when %s (open workbook: %s)', async (_label, open, target, code, expected, selection, syncs) => {
    const { fake, effects } = setup();
    if (open === 'return') await new ExcelWorkbook(fake.host()).writeSpec(buildCollectionWorkbook(plan, respondent('04070'), { now }).spec);
    else await effects.writePlanSheets!(plan, { overwrite: false });
    fake.takeSyncs();
    expect(await effects.selectFinding!(target, from(code))).toBe(expected);
    expect(fake.state.selection).toEqual(selection);
    expect(fake.takeSyncs()).toHaveLength(syncs);
  });
});

describe('preferences, in the workbook’s settings', () => {
  const mine: Preferences = { selection: 'codes', codes: ['04070', '04001'], periods: ['2024', '2025'], deadline: '2026-03-31', errorPolicy: 'quarantine', consolidationTarget: 'workbook-tabs' };

  it('survive the workbook being closed and opened again', async () => {
    const first = setup();
    await first.effects.savePreferences(mine);
    expect(first.settings.saves).toBe(1);
    const reopened = setup(first.settings.reopened());
    expect(await reopened.effects.loadPreferences()).toEqual(mine);
  });

  it('are the defaults in a workbook that has none', async () => {
    expect(await setup().effects.loadPreferences()).toEqual(defaultPreferences);
  });

  it.each<[string, unknown]>([
    ['text', 'selection=all'],
    ['a number', 42],
    ['a list', ['all']],
    ['an object of nothing expected', { couleur: 'bleu' }],
    ['every field wrong', { selection: 'tous', codes: 'x', periods: [1], deadline: '31/03/2026', errorPolicy: 'ignore', consolidationTarget: 'imprimante' }],
  ])('garbage (%s) gives the defaults', async (_label, stored) => {
    expect(await setup(new FakeSettings({ [preferencesKey]: stored })).effects.loadPreferences()).toEqual(defaultPreferences);
  });

  it('a field this version does not understand falls back alone; the others are kept', async () => {
    const stored = { ...mine, errorPolicy: 'supprimer', futureField: true };
    expect(await setup(new FakeSettings({ [preferencesKey]: stored })).effects.loadPreferences()).toEqual({ ...mine, errorPolicy: defaultPreferences.errorPolicy });
  });

  it('a failed save is a French error the pane can show', async () => {
    const { settings, effects } = setup();
    settings.saveFailures.push('Document en lecture seule');
    await expect(effects.savePreferences(mine)).rejects.toEqual(expect.any(SettingsSaveError));
    await expect(effects.loadPreferences()).resolves.toEqual(mine);
  });
});

describe('what is about files goes to the file effects', () => {
  const picked: PickedFile = { name: 'plan.json', size: 2, arrayBuffer: async () => new ArrayBuffer(2) };
  const imported = { fileName: 'retour.xlsx', fileDate: null, bytes: new Uint8Array(), result: {} } as unknown as ImportedReturn;

  it('is the Excel surface, in the files’ language', () => {
    const { effects } = setup();
    expect([effects.surface, effects.lang]).toEqual(['excel', 'fr']);
  });

  it('reading a plan file, importing returns, downloading an annotated copy', async () => {
    const { files, effects } = setup();
    const plan = defaultPlan();
    const control = { signal: new AbortController().signal };
    await effects.readPlanFile(picked);
    await effects.importReturns(plan, [picked], control);
    await effects.downloadAnnotated(imported);
    expect(files.readPlanFile).toHaveBeenCalledWith(picked);
    expect(files.importReturns).toHaveBeenCalledWith(plan, [picked], control);
    expect(files.downloadAnnotated).toHaveBeenCalledWith(imported);
  });
});
