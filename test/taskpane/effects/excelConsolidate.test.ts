/**
 * The consolidation inside Excel, from returns already imported: tabs of the open workbook
 * (refusing to overwrite tabs the user changed), or a new Excel workbook — offered as a download
 * instead, and said so, where this Excel cannot open one. On the fake Excel.
 */
import { simulateReturn } from '../../../src/demo';
import { validateGrids } from '../../../src/app/validate';
import { respondentsOf } from '../../../src/collect';
import type { Consolidation } from '../../../src/consolidate/types';
import { ExcelAdapterError, ExcelWorkbook, issueMessage } from '../../../src/excel';
import { defaultPlan } from '../../../src/plan/default';
import { excelEffects } from '../../../src/taskpane/effects/excelEffects';
import type { ConsolidationSummary, ImportedReturn } from '../../../src/taskpane/effects/types';
import type { WorkbookSpec } from '../../../src/workbook/spec';
import { specToGrids } from '../../oracles/specToGrid';
import { cellKey, FakeExcel, FakeSettings, type FakeOptions } from '../../excel/fake';
import { userTypes } from '../../excel/support/user';
import { fakeEffects } from '../support/fakeEffects';

const now = '2026-11-29T10:00:00.000Z';
const plan = defaultPlan();
const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);

/** Three communes' returns, simulated and checked as the import does. */
const returns: ImportedReturn[] = respondentsOf(plan)
  .filter((r) => r.kind === 'commune')
  .slice(0, 3)
  .map((respondent) => {
    const { spec } = simulateReturn(plan, respondent, { seed: 2026, now, completeness: 'full', anomalies: [] });
    const fileName = `${respondent.code}.xlsx`;
    return { fileName, fileDate: null, bytes: new Uint8Array([1]), result: validateGrids(plan, fileName, specToGrids(spec)) };
  });

function setup(options: FakeOptions & { requestBytes?: number } = {}) {
  const fake = new FakeExcel(options);
  const downloaded: ConsolidationSummary = { message: 'Classeur de consolidation téléchargé.', details: [], consolidation: {} as Consolidation, target: 'download', output: 'consolidation.xlsx' };
  const files = fakeEffects({ consolidate: jest.fn(async () => downloaded) });
  const renderReport = jest.fn(async (_spec: WorkbookSpec) => bytes);
  const workbook = new ExcelWorkbook(fake.host(), options.requestBytes !== undefined ? { budget: { requestBytes: options.requestBytes } } : {});
  const effects = excelEffects({ workbook, files, renderReport, settings: new FakeSettings(), now: () => now });
  return { fake, files, renderReport, effects };
}

describe('as tabs of the open workbook', () => {
  it('writes the consolidation tabs and says what it did', async () => {
    const { fake, effects } = setup();
    fake.takeSyncs();
    const summary = await effects.consolidate(plan, returns, { target: 'workbook-tabs', errorPolicy: 'include' }, {});
    expect(summary.target).toBe('workbook-tabs');
    expect(summary.message).toBe('Consolidation écrite dans le classeur : 18 feuilles créées.');
    for (const r of returns) expect(summary.details).toContainEqual(expect.stringContaining(r.fileName));
    expect(summary.consolidation.files).toHaveLength(3);
    expect(summary.consolidation.now).toBe(now);
    const tabs = fake.state.sheets.map((s) => s.name).slice(1);
    expect(tabs).toEqual(expect.arrayContaining(['Synthèse', 'FA 3.1 - Métiers, formations', 'Données', 'Anomalies', 'Relances']));
    expect(summary.output).toBe(tabs.map((t) => `« ${t} »`).join(', '));
    // One to see whether the open workbook is a consolidation to continue (it is not), two to write.
    expect(fake.takeSyncs()).toHaveLength(3);
  });

  it('replaces its own tabs the next time, but refuses (in French) when the user changed one', async () => {
    const { fake, effects } = setup();
    const options = { target: 'workbook-tabs' as const, errorPolicy: 'include' as const };
    await effects.consolidate(plan, returns, options, {});
    expect((await effects.consolidate(plan, returns, options, {})).message).toMatch(/18 feuilles remplacées\.$/);
    await userTypes(fake, 'Synthèse', 'A1', 'Mon titre');
    const refused = await effects.consolidate(plan, returns, options, {}).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ExcelAdapterError);
    expect(issueMessage((refused as ExcelAdapterError).issue)).toContain('« Synthèse » a été modifiée');
    // « Remplacer quand même »: the adviser's title gives way to the consolidation's.
    expect((await effects.consolidate(plan, returns, { ...options, overwrite: true }, {})).message).toMatch(/18 feuilles remplacées\.$/);
    expect(fake.state.sheets.find((s) => s.name === 'Synthèse')!.cells.get(cellKey(0, 0))?.value).not.toBe('Mon titre');
  });

  it('the error policy reaches the consolidation', async () => {
    const { effects } = setup();
    const summary = await effects.consolidate(plan, returns, { target: 'workbook-tabs', errorPolicy: 'quarantine' }, {});
    expect(summary.consolidation.errorPolicy.choice).toBe('quarantine');
  });
});

describe('as a new workbook', () => {
  it('renders the consolidation and opens the bytes with Excel.createWorkbook', async () => {
    const { fake, renderReport, files, effects } = setup();
    const summary = await effects.consolidate(plan, returns, { target: 'new-workbook', errorPolicy: 'include' }, {});
    expect(renderReport).toHaveBeenCalledTimes(1);
    expect(renderReport.mock.calls[0]![0].sheets.map((s) => s.name)).toContain('Synthèse');
    expect(fake.state.createdWorkbooks).toEqual([Buffer.from(bytes).toString('base64')]);
    expect(summary).toMatchObject({ target: 'new-workbook', message: 'Consolidation ouverte dans un nouveau classeur Excel : pensez à l’enregistrer.' });
    expect(fake.state.sheets.map((s) => s.name)).toEqual(['Feuil1']);
    expect(files.consolidate).not.toHaveBeenCalled();
  });

  it.each<[string, FakeOptions & { requestBytes?: number }, RegExp]>([
    ['the host lacks Excel.createWorkbook', { createWorkbook: false }, /^Cette version d’Excel ne sait pas ouvrir un nouveau classeur/],
    ['the file is too big to hand to Excel', { requestBytes: 4 }, /^Le fichier est trop volumineux pour être transmis à Excel/],
  ])('where %s: downloads it instead, and says so', async (_label, options, why) => {
    const { fake, files, effects } = setup(options);
    const summary = await effects.consolidate(plan, returns, { target: 'new-workbook', errorPolicy: 'quarantine' }, {});
    expect(files.consolidate).toHaveBeenCalledWith(plan, returns, { target: 'download', errorPolicy: 'quarantine' }, {});
    expect(summary.target).toBe('download');
    expect(summary.message).toMatch(why);
    expect(summary.message).toContain('Le classeur de consolidation est téléchargé à la place. Classeur de consolidation téléchargé.');
    expect(fake.state.createdWorkbooks).toEqual([]);
  });
});

it('« download » goes to the file effects, untouched', async () => {
  const { files, effects, fake } = setup();
  const control = { signal: new AbortController().signal };
  await effects.consolidate(plan, returns, { target: 'download', errorPolicy: 'include' }, control);
  expect(files.consolidate).toHaveBeenCalledWith(plan, returns, { target: 'download', errorPolicy: 'include' }, control);
  expect(fake.syncs).toHaveLength(0);
});

it('cancelled before it starts: nothing written', async () => {
  const { fake, effects } = setup();
  const abort = new AbortController();
  abort.abort();
  await expect(effects.consolidate(plan, returns, { target: 'workbook-tabs', errorPolicy: 'include' }, { signal: abort.signal })).rejects.toThrow('Opération annulée.');
  expect(fake.state.sheets.map((s) => s.name)).toEqual(['Feuil1']);
});
