/** Refused files (src/workbook/fileIssues.ts), rendered in the reader's language. */
import type { UntrustedFileIssue } from '../../workbook/fileIssues';
import { defaultLang, type Lang } from '../lang';
import { untrustedFileEn } from './en';
import { untrustedFileFr } from './fr';

export { formatMegabytes } from './fr';

export function untrustedFileMessage(issue: UntrustedFileIssue, lang: Lang = defaultLang): string {
  return lang === 'en' ? untrustedFileEn(issue) : untrustedFileFr(issue);
}
