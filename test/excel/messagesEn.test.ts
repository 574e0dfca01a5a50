/**
 * The adapter's messages in English (the pane when Office speaks English): one for every issue
 * and notice, English, saying what to do; an ExcelAdapterError carries its issue, worded by the
 * pane in its language.
 */
import { ExcelAdapterError, issueMessage, noticeMessage, type ExcelIssue, type ExcelIssueCode, type Notice } from '../../src/excel';
import { describeError } from '../../src/taskpane/task/describeError';

/** One issue of each kind: a code missing here fails to compile. */
const issues: Record<ExcelIssueCode, ExcelIssue> = {
  'cell-edit-mode': { code: 'cell-edit-mode' },
  busy: { code: 'busy', officeCode: 'ActivityLimitReached' },
  'requirement-missing': { code: 'requirement-missing', set: 'ExcelApi', version: '1.8' },
  unsupported: { code: 'unsupported', feature: 'createWorkbook', version: '1.8' },
  'not-in-excel': { code: 'not-in-excel' },
  'sheet-name-taken': { code: 'sheet-name-taken', sheets: ['Plan', 'Fiches'] },
  'sheet-modified': { code: 'sheet-modified', sheets: ['Périodes'] },
  'sheet-protected': { code: 'sheet-protected', sheet: 'Plan' },
  'sheet-not-found': { code: 'sheet-not-found', sheet: 'Plan' },
  'duplicate-sheet-name': { code: 'duplicate-sheet-name', sheet: 'Plan' },
  'name-taken': { code: 'name-taken', names: ['_listes_oui_non'] },
  'payload-too-large': { code: 'payload-too-large', what: 'file', bytes: 12_500_000, limit: 5_000_000 },
  'settings-save-failed': { code: 'settings-save-failed', detail: 'read-only document' },
  'access-denied': { code: 'access-denied', officeCode: 'AccessDenied', detail: 'read-only' },
  'invalid-request': { code: 'invalid-request', officeCode: 'InvalidArgument', detail: 'bad range' },
  office: { code: 'office', officeCode: 'GeneralException', detail: 'boom' },
  unexpected: { code: 'unexpected', detail: 'boom' },
};
const notices: Notice[] = [
  { code: 'no-page-layout', sheets: 3 },
  { code: 'notes-as-comments', notes: 2 },
  { code: 'no-notes', notes: 1 },
  { code: 'marks-in-document-properties' },
  { code: 'sheets-written-not-inserted' },
];

// French typography and words that would betray an untranslated message.
const french = /[«»]|\s[:;!?]|\b(le|la|les|une|est|pas|feuille|classeur)\b/i;

it.each(Object.values(issues).map((issue) => [issue.code, issue] as const))('%s: an English message, different from the French', (_, issue) => {
  const english = issueMessage(issue, 'en');
  expect(english).not.toMatch(french);
  expect(english).not.toBe(issueMessage(issue));
});

it.each(notices.map((n) => [n.code, n] as const))('notice %s: in English', (_, notice) => {
  expect(noticeMessage(notice, 'en')).not.toMatch(french);
  expect(noticeMessage(notice, 'en')).toMatch(/ExcelApi 1\.\d+/);
});

it('an adapter error carries its issue, and the pane says it in its language', () => {
  const error = new ExcelAdapterError({ code: 'sheet-modified', sheets: ['Périodes'] });
  expect(error.message).toBe('sheet-modified');
  expect(describeError(error, 'fr')).toMatch(/^La feuille « Périodes » a été modifiée depuis que le complément l’a écrite/);
  expect(describeError(error, 'en')).toBe('The sheet “Périodes” was changed since the add-in wrote it: replacing it would erase those changes. Copy what you want to keep, then confirm the replacement. Nothing was changed.');
});
