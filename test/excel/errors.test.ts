/**
 * Office.js errors become typed errors with a French message, never swallowed; Excel's « not
 * now » answers (cell edit mode, busy) are tried again, then handed to the task pane as
 * retryable.
 */
import { ExcelAdapterError, ExcelWorkbook, issueMessage, noticeMessage, withRetry, wrapOfficeError, type ExcelIssue, type Notice } from '../../src/excel';
import { FakeExcel, FakeOfficeError } from './fake';
import { planSpec } from './support/specs';

describe('wrapOfficeError', () => {
  it.each<[string, ExcelIssue['code'], boolean]>([
    ['InvalidOperationInCellEditMode', 'cell-edit-mode', true],
    ['ActivityLimitReached', 'busy', true],
    ['Conflict', 'busy', true],
    ['RequestPayloadSizeLimitExceeded', 'payload-too-large', false],
    ['ResponsePayloadSizeLimitExceeded', 'payload-too-large', false],
    ['ApiNotFound', 'requirement-missing', false],
    ['AccessDenied', 'access-denied', false],
    ['InvalidArgument', 'invalid-request', false],
    ['ItemAlreadyExists', 'invalid-request', false],
    ['GeneralException', 'office', false],
    ['ItemNotFound', 'office', false],
  ])('%s → %s (retryable: %s)', (officeCode, code, retryable) => {
    const cause = new FakeOfficeError(officeCode, 'détail technique');
    const error = wrapOfficeError(cause);
    expect(error).toBeInstanceOf(ExcelAdapterError);
    expect(error.issue.code).toBe(code);
    expect(error.retryable).toBe(retryable);
    expect(error.cause).toBe(cause);
    expect(error.message).toBe(error.issue.code);
  });

  it('an ItemNotFound about a known sheet says which sheet', () => {
    expect(wrapOfficeError(new FakeOfficeError('ItemNotFound', 'x'), { sheet: 'Données' }).issue).toEqual({ code: 'sheet-not-found', sheet: 'Données' });
  });

  it('keeps an error that is not from Office as « unexpected », with its message', () => {
    const bug = new TypeError('x is undefined');
    const error = wrapOfficeError(bug);
    expect(error.issue).toEqual({ code: 'unexpected', detail: 'x is undefined' });
    expect(error.cause).toBe(bug);
  });

  it('passes an adapter error through unchanged', () => {
    const error = new ExcelAdapterError({ code: 'not-in-excel' });
    expect(wrapOfficeError(error)).toBe(error);
  });
});

describe('French messages', () => {
  const issues: ExcelIssue[] = [
    { code: 'cell-edit-mode' },
    { code: 'busy', officeCode: 'Conflict' },
    { code: 'requirement-missing', set: 'ExcelApi', version: '1.8' },
    { code: 'requirement-missing', set: 'ExcelApi' },
    { code: 'unsupported', feature: 'createWorkbook', version: '1.8' },
    { code: 'unsupported', feature: 'insertFromFile', version: '1.13' },
    { code: 'not-in-excel' },
    { code: 'sheet-name-taken', sheets: ['Plan'] },
    { code: 'sheet-name-taken', sheets: ['Plan', 'Fiches'] },
    { code: 'sheet-modified', sheets: ['Fiches'] },
    { code: 'sheet-protected', sheet: 'FA 3.2' },
    { code: 'sheet-not-found', sheet: 'Données' },
    { code: 'name-taken', names: ['Choix'] },
    { code: 'payload-too-large', what: 'file', bytes: 7_300_000, limit: 4_000_000 },
    { code: 'payload-too-large', what: 'request' },
    { code: 'access-denied', officeCode: 'AccessDenied', detail: 'x' },
    { code: 'invalid-request', officeCode: 'InvalidArgument', detail: 'x' },
    { code: 'office', officeCode: 'GeneralException', detail: 'x' },
    { code: 'unexpected', detail: 'x' },
  ];
  it.each(issues.map((issue) => [JSON.stringify(issue), issue] as const))('%s', (_label, issue) => {
    const message = issueMessage(issue);
    expect(message).toMatch(/[éèàêç’«]|Excel|complément/);
    expect(message).not.toMatch(/undefined|NaN|\[object/);
    for (const name of 'sheets' in issue ? issue.sheets : 'sheet' in issue ? [issue.sheet] : []) expect(message).toContain(`« ${name} »`);
  });

  it('agrees in number (« la feuille … existe » / « les feuilles … existent »)', () => {
    expect(issueMessage({ code: 'sheet-name-taken', sheets: ['Plan'] })).toMatch(/^La feuille « Plan » existe déjà/);
    expect(issueMessage({ code: 'sheet-name-taken', sheets: ['Plan', 'Fiches'] })).toMatch(/^Les feuilles « Plan », « Fiches » existent déjà/);
  });

  it('gives sizes in French megabytes', () => {
    expect(issueMessage({ code: 'payload-too-large', what: 'file', bytes: 7_300_000, limit: 4_000_000 })).toContain('7,3 Mo pour 4 Mo au plus');
  });

  const notices: Notice[] = [
    { code: 'no-page-layout', sheets: 3 },
    { code: 'notes-as-comments', notes: 1 },
    { code: 'notes-as-comments', notes: 12 },
    { code: 'no-notes', notes: 5 },
    { code: 'marks-in-document-properties' },
    { code: 'sheets-written-not-inserted' },
  ];
  it.each(notices.map((n) => [JSON.stringify(n), n] as const))('notice %s names the ExcelApi version it lacks', (_label, notice) => {
    expect(noticeMessage(notice)).toMatch(/ExcelApi 1\.\d+/);
  });
});

describe('withRetry', () => {
  const cellEdit = () => new FakeOfficeError('InvalidOperationInCellEditMode', 'édition');

  it('tries again while Excel is in cell edit mode, then succeeds', async () => {
    const pauses: number[] = [];
    const told: string[] = [];
    let attempts = 0;
    const result = await withRetry(
      async () => {
        attempts++;
        if (attempts < 3) throw cellEdit();
        return 'fait';
      },
      { delaysMs: [10, 20, 40], sleep: async (ms) => void pauses.push(ms), onRetry: (error) => told.push(issueMessage(error.issue)) },
    );
    expect(result).toBe('fait');
    expect(pauses).toEqual([10, 20]);
    expect(told[0]).toContain('validez la saisie (Entrée)');
  });

  it('gives up after the last pause with the retryable typed error', async () => {
    let attempts = 0;
    const error = await withRetry(
      async () => {
        attempts++;
        throw cellEdit();
      },
      { delaysMs: [1, 1], sleep: async () => undefined },
    ).catch((e: unknown) => e as ExcelAdapterError);
    expect(attempts).toBe(3);
    expect(error).toMatchObject({ retryable: true, issue: { code: 'cell-edit-mode' } });
  });

  it('does not try again an error that will not go away', async () => {
    let attempts = 0;
    await expect(
      withRetry(async () => {
        attempts++;
        throw new FakeOfficeError('AccessDenied', 'non');
      }, { sleep: async () => undefined }),
    ).rejects.toMatchObject({ issue: { code: 'access-denied' } });
    expect(attempts).toBe(1);
  });
});

it('ExcelWorkbook writes once the user has left the cell', async () => {
  const fake = new FakeExcel();
  fake.cellEditMode = true;
  const workbook = new ExcelWorkbook(fake.host(), {
    retry: {
      delaysMs: [100, 100],
      sleep: async () => {
        fake.cellEditMode = false; // the user pressed Enter
      },
    },
  });
  const report = await workbook.writeSpec(planSpec());
  expect(report.sheets).toHaveLength(planSpec().sheets.length);
  expect(fake.syncs.map((s) => s.error ?? 'ok')).toEqual(['InvalidOperationInCellEditMode', 'ok', 'ok']);
});
