/**
 * Workbooks and sheets from .xlsx bytes: a new workbook (Excel.createWorkbook, ExcelApi 1.8) and
 * sheets inserted from a file (ExcelApi 1.13, in two syncs) — with the fallbacks where the host
 * lacks them.
 */
import { ExcelWorkbook, issueMessage } from '../../src/excel';
import { readGrids } from '../../src/xlsx/readGrids';
import { renderWorkbook } from '../../src/xlsx/charts';
import { FakeExcel } from './fake';
import { insertOnFake, readOnFake, rejection, writeOnFake } from './support/run';
import { consolidationSpec, planSpec } from './support/specs';

describe('a new workbook from .xlsx bytes', () => {
  it('is opened by Excel.createWorkbook with the file as base64, without a sync', async () => {
    const fake = new FakeExcel();
    const bytes = await renderWorkbook(planSpec());
    await new ExcelWorkbook(fake.host()).createWorkbook(bytes);
    expect(fake.state.createdWorkbooks).toHaveLength(1);
    expect(new Uint8Array(Buffer.from(fake.state.createdWorkbooks[0]!, 'base64'))).toEqual(bytes);
    expect(fake.syncs).toHaveLength(0);
  });

  it('where the host cannot, says so in French (the task pane then offers the file)', async () => {
    const fake = new FakeExcel({ createWorkbook: false });
    const error = await rejection(new ExcelWorkbook(fake.host()).createWorkbook(new Uint8Array([1, 2, 3])));
    expect(error.issue).toEqual({ code: 'unsupported', feature: 'createWorkbook', version: '1.8' });
    expect(issueMessage(error.issue)).toContain('enregistrez le fichier proposé');
  });

  it('refuses a file above the payload budget before sending it', async () => {
    const fake = new FakeExcel();
    const error = await rejection(new ExcelWorkbook(fake.host(), { budget: { requestBytes: 1000 } }).createWorkbook(new Uint8Array(3000)));
    expect(error.issue).toEqual({ code: 'payload-too-large', what: 'file', bytes: 4000, limit: 1000 });
    expect(fake.state.createdWorkbooks).toHaveLength(0);
  });
});

describe('sheets inserted from a file', () => {
  const spec = planSpec();
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await renderWorkbook(spec);
  });

  it('on ExcelApi 1.13: inserted in two syncs, marked as the add-in’s', async () => {
    const fake = new FakeExcel({ version: '1.13' });
    const report = await insertOnFake(fake, bytes, spec);
    expect(report.method).toBe('inserted');
    expect(fake.takeSyncs()).toHaveLength(2);
    expect(await readOnFake(fake, spec.sheets.map((s) => s.name))).toEqual(await readGrids(bytes));
    // Marked: writing the spec again replaces them instead of refusing.
    const again = await writeOnFake(spec, { fake });
    expect(again.report.sheets.every((s) => s.action === 'replaced')).toBe(true);
  });

  it('on ExcelApi 1.12: the add-in writes the sheets itself, and says why', async () => {
    const fake = new FakeExcel({ version: '1.12' });
    const report = await insertOnFake(fake, bytes, spec);
    expect(report.method).toBe('written');
    expect(report.notices[0]).toEqual({ code: 'sheets-written-not-inserted' });
    expect(await readOnFake(fake, spec.sheets.map((s) => s.name))).toEqual(await readGrids(bytes));
  });

  it('when sheets of those names exist, goes through the replacing write', async () => {
    const fake = new FakeExcel({ version: '1.13' });
    await writeOnFake(spec, { fake });
    const report = await insertOnFake(fake, bytes, spec);
    expect(report.method).toBe('written');
    expect(report.sheets.every((s) => s.action === 'replaced')).toBe(true);
  });

  it('a file above the payload budget is written by the add-in, batch by batch', async () => {
    const big = consolidationSpec(1);
    const fake = new FakeExcel({ version: '1.13' });
    const report = await insertOnFake(fake, await renderWorkbook(big), big, { requestBytes: 60_000 });
    expect(report.method).toBe('written');
    const syncs = fake.takeSyncs();
    expect(syncs.length).toBeGreaterThan(10);
    for (const sync of syncs) expect(sync.requestBytes).toBeLessThanOrEqual(60_000);
  });
});
