/**
 * Requirement sets are detected at run time, the version always passed as a string, and where a
 * host lacks a set the adapter does without it — the fake fails any call above its version, so a
 * write that succeeds on an older host proves the fallback — and says so in French.
 */
import { detectFeatures, ExcelWorkbook, issueMessage, featuresUpTo, officeExcelHost, requirementSets, type Notice } from '../../src/excel';
import { FakeExcel } from './fake';
import { readOnFake, rejection, writeOnFake } from './support/run';
import { everythingSpec, planSpec } from './support/specs';

it('asks isSetSupported with the version as a string (1.10 is not 1.1)', () => {
  const asked: unknown[][] = [];
  const features = detectFeatures({
    isSetSupported: (...args: unknown[]) => {
      asked.push(args);
      const [, version] = args as [string, string];
      const [major, minor] = version.split('.').map(Number);
      return major === 1 && minor! <= 9;
    },
  });
  expect(asked.every(([name, version]) => name === 'ExcelApi' && typeof version === 'string')).toBe(true);
  expect(asked.map(([, v]) => v)).toEqual(Object.values(requirementSets));
  expect(features).toEqual({ base: true, pageLayout: true, comments: false, sheetProperties: false, insertFromFile: false, notes: false });
});

it.each([
  ['1.7', { base: false, pageLayout: false, comments: false, sheetProperties: false, insertFromFile: false, notes: false }],
  ['1.8', { base: true, pageLayout: false, comments: false, sheetProperties: false, insertFromFile: false, notes: false }],
  ['1.12', { base: true, pageLayout: true, comments: true, sheetProperties: true, insertFromFile: false, notes: false }],
  ['1.18', { base: true, pageLayout: true, comments: true, sheetProperties: true, insertFromFile: true, notes: true }],
])('an ExcelApi %s host has %j', (version, features) => {
  expect(featuresUpTo(version)).toEqual(features);
  expect(new ExcelWorkbook(new FakeExcel({ version }).host()).features).toEqual(features);
});

describe.each<[string, Notice['code'][], { notes: number; comments: number; layouts: number }]>([
  ['1.8', ['no-page-layout', 'no-notes', 'marks-in-document-properties'], { notes: 0, comments: 0, layouts: 0 }],
  ['1.9', ['no-notes', 'marks-in-document-properties'], { notes: 0, comments: 0, layouts: 1 }],
  ['1.10', ['notes-as-comments', 'marks-in-document-properties'], { notes: 0, comments: 1, layouts: 1 }],
  ['1.12', ['notes-as-comments'], { notes: 0, comments: 1, layouts: 1 }],
  ['1.18', [], { notes: 1, comments: 0, layouts: 1 }],
])('on an ExcelApi %s host', (version, expected, counts) => {
  it(`writes every feature it can, without a call the host lacks, and says what it left out`, async () => {
    const spec = everythingSpec();
    const { fake, report } = await writeOnFake(spec, { version });
    expect(report.notices.map((n) => n.code)).toEqual(expected);
    // Same content as on the newest host.
    const newest = await writeOnFake(spec, { version: '1.18' });
    expect(await readOnFake(fake, spec.sheets.map((s) => s.name))).toEqual(await readOnFake(newest.fake, spec.sheets.map((s) => s.name)));
    const sheet = fake.state.sheets[1]!;
    expect(sheet.notes.size).toBe(counts.notes);
    expect(fake.state.comments).toHaveLength(counts.comments);
    expect(sheet.pageLayout.orientation !== undefined ? 1 : 0).toBe(counts.layouts);
  });
});

it('refuses, in French, a host without ExcelApi 1.8', async () => {
  const workbook = new ExcelWorkbook(new FakeExcel({ version: '1.7' }).host());
  const error = await rejection(workbook.writeSpec(planSpec()));
  expect(error.issue).toEqual({ code: 'requirement-missing', set: 'ExcelApi', version: '1.8' });
  expect(issueMessage(error.issue)).toContain('ne prend pas en charge ExcelApi 1.8');
});

describe('officeExcelHost reads office.js from the page', () => {
  const requirements = { isSetSupported: () => true };
  it('finds Excel.run, Excel.createWorkbook and Office.context.requirements', async () => {
    const created: string[] = [];
    const scope = {
      Excel: { run: async (batch: (c: unknown) => Promise<unknown>) => batch('context'), createWorkbook: async (b: string) => void created.push(b) },
      Office: { context: { requirements } },
    };
    const host = officeExcelHost(scope)!;
    expect(host.requirements).toBe(requirements);
    expect(await host.run(async (context) => context)).toBe('context');
    await host.createWorkbook!('UEsDBA==');
    expect(created).toEqual(['UEsDBA==']);
  });

  it.each([{}, { Excel: {} }, { Excel: { run: () => undefined } }, { Office: { context: { requirements } } }])('is undefined outside Excel (%j)', (scope) => {
    expect(officeExcelHost(scope)).toBeUndefined();
  });

  it('has no createWorkbook where the host has none', () => {
    expect(officeExcelHost({ Excel: { run: () => undefined }, Office: { context: { requirements } } })!.createWorkbook).toBeUndefined();
  });
});
