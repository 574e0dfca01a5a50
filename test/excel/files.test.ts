/** A new workbook from .xlsx bytes (Excel.createWorkbook, ExcelApi 1.8), and where the host lacks it. */
import { ExcelWorkbook, issueMessage } from '../../src/excel';
import { renderWorkbook } from '../../src/xlsx/charts';
import { FakeExcel } from './fake';
import { rejection } from './support/run';
import { planSpec } from './support/specs';

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
