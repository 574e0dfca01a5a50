/**
 * `describeError`: any failure as one sentence, in the pane's language (French unless told). The
 * sentences the effects throw are already in the pane's language and are shown as they are; the
 * adapters' errors carry an issue, worded by its catalogue in the pane's language.
 */
import { ExcelAdapterError } from '../../../src/excel';
import type { Lang } from '../../../src/i18n/lang';
import { FileEffectError } from '../../../src/taskpane/effects/fileErrors';
import { describeError } from '../../../src/taskpane/task/describeError';
import { UntrustedFileError } from '../../../src/workbook/fileIssues';

const adapterError = new ExcelAdapterError({ code: 'sheet-protected', sheet: 'Synthèse' });
const macro = new UntrustedFileError({ code: 'macro', params: {} });

it.each<[string, unknown, Lang | undefined, string | RegExp]>([
  ['an unexpected error, in French by default', new Error('boom'), undefined, 'Une erreur inattendue est survenue : boom. Le classeur n’a pas été modifié ; réessayez, et si l’erreur persiste, signalez-la avec ce message.'],
  ['an unexpected error, in English', new Error('boom'), 'en', 'An unexpected error occurred: boom. The workbook was not changed; try again, and if the error persists, report it with this message.'],
  ['something thrown that is no Error, in French', 'boom', 'fr', 'Une erreur inattendue est survenue. Le classeur n’a pas été modifié ; réessayez.'],
  ['something thrown that is no Error, in English', undefined, 'en', 'An unexpected error occurred. The workbook was not changed; try again.'],
  ['an Error without message, in English', new Error(''), 'en', 'An unexpected error occurred. The workbook was not changed; try again.'],
  ['an effect’s refusal, as it is', new FileEffectError('no_respondents', 'No respondent chosen.'), 'en', 'No respondent chosen.'],
  ['an Excel adapter error, in French', adapterError, 'fr', 'La feuille « Synthèse » est protégée par un mot de passe : ôtez la protection (Révision > Ôter la protection de la feuille), puis réessayez.'],
  ['an Excel adapter error, said again in English', adapterError, 'en', 'The sheet “Synthèse” is protected by a password: unprotect it (Review > Unprotect Sheet), then try again.'],
  ['a guard’s refusal, in French', macro, 'fr', /^Le classeur contient des macros \(fichier \.xlsm ou macros Excel 4\.0\) : il est refusé par sécurité\./],
  ['a guard’s refusal, in English', macro, 'en', 'The workbook contains macros: refused for safety. Save it as an Excel workbook without macros (.xlsx).'],
  ['an error merely shaped like an issue is no issue: unexpected', Object.assign(new Error('Le classeur est protégé.'), { code: 'protected' }), 'fr', /^Une erreur inattendue est survenue : Le classeur est protégé\./],
])('%s', (_case, error, lang, expected) => {
  if (typeof expected === 'string') expect(describeError(error, lang)).toEqual(expected);
  else expect(describeError(error, lang)).toMatch(expected);
});
