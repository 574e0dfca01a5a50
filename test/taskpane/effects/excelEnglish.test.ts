/**
 * The pane inside Excel in English (`excelEffects({ lang: 'en' })`), on the fake Excel: what a
 * write into the open workbook did is told in English — the plan sheets, the collection sheets,
 * the consolidation in a new workbook — and so is the fallback to a download. The adapter's own sentences
 * (ExcelAdapterError, notices) stay French: src/excel is not translated.
 */
import { simulateReturn } from '../../../src/demo';
import { validateGrids } from '../../../src/app/validate';
import { respondentsOf } from '../../../src/collect';
import type { Consolidation } from '../../../src/consolidate/types';
import { ExcelWorkbook } from '../../../src/excel';
import { defaultPlan } from '../../../src/plan/default';
import { excelEffects } from '../../../src/taskpane/effects/excelEffects';
import type { ConsolidationSummary, ImportedReturn, PaneEffects, TaskProgress } from '../../../src/taskpane/effects/types';
import { specToGrids } from '../../oracles/specToGrid';
import { FakeExcel, FakeSettings, type FakeOptions } from '../../excel/fake';
import { fakeEffects } from '../support/fakeEffects';

const now = '2026-11-29T10:00:00.000Z';
const plan = defaultPlan();
const communes = respondentsOf(plan).filter((r) => r.kind === 'commune');

const returns: ImportedReturn[] = communes.slice(0, 3).map((respondent) => {
  const { spec } = simulateReturn(plan, respondent, { seed: 2026, now, completeness: 'full', anomalies: [] });
  const fileName = `${respondent.code}.xlsx`;
  return { fileName, fileDate: null, bytes: new Uint8Array([1]), result: validateGrids(plan, fileName, specToGrids(spec)) };
});

function english(options: FakeOptions = {}) {
  const downloaded: ConsolidationSummary = { message: 'Consolidation downloaded.', details: [], consolidation: {} as Consolidation, target: 'download', output: 'consolidation.xlsx' };
  const files = fakeEffects({ lang: 'en', consolidate: jest.fn(async () => downloaded) });
  const workbook = new ExcelWorkbook(new FakeExcel(options).host(), { retry: { delaysMs: [], sleep: async () => undefined } });
  return excelEffects({ workbook, files, renderReport: jest.fn(async () => new Uint8Array([1])), settings: new FakeSettings(), now: () => now, lang: 'en' });
}

it.each<[string, FakeOptions, (effects: PaneEffects, progress: TaskProgress[]) => Promise<string>, RegExp]>([
  ['the plan sheets written', {}, async (effects) => (await effects.writePlanSheets!(plan, { overwrite: false })).message, /^Plan sheets written into the workbook: 11 sheets created\.$/],
  [
    'the collection sheets written',
    {},
    async (effects, progress) => (await effects.generate(plan, { selection: { kind: 'codes', codes: communes.slice(0, 3).map((c) => c.code) }, periods: [], deadline: '', where: 'workbook' }, { progress: (p) => progress.push(p) })).message,
    /^3 collection forms generated in the workbook: \d+ sheets created\.$/,
  ],
  // Not the consolidation tabs: Excel refuses the English workbook's « History » sheet name today (src/i18n/reportWords).
  [
    'the consolidation opened in a new workbook',
    {},
    async (effects, progress) => (await effects.consolidate(plan, returns, { target: 'new-workbook', errorPolicy: 'include' }, { progress: (p) => progress.push(p) })).message,
    /^Consolidation opened in a new Excel workbook: remember to save it\.$/,
  ],
  [
    'the consolidation downloaded where Excel cannot open a new workbook',
    { createWorkbook: false },
    async (effects) => (await effects.consolidate(plan, returns, { target: 'new-workbook', errorPolicy: 'include' }, {})).message,
    // The adapter's reason, in English too (src/excel/messagesEn.ts); then what the pane did instead.
    /^This version of Excel cannot open a new workbook from the add-in .* The consolidation workbook is downloaded instead\. Consolidation downloaded\.$/,
  ],
])('tells %s in English', async (_case, options, run, message) => {
  const progress: TaskProgress[] = [];
  expect(await run(english(options), progress)).toMatch(message);
  // The progress labels too.
  for (const p of progress) expect(p.label).not.toMatch(/Écriture|Préparation|Consolidation des/);
});

it('labels the progress and details the files of a consolidation in English', async () => {
  const labels: string[] = [];
  const summary = await english().consolidate(plan, returns, { target: 'new-workbook', errorPolicy: 'include' }, { progress: (p) => labels.push(p.label) });
  expect(labels).toEqual(['Consolidating the returns…', 'Opening a new workbook…', '']);
  expect(summary.output).toBe('New Excel workbook');
  expect(summary.details.slice(0, 3)).toEqual(returns.map((r, i) => `${r.fileName} — ${communes[i]!.name}: used.`));
});
