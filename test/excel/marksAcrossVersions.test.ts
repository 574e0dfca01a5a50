/**
 * Workbooks that travel between Excel versions (issue 16, point 5). The marks that tell the add-in's
 * sheets from the adviser's live in the document's properties on every host and, from ExcelApi 1.12,
 * in the sheets' own properties too; every host reads both. A failed write takes its marks away with
 * its sheets, and a mark counts only with the fingerprint of what it marks: an adviser's sheet is
 * never replaced unless « Remplacer quand même » names it.
 */
import { ExcelAdapterError, type ExcelIssue } from '../../src/excel';
import { specToGrids } from '../oracles/specToGrid';
import { FakeExcel } from './fake';
import { readOnFake, snapshot, writeOnFake } from './support/run';
import { planSpec } from './support/specs';
import { userAddsSheet, userDeletesSheet, userTypes } from './support/user';

const issueOf = (promise: Promise<unknown>): Promise<ExcelIssue | undefined> =>
  promise.then(
    () => undefined,
    (error: unknown) => {
      if (!(error instanceof ExcelAdapterError)) throw error;
      return error.issue;
    },
  );

/** The same workbook, opened in another Excel. */
const openedIn = (fake: FakeExcel, version: string) => new FakeExcel({ version, workbook: fake.state });

const ctgProperties = (fake: FakeExcel) => [...fake.state.documentProperties.values()].filter((p) => p.key.startsWith('CTG'));

describe.each([
  ['1.8', '1.12'],
  ['1.10', '1.12'],
  ['1.11', '1.18'],
  ['1.12', '1.10'],
  ['1.18', '1.8'],
  ['1.12', '1.11'],
])('plan sheets written on ExcelApi %s, written again on %s', (first, second) => {
  it('rewrites every plan sheet in place, none refused as taken', async () => {
    const spec = planSpec();
    const { fake } = await writeOnFake(spec, { version: first });
    const again = await writeOnFake(spec, { fake: openedIn(fake, second) });
    expect(again.report.sheets).toEqual(spec.sheets.map((s) => ({ name: s.name, action: 'replaced' })));
    expect(await readOnFake(openedIn(fake, second), spec.sheets.map((s) => s.name))).toEqual(specToGrids(spec));
  });

  it('names a sheet the adviser changed in between as modified, changing nothing, and replaces it when told', async () => {
    const spec = planSpec();
    const { fake } = await writeOnFake(spec, { version: first });
    await userTypes(fake, 'Périodes', 'B2', "'Année changée");
    const there = openedIn(fake, second);
    const before = snapshot(there);
    expect(await issueOf(writeOnFake(spec, { fake: there }))).toEqual({ code: 'sheet-modified', sheets: ['Périodes'] });
    expect(snapshot(there)).toEqual(before);
    await writeOnFake(spec, { fake: there, onModified: 'overwrite' });
    expect(await readOnFake(there, ['Périodes'])).toEqual(specToGrids(spec).filter((g) => g.name === 'Périodes'));
  });
});

it.each([
  [['1.10', '1.12', '1.10', '1.18']],
  [['1.18', '1.8', '1.12']],
  [['1.12', '1.12', '1.11', '1.11', '1.13']],
])('a history of hosts %j: each write replaces the previous one', async (versions) => {
  const spec = planSpec();
  let fake = new FakeExcel({ version: versions[0]! });
  for (const [i, version] of versions.entries()) {
    fake = openedIn(fake, version);
    const { report } = await writeOnFake(spec, { fake });
    expect(report.sheets.every((s) => s.action === (i === 0 ? 'created' : 'replaced'))).toBe(true);
  }
});

describe.each(['1.8', '1.10', '1.11', '1.12', '1.18'])('on ExcelApi %s', (version) => {
  it('a write that fails and rolls back leaves no mark behind: the adviser’s « Plan » made afterwards is refused as taken, untouched', async () => {
    const spec = planSpec();
    const fake = new FakeExcel({ version });
    fake.callFaults.push({ name: 'formulas', code: 'GeneralException' });
    expect((await issueOf(writeOnFake(spec, { fake })))?.code).toBe('office');
    expect(fake.state.sheets.map((s) => s.name)).toEqual(['Feuil1']);
    expect(ctgProperties(fake)).toEqual([]);

    await userAddsSheet(fake, 'Plan', { A1: "'Mon plan à moi" });
    const before = snapshot(fake);
    for (const onModified of ['refuse', 'overwrite'] as const) {
      expect(await issueOf(writeOnFake(spec, { fake, onModified }))).toEqual({ code: 'sheet-name-taken', sheets: ['Plan'] });
    }
    expect(snapshot(fake)).toEqual(before);
  });

  it.each([
    ['an interrupted write', (name: string) => ({ key: `CTG:${name}`, value: JSON.stringify({ format: 'ctg-feuille/1', state: 'writing' }) })],
    ['a finished write', (name: string) => ({ key: `CTG:${name}`, value: JSON.stringify({ format: 'ctg-feuille/1', state: 'written', fingerprint: '0123456789abcdef', rows: 40, columns: 8 }) })],
  ])('a mark left by %s of an older version does not vouch for a sheet made by hand: named as modified, replaced only when told', async (_label, leftover) => {
    const spec = planSpec();
    const fake = new FakeExcel({ version });
    await userAddsSheet(fake, 'Plan', { A1: "'Mon plan à moi" });
    const mark = leftover('Plan');
    fake.state.documentProperties.set(mark.key.toLowerCase(), mark);
    const before = snapshot(fake);
    expect(await issueOf(writeOnFake(spec, { fake }))).toEqual({ code: 'sheet-modified', sheets: ['Plan'] });
    expect(snapshot(fake)).toEqual(before);
    const again = await writeOnFake(spec, { fake, onModified: 'overwrite' });
    expect(again.report.sheets.find((s) => s.name === 'Plan')?.action).toBe('replaced');
  });

  it('a plan sheet deleted and made again by hand is not taken for the add-in’s', async () => {
    const spec = planSpec();
    const { fake } = await writeOnFake(spec, { version });
    await userDeletesSheet(fake, 'Périodes');
    await userAddsSheet(fake, 'Périodes', { A1: "'Mes périodes" });
    const before = snapshot(fake);
    expect(await issueOf(writeOnFake(spec, { fake }))).toEqual({ code: 'sheet-modified', sheets: ['Périodes'] });
    expect(snapshot(fake)).toEqual(before);
  });
});
