// The adapter's error classes from their own modules, not from its index: the index brings the
// whole Office.js adapter, which the pane's first script does without (chooseEffects.ts).
import { ExcelAdapterError } from '../../excel/errors';
import { SettingsSaveError } from '../../excel/settings';
import { excelIssueMessage } from '../../i18n/excel';
import { untrustedFileMessage } from '../../i18n/untrustedFile';
import { defaultLang, type Lang } from '../../i18n/lang';
import { errorWords } from '../../i18n/pane/errors';
import { UntrustedFileError } from '../../workbook/fileIssues';
import { FileEffectError } from '../effects/fileErrors';

/**
 * Any failure as one sentence for the user, in `lang`, by what it is, never by its shape: the
 * adapters' errors carry an issue (code and params), worded here by the catalogue of their domain;
 * the effects' FileEffectError carries a sentence already worded in the pane's language. Anything
 * else is a failure nobody planned for.
 */
export function describeError(error: unknown, lang: Lang = defaultLang): string {
  if (error instanceof ExcelAdapterError || error instanceof SettingsSaveError) return excelIssueMessage(error.issue, lang);
  if (error instanceof UntrustedFileError) return untrustedFileMessage(error.issue, lang);
  if (error instanceof FileEffectError) return error.message;
  if (error instanceof Error && error.message !== '') return errorWords[lang].unexpected(error.message);
  return errorWords[lang].unknown;
}
