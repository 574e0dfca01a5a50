/**
 * Writing where sheets of the same names exist: the add-in replaces, in place, only the sheets it
 * wrote and that still hold exactly what it wrote; anything else stops the operation before a
 * single change. Both ways of marking its sheets are covered: worksheet custom properties
 * (ExcelApi 1.12) and, on older hosts, document properties.
 */
import { ExcelAdapterError } from '../../src/excel';
import { a1 } from '../../src/workbook/a1';
import { specToGrids } from '../oracles/specToGrid';
import type { WorkbookSpec } from '../../src/workbook/spec';
import { readOnFake, snapshot, writeOnFake } from './support/run';
import { collectionSpec, everythingSpec, planSpec } from './support/specs';
import { userAddsName, userAddsSheet, userTypes, userUnprotects } from './support/user';

const issueOf = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => {
      if (!(error instanceof ExcelAdapterError)) throw error;
      return error.issue;
    },
  );

/** The first cell to fill of a sheet (unlocked: the user may type there while it is protected). */
function firstInput(spec: WorkbookSpec, sheet: number): string {
  const rows = spec.sheets[sheet]!.rows;
  for (let r = 0; r < rows.length; r++) {
    const c = rows[r]?.findIndex((cell) => cell?.unlocked === true) ?? -1;
    if (c >= 0) return a1(r, c);
  }
  throw new Error('no input cell');
}

describe.each([
  ['worksheet custom properties (ExcelApi 1.12)', '1.18'],
  ['document properties (ExcelApi 1.8)', '1.8'],
])('sheets marked in %s', (_label, version) => {
  it('rewrites its own sheets in place, with nothing left of the earlier content', async () => {
    const first = await writeOnFake(everythingSpec(), { version });
    const ids = first.fake.state.sheets.map((s) => s.id);
    const smaller: WorkbookSpec = { ...everythingSpec() };
    smaller.sheets = smaller.sheets.map((s, i) => (i === 0 ? { ...s, rows: s.rows.slice(0, 3), tables: [], conditionalFormats: [], merges: [], charts: [] } : s));
    const second = await writeOnFake(smaller, { fake: first.fake });
    expect(second.report.sheets.map((s) => s.action)).toEqual(['replaced', 'replaced', 'replaced', 'replaced']);
    expect(second.fake.state.sheets.map((s) => s.id)).toEqual(ids);
    expect(await readOnFake(second.fake, smaller.sheets.map((s) => s.name))).toEqual(specToGrids(smaller));
    const sheet = second.fake.state.sheets[1]!;
    expect({ tables: sheet.tables, formats: sheet.conditionalFormats, merges: sheet.merges }).toEqual({ tables: [], formats: [], merges: [] });
    // B2 and B3 keep theirs; B4 to B9 lost theirs with the rows that went.
    expect([...sheet.cells.values()].filter((c) => c.validation !== undefined)).toHaveLength(2);
  });

  it('refuses to replace a sheet the user changed, and changes nothing', async () => {
    const spec = collectionSpec('04070');
    const { fake } = await writeOnFake(spec, { version });
    const sheet = spec.sheets[1]!.name;
    await userTypes(fake, sheet, firstInput(spec, 1), 12);
    const before = snapshot(fake);
    expect(await issueOf(writeOnFake(spec, { fake }))).toEqual({ code: 'sheet-modified', sheets: [sheet] });
    expect(snapshot(fake)).toEqual(before);
  });

  it('refuses when the user typed beyond what the add-in wrote', async () => {
    const spec = planSpec();
    const { fake } = await writeOnFake(spec, { version });
    await userTypes(fake, 'Périodes', 'Z200', "'note de l'utilisatrice");
    expect(await issueOf(writeOnFake(spec, { fake }))).toEqual({ code: 'sheet-modified', sheets: ['Périodes'] });
  });

  it('replaces a changed sheet when told to overwrite', async () => {
    const spec = planSpec();
    const { fake } = await writeOnFake(spec, { version });
    await userTypes(fake, 'Périodes', 'B2', "'Année changée");
    const again = await writeOnFake(spec, { fake, onModified: 'overwrite' });
    expect(again.report.sheets.find((s) => s.name === 'Périodes')!.action).toBe('replaced');
    expect(await readOnFake(fake, ['Périodes'])).toEqual(specToGrids(spec).filter((g) => g.name === 'Périodes'));
  });

  it('never touches a sheet of the same name it did not write', async () => {
    const spec = planSpec();
    const { fake } = await writeOnFake({ ...spec, sheets: [] }, { version });
    await userAddsSheet(fake, 'indicateurs', { A1: "'à moi" });
    const before = snapshot(fake);
    expect(await issueOf(writeOnFake(spec, { fake }))).toEqual({ code: 'sheet-name-taken', sheets: ['indicateurs'] });
    expect(snapshot(fake)).toEqual(before);
  });

  it('never replaces a defined name it did not make', async () => {
    const spec = everythingSpec();
    const { fake } = await writeOnFake({ ...spec, sheets: [], definedNames: [] }, { version });
    await userAddsName(fake, 'Choix', '=Feuil1!$A$1');
    expect(await issueOf(writeOnFake(spec, { fake }))).toEqual({ code: 'name-taken', names: ['Choix'] });
  });

  it('replaces its own defined names', async () => {
    const spec = everythingSpec();
    const { fake } = await writeOnFake(spec, { version });
    await writeOnFake(spec, { fake });
    expect([...fake.state.names.values()]).toEqual([{ name: 'Choix', reference: "='Listes'!$A$1:$A$2", comment: 'CTG Indicateurs' }]);
  });

  it('a sheet left half-written (a write that did not finish): replaced as is where its own property says so, else named as modified', async () => {
    const spec = planSpec();
    const { fake } = await writeOnFake(spec, { version });
    fake.callFaults.push({ name: 'formulas', code: 'GeneralException' });
    expect((await issueOf(writeOnFake(spec, { fake, onModified: 'overwrite' })))?.code).toBe('office');
    if (version === '1.8') {
      // Only a document property says « writing »: it may have outlived its sheet, so the adviser decides.
      const refused = await issueOf(writeOnFake(spec, { fake }));
      expect(refused?.code).toBe('sheet-modified');
      expect(refused && 'sheets' in refused ? refused.sheets.length : 0).toBeGreaterThan(0);
    }
    const again = await writeOnFake(spec, { fake, onModified: version === '1.8' ? 'overwrite' : 'refuse' });
    expect(again.report.sheets.every((s) => s.action === 'replaced')).toBe(true);
    expect(await readOnFake(fake, spec.sheets.map((s) => s.name))).toEqual(specToGrids(spec));
  });
});

it('keeps the user’s own sheets and their position', async () => {
  const spec = planSpec();
  const { fake } = await writeOnFake(spec);
  await userAddsSheet(fake, 'Mon suivi', { A1: "='Indicateurs'!A2" });
  await writeOnFake(spec, { fake });
  expect(fake.state.sheets.map((s) => s.name)).toEqual(['Feuil1', ...spec.sheets.map((s) => s.name), 'Mon suivi']);
  expect(fake.state.sheets.at(-1)!.cells.get(0)).toEqual({ formula: "'Indicateurs'!A2" });
});

it('says which sheets it created and which it replaced', async () => {
  const spec = planSpec();
  const { fake } = await writeOnFake({ ...spec, sheets: spec.sheets.slice(0, 2) });
  const { report } = await writeOnFake(spec, { fake });
  expect(report.sheets.map((s) => s.action)).toEqual(['replaced', 'replaced', ...spec.sheets.slice(2).map(() => 'created')]);
});

it('unprotects nothing it does not own', async () => {
  const { fake } = await writeOnFake({ ...planSpec(), sheets: [] });
  await userAddsSheet(fake, 'Plan');
  await userUnprotects(fake, 'Plan');
  const result = await issueOf(writeOnFake(planSpec(), { fake }));
  expect(result?.code).toBe('sheet-name-taken');
});
