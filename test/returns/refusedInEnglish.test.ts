/** A refused file, said in English: what it is and what to do, for each reason the guards give. */
import { renderFileAccess } from '../../src/i18n/fileAccess';
import { renderFinding } from '../../src/i18n/findings';
import { untrustedFileMessage } from '../../src/i18n/untrustedFile';
import { refusedResult } from '../../src/returns/result';
import type { UntrustedFileIssue } from '../../src/workbook/fileIssues';

const said = (reason: string, lang: 'fr' | 'en', params: Record<string, string | number> = {}) =>
  renderFinding(refusedResult('retour.xlsx', { code: reason, params }).findings[0]!, lang);

it.each([
  ['ratio', /zip bomb.*new workbook/],
  ['macro', /macros.*\.xlsx/],
  ['encrypted', /password.*send it again/],
  ['ods', /\.ods.*\.xlsx/],
  ['legacy_xls', /\.xls\b.*\.xlsx/],
  ['too_large', /too large/],
  ['unreadable', /could not be read/],
])('%s: says what and how to fix it', (reason, expected) => {
  expect(said(reason, 'en')).toMatch(expected);
});

// The finding carries the refusal as data; in French it reads as the guard's own sentence, figures
// and names included — a damaged archive's own `reason` travelling as `cause` beside the refusal's.
it.each<UntrustedFileIssue>([
  { code: 'ratio', params: { name: 'xl/worksheets/sheet1.xml', ratio: 4000, max: 100 } },
  { code: 'too_large', params: { size: 60 * 1024 * 1024, max: 50 * 1024 * 1024 } },
  { code: 'corrupt', params: { reason: 'eocd' } },
  { code: 'corrupt', params: { reason: 'entity', part: 'xl/sharedStrings.xml', problem: 'entity_unknown', reference: 'x' } },
  { code: 'corrupt', params: { reason: 'excel', part: 'xl/workbook.xml', problem: 'sheet_without_name' } },
  { code: 'not_xlsx', params: { kind: 'docx' } },
  { code: 'validation_range_too_large', params: { kind: 'definedName', name: 'Tout', range: 'A1:XFD1048576', cells: 17179869184, max: 1000000 } },
])('in French, $code reads as the guard’s sentence from its params', (issue) => {
  expect(said(issue.code, 'fr', issue.params)).toBe(untrustedFileMessage(issue));
});

it.each([
  ['not_regular', { kind: 'fifo' }],
  ['access_denied', { errno: 'EACCES' }],
  ['read_timeout', { seconds: 30 }],
  ['unreadable', { errno: 'EIO' }],
] as const)('in French, a file not read (%s) reads as the file-access sentence', (code, params) => {
  expect(said(code, 'fr', params)).toBe(renderFileAccess(code, params));
});

it('says a reader’s own failure by its text, or that the file could not be read', () => {
  expect(said('unreadable', 'fr', { message: 'boom' })).toBe('boom');
  expect(said('unreadable', 'fr')).toBe('Le fichier n’a pas pu être lu.');
});

it('names an unknown reason rather than inventing one', () => {
  expect(said('new_reason', 'en')).toBe('File refused (new_reason).');
});
