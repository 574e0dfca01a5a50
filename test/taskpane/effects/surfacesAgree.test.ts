/**
 * One use case, two surfaces, the same result. The consolidation made by the file effects (a
 * download) and by the Excel effects (tabs of the open workbook, a new workbook — on the fake
 * Excel) from the same imported returns: the two once drifted, the tabs ignoring the as-of date
 * (on a partial Caf return at 2025-06-01 they chased periods not yet ended). The collection
 * workbooks generated as downloads and into the open workbook: the same respondents, sheets and
 * cells to fill for the same request.
 */
import { consolidationJson, consolidationReport, returnInputs } from '../../../src/app/consolidate';
import { simulateReturn } from '../../../src/demo';
import { validateGrids } from '../../../src/app/validate';
import { respondentsOf } from '../../../src/collect';
import type { Consolidation } from '../../../src/consolidate/types';
import { ExcelWorkbook } from '../../../src/excel';
import { defaultPlan } from '../../../src/plan/default';
import { excelEffects } from '../../../src/taskpane/effects/excelEffects';
import { fileEffects } from '../../../src/taskpane/effects/fileEffects';
import { memoryStorage } from '../../../src/taskpane/effects/localPreferences';
import type { ConsolidateChoice, GeneratedSummary, GenerateRequest, ImportedReturn } from '../../../src/taskpane/effects/types';
import { specToGrids } from '../../oracles/specToGrid';
import { FakeExcel, FakeSettings } from '../../excel/fake';

const plan = defaultPlan();

/** The Caf's return, filled in for 2022 and 2023 only, checked as the import checks it at `now`. */
function partialCafReturn(now: string): ImportedReturn[] {
  const caf = respondentsOf(plan).find((r) => r.kind === 'caf')!;
  const { spec } = simulateReturn(plan, caf, { seed: 2025, now, completeness: 'partial', anomalies: [] });
  const fileName = 'caf.xlsx';
  return [{ fileName, fileDate: null, bytes: new Uint8Array([1]), result: validateGrids(plan, fileName, specToGrids(spec), { now, asOf: now.slice(0, 10) }) }];
}

function surfaces(now: string) {
  const files = fileEffects({ download: () => undefined, now: () => now, storage: memoryStorage() });
  const workbook = new ExcelWorkbook(new FakeExcel().host());
  const excel = excelEffects({ workbook, files, settings: new FakeSettings(), now: () => now, renderReport: async () => new Uint8Array([0x50, 0x4b]) });
  return { files, excel };
}

/** Everything the consolidation says, but where it went. */
const figures = (summary: { consolidation: Consolidation }) => consolidationJson(summary.consolidation, null);

describe.each<[string, string]>([
  ['mid-campaign, 2024 and 2025 not yet due', '2025-06-01T09:00:00.000Z'],
  ['after the last period', '2026-11-29T10:00:00.000Z'],
])('%s (%s)', (_label, now) => {
  const returns = partialCafReturn(now);

  it.each<[ConsolidateChoice['target'], ConsolidateChoice['errorPolicy']]>([
    ['workbook-tabs', 'include'],
    ['new-workbook', 'quarantine'],
  ])('Excel « %s » (%s) says what the download says', async (target, errorPolicy) => {
    const { files, excel } = surfaces(now);
    const downloaded = await files.consolidate(plan, returns, { target: 'download', errorPolicy }, {});
    const inExcel = await excel.consolidate(plan, returns, { target, errorPolicy }, {});
    expect(inExcel.target).toBe(target);
    expect(figures(inExcel)).toEqual(figures(downloaded));
  });
});

it('at 2025-06-01 both surfaces chase what is due on that day, not every period', async () => {
  const now = '2025-06-01T09:00:00.000Z';
  const { files, excel } = surfaces(now);
  const returns = partialCafReturn(now);
  const chased = (c: Consolidation) => c.completeness.outstanding.reduce((n, o) => n + o.cells, 0);
  const inputs = returnInputs(returns, returns.map((r) => r.result), now);
  const dueThatDay = chased(consolidationReport(plan, inputs, { now, asOf: '2025-06-01' }).consolidation);
  const everyPeriod = chased(consolidationReport(plan, inputs, { now }).consolidation);
  expect(dueThatDay).toBeLessThan(everyPeriod);
  const summaries = [
    await files.consolidate(plan, returns, { target: 'download', errorPolicy: 'include' }, {}),
    await excel.consolidate(plan, returns, { target: 'workbook-tabs', errorPolicy: 'include' }, {}),
  ];
  expect(summaries.map((s) => chased(s.consolidation))).toEqual([dueThatDay, dueThatDay]);
});

describe('generating', () => {
  const now = '2025-12-01T09:00:00.000Z';
  const asked = (c: GeneratedSummary) => c.files.map(({ respondent, name, sheets, inputCells }) => ({ respondent, name, sheets, inputCells }));

  it.each<[string, Omit<GenerateRequest, 'where'>]>([
    ['the Caf, the EPCI and a commune, every period', { selection: { kind: 'codes', codes: ['caf04', '200067437', '04070'] }, periods: [], deadline: '' }],
    ['two communes, 2024 and 2025, a deadline', { selection: { kind: 'codes', codes: ['04049', '04116'] }, periods: ['2024', '2025'], deadline: '2026-01-31' }],
    ['one partner and the EPCI, 2023 only', { selection: { kind: 'codes', codes: [respondentsOf(plan).find((r) => r.kind === 'partner')!.code, '200067437'] }, periods: ['2023'], deadline: '' }],
  ])('%s: the open workbook receives what the download holds', async (_label, request) => {
    const { files, excel } = surfaces(now);
    const downloaded = await files.generate(plan, { ...request, where: 'download' }, {});
    const inWorkbook = await excel.generate(plan, { ...request, where: 'workbook' }, {});
    expect(asked(inWorkbook)).toEqual(asked(downloaded));
    expect(downloaded.files.every((f) => f.inputCells > 0)).toBe(true);
  });
});
