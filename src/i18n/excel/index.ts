/** The Office.js adapter's issues and notices, rendered in the reader's language. */
import type { ExcelIssue, Notice } from '../../workbook/hostIssues';
import { defaultLang, type Lang } from '../lang';
import { excelIssueEn, excelNoticeEn } from './en';
import { excelIssueFr, excelNoticeFr } from './fr';

export function excelIssueMessage(issue: ExcelIssue, lang: Lang = defaultLang): string {
  return lang === 'en' ? excelIssueEn(issue) : excelIssueFr(issue);
}

export function excelNoticeMessage(notice: Notice, lang: Lang = defaultLang): string {
  return lang === 'en' ? excelNoticeEn(notice) : excelNoticeFr(notice);
}
