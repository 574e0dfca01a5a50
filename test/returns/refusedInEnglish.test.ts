/** A refused file, said in English: what it is and what to do, for each reason the guards give. */
import { renderFinding } from '../../src/i18n/findings';
import { refusedResult } from '../../src/returns/result';

const said = (reason: string, lang: 'fr' | 'en') => renderFinding(refusedResult('retour.xlsx', reason, 'Détail en français du garde.').findings[0]!, lang);

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

it('keeps the guard’s own French detail in French', () => {
  expect(said('ratio', 'fr')).toBe('Détail en français du garde.');
});

it('names an unknown reason rather than inventing one', () => {
  expect(said('new_reason', 'en')).toBe('File refused (new_reason).');
});
