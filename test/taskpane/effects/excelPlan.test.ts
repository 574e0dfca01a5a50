/**
 * Inside Excel, the plan: the workbook's plan sheets when they are there and valid, else the
 * embedded plan — with the located issues when the sheets are there but broken; writing the plan
 * sheets, with the adapter's refusals thrown in French. On the fake Excel.
 */
import { ExcelAdapterError, ExcelWorkbook } from '../../../src/excel';
import { renderPlanFileIssue } from '../../../src/i18n/planFile';
import { describeError } from '../../../src/taskpane/task/describeError';
import { defaultPlan } from '../../../src/plan/default';
import { excelEffects } from '../../../src/taskpane/effects/excelEffects';
import { FakeExcel, FakeSettings } from '../../excel/fake';
import { userAddsSheet, userTypes } from '../../excel/support/user';
import { fakeEffects } from '../support/fakeEffects';

const now = '2026-11-29T10:00:00.000Z';

function setup(fake = new FakeExcel()) {
  const workbook = new ExcelWorkbook(fake.host(), { retry: { delaysMs: [1], sleep: async () => undefined } });
  const effects = excelEffects({ workbook, files: fakeEffects(), renderReport: jest.fn(), settings: new FakeSettings(), now: () => now });
  return { fake, effects };
}

const indicatorCount = (plan: ReturnType<typeof defaultPlan>) => plan.fiches.reduce((n, f) => n + f.indicators.length + f.actions.reduce((m, a) => m + a.indicators.length, 0), 0);

it('reads back the plan sheets it wrote: same fiches and indicators, from the workbook', async () => {
  const { fake, effects } = setup();
  const plan = defaultPlan();
  expect(await effects.writePlanSheets!(plan, { overwrite: false })).toEqual({ message: 'Feuilles du plan écrites dans le classeur : 11 feuilles créées.', details: [] });
  fake.takeSyncs();
  const { plan: inUse, problem } = await effects.initialPlan();
  expect(problem).toBeUndefined();
  expect(inUse.source).toEqual({ kind: 'workbook' });
  expect(inUse.plan.fiches.map((f) => f.number)).toEqual(plan.fiches.map((f) => f.number));
  expect(indicatorCount(inUse.plan)).toBe(indicatorCount(plan));
  expect(inUse.plan.territory.communes).toHaveLength(plan.territory.communes.length);
  // One sync to list the sheets, then the read (dimensions + cells).
  expect(fake.takeSyncs()).toHaveLength(3);
});

it('without plan sheets, starts on the embedded plan after one sync', async () => {
  const { fake, effects } = setup();
  const { plan, problem } = await effects.initialPlan();
  expect(plan.source).toEqual({ kind: 'embedded' });
  expect(plan.plan.id).toBe(defaultPlan().id);
  expect(problem).toBeUndefined();
  expect(fake.takeSyncs()).toHaveLength(1);
});

it('a lone sheet called « Plan » is the user’s own: the embedded plan, no problem reported', async () => {
  const { fake, effects } = setup();
  await userAddsSheet(fake, 'Plan', { A1: 'Mon plan de charge' });
  expect(await effects.initialPlan()).toEqual({ plan: { plan: defaultPlan(), source: { kind: 'embedded' } } });
});

it('broken plan sheets: the embedded plan, and the issue at its sheet and cell', async () => {
  const { fake, effects } = setup();
  await effects.writePlanSheets!(defaultPlan(), { overwrite: false });
  // « Type » of the first indicator (column F of « Indicateurs »).
  await userTypes(fake, 'Indicateurs', 'F2', 'pas un type');
  const { plan, problem } = await effects.initialPlan();
  expect(plan.source).toEqual({ kind: 'embedded' });
  expect(problem).toMatchObject({ ok: false, format: 'xlsx' });
  const issues = problem !== undefined && !problem.ok && 'issues' in problem ? problem.issues : [];
  expect(issues).toEqual([expect.objectContaining({ sheet: 'Indicateurs', cell: 'F2' })]);
});

it('plan sheets with some missing: the embedded plan, each missing sheet named', async () => {
  const { fake, effects } = setup();
  await userAddsSheet(fake, 'Plan');
  await userAddsSheet(fake, 'Fiches');
  const { problem } = await effects.initialPlan();
  const issues = problem !== undefined && !problem.ok && 'issues' in problem ? problem.issues : [];
  expect(issues.map((i) => i.sheet)).toEqual(expect.arrayContaining(['Périodes', 'Indicateurs', 'Communes']));
});

it('when Excel cannot be read at start-up, opens on the embedded plan and says why', async () => {
  const { fake, effects } = setup();
  fake.cellEditMode = true;
  const { plan, problem } = await effects.initialPlan();
  expect(plan.source).toEqual({ kind: 'embedded' });
  expect(problem).toEqual({ ok: false, format: 'xlsx', unreadable: { code: 'sheets_not_read', excel: { code: 'cell-edit-mode' } } });
  expect(renderPlanFileIssue({ code: 'sheets_not_read', excel: { code: 'cell-edit-mode' } }, 'fr')).toMatch(/^Les feuilles du plan de ce classeur n’ont pas pu être lues : .*validez la saisie/);
});

it('writing the plan sheets over sheets the user changed is refused in French, then done when asked to overwrite', async () => {
  const { fake, effects } = setup();
  const plan = defaultPlan();
  await effects.writePlanSheets!(plan, { overwrite: false });
  await userTypes(fake, 'Périodes', 'B2', "'Année 2022 bis");
  const refused = await effects.writePlanSheets!(plan, { overwrite: false }).catch((e: unknown) => e);
  expect(refused).toBeInstanceOf(ExcelAdapterError);
  expect((refused as ExcelAdapterError).issue).toEqual({ code: 'sheet-modified', sheets: ['Périodes'] });
  expect(describeError(refused)).toContain('« Périodes » a été modifiée');
  expect((await effects.writePlanSheets!(plan, { overwrite: true })).message).toBe('Feuilles du plan écrites dans le classeur : 11 feuilles remplacées.');
});

it('on an Excel older than the add-in needs, writing the plan throws the French « mettez Excel à jour »', async () => {
  const { effects } = setup(new FakeExcel({ version: '1.7' }));
  const refused = await effects.writePlanSheets!(defaultPlan(), { overwrite: false }).catch((e: unknown) => e);
  expect(refused).toBeInstanceOf(ExcelAdapterError);
  expect(describeError(refused)).toContain('mettez Excel à jour');
});
