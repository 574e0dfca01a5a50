/**
 * The standalone page in English (`fileEffects({ lang: 'en' })`): the sentences the effects return
 * or throw — outcomes, summaries, refusals — are English, with the same content as the French
 * ones (what happened, where, what to do). French is checked by the other tests, unchanged.
 */
import { consolidationReport, returnInputs } from '../../../src/app/consolidate';
import { renderPlanFileIssue } from '../../../src/i18n/planFile';
import { defaultPlan } from '../../../src/plan';
import { readGrids } from '../../../src/xlsx/readGrids';
import { completenessSentence, consolidationDetails, consolidationMessage, filesSentence } from '../../../src/taskpane/effects/fileConsolidationSummary';
import { type GenerateRequest, type ImportedReturn, type PickedFile } from '../../../src/taskpane/effects/types';
import { describeError } from '../../../src/taskpane/task/describeError';
import { filledReturn } from '../../returns/support';
import { now, picked, randomBytes, recordingEffects } from './fileSupport';

const plan = defaultPlan();
/** What a French sentence has and an English one has not: a space before « : ; ? ! », guillemets. */
const frenchMarks = /\s[:;?!]|[«»]/;
const english = () => recordingEffects({ lang: 'en' });

const request = (more: Partial<GenerateRequest> = {}): GenerateRequest => ({
  selection: { kind: 'codes', codes: ['04070'] },
  periods: [],
  deadline: '',
  where: 'download',
  ...more,
});

it('says in English what one respondent’s generation downloaded', async () => {
  const summary = await english().effects.generate(plan, request(), {});
  expect(summary.message).toMatch(/^1 collection workbook generated: CTG-P2A-2022-2025_04070_Digne-les-Bains\.xlsx \(\d+ KB\)\.$/);
  expect(summary.details).toEqual([expect.stringMatching(/^Digne-les-Bains: .*\.xlsx \(\d+ sheets, \d+ cells to fill in\)$/)]);
});

it.each<[string, Partial<GenerateRequest>, RegExp]>([
  ['into the open workbook', { where: 'workbook' }, /^Outside Excel, collection workbooks cannot be written into an open workbook: they are downloaded\. Choose “Download”/],
  ['an unknown respondent', { selection: { kind: 'codes', codes: ['04070', '99999'] } }, /^Unknown respondent in the plan “ctg-p2a-2022-2025”: 99999\. Choose the respondents/],
  ['nobody', { selection: { kind: 'codes', codes: [] } }, /^No respondent chosen: tick at least one commune/],
  ['unknown periods', { periods: ['1998', '1999'] }, /^Unknown periods: 1998, 1999\. Periods of the plan: 2022, 2023, 2024, 2025\. Tick periods/],
  ['a day that does not exist', { deadline: '2025-02-30' }, /^Invalid deadline: “2025-02-30”\. Choose a date from the calendar/],
])('refuses to generate %s in English, shown as is', async (_case, change, message) => {
  const { effects, download } = english();
  const error = await effects.generate(plan, request(change), {}).catch((e: unknown) => e);
  expect(describeError(error, 'en')).toMatch(message);
  expect(describeError(error, 'en')).not.toMatch(frenchMarks);
  expect(download).not.toHaveBeenCalled();
});

it.each<[string, PickedFile, RegExp]>([
  ['a file that is no plan', picked('notes.txt', randomBytes(64)), /^The file “notes\.txt” is not a plan: choose a \.json file/],
  ['a JSON too large to be a plan', { name: 'plan.json', size: 6 * 1024 * 1024, arrayBuffer: async () => new ArrayBuffer(0) }, /^The file “plan\.json” is too large to be a plan \(6 MB, 5 MB at most\)\./],
  ['a file gone from the disk', { name: 'plan.json', size: 10, arrayBuffer: () => Promise.reject(new Error('NotFoundError')) }, /^The file “plan\.json” could not be read from the disk \(NotFoundError\)\. Check that it was not moved/],
])('answers %s with an English sentence saying what to do', async (_case, file, message) => {
  const loaded = await english().effects.readPlanFile(file);
  expect('unreadable' in loaded && renderPlanFileIssue(loaded.unreadable, 'en')).toMatch(message);
});

describe('returns imported in English', () => {
  let imported: ImportedReturn[];
  beforeAll(async () => {
    const clean = await filledReturn('04070');
    imported = await english().effects.importReturns(plan, [picked(clean.fileName, clean.bytes), picked('retour-abime.xlsx', randomBytes(4096))], {});
  }, 60_000);

  it.each<[string, (effects: ReturnType<typeof english>['effects']) => Promise<unknown>, RegExp]>([
    ['the annotated copy', async (effects) => (await effects.downloadAnnotated(imported[0]!)).message, /^Annotated copy downloaded: .*_controle\.xlsx \(\d+ KB\)\.$/],
    ['the annotated copy of a refused file', (effects) => effects.downloadAnnotated(imported[1]!).catch((e: unknown) => describeError(e, 'en')), /^“retour-abime\.xlsx” was refused at import: it cannot be opened, so it cannot be annotated\. Ask the respondent/],
    ['the consolidation into a workbook', (effects) => effects.consolidate(plan, imported, { target: 'workbook-tabs', errorPolicy: 'include' }, {}).catch((e: unknown) => describeError(e, 'en')), /^Outside Excel, the consolidation cannot be written into an open workbook: it is downloaded\./],
  ])('tells %s in English', async (_case, run, message) => {
    const said = await run(english().effects);
    expect(said).toMatch(message);
    expect(said).not.toMatch(frenchMarks);
  });

  it('downloads the English consolidation workbook: a real .xlsx whose sheets Excel accepts', async () => {
    const { effects, downloads } = english();
    const summary = await effects.consolidate(plan, imported, { target: 'download', errorPolicy: 'include' }, {});
    expect(summary.message).toMatch(/^Consolidation downloaded: /);
    const names = (await readGrids(downloads[0]!.bytes)).map((g) => g.name);
    // « History » is reserved by Excel (ExcelJS refuses it): the English history sheet is named otherwise.
    expect(names).toEqual(expect.arrayContaining(['Summary', 'Data', 'Findings', 'Value history', 'Reminders']));
  });

  // The summary, from its parts: every sentence English.
  it('sums up the consolidation in English: which returns went in, who answered, each file’s fate, who to remind', () => {
    const inputs = returnInputs(imported, imported.map((r) => r.result), now);
    const { consolidation } = consolidationReport(plan, inputs, { now, asOf: now.slice(0, 10), errors: 'include', lang: 'en' });
    expect(consolidationMessage('consolidation-CTG-P2A-2022-2025.xlsx', 87_000, 'en')).toBe('Consolidation downloaded: consolidation-CTG-P2A-2022-2025.xlsx (85 KB).');
    expect(filesSentence(consolidation, 'en')).toBe('2 returns: 1 used, 1 refused (unreadable)');
    expect(completenessSentence(consolidation, 'en')).toMatch(/^1 complete, 0 partial, \d+ without answer \(out of \d+ expected respondents\)$/);
    const details = consolidationDetails(consolidation, 'en');
    expect(details.slice(0, 2)).toEqual(['CTG-P2A-2022-2025_04070_Digne-les-Bains.xlsx — Digne-les-Bains: used.', 'retour-abime.xlsx — unrecognised respondent: refused (unreadable); 1 error.']);
    expect(details[2]).toMatch(/^To remind: .* and \d+ others \(details in the “Reminders” sheet\)\.$/);
    for (const line of details) expect(line).not.toMatch(frenchMarks);
  });
});
