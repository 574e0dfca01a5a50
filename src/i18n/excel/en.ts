/** The Office.js adapter's issues and notices in English: the same content as the French (fr.ts). */
import type { ExcelIssue, Notice } from '../../workbook/hostIssues';

const list = (names: string[]) => names.map((n) => `“${n}”`).join(', ');
const plural = (n: number, one: string, many: string) => (n > 1 ? many : one);

export function excelIssueEn(issue: ExcelIssue): string {
  switch (issue.code) {
    case 'cell-edit-mode':
      return 'Excel is editing a cell: confirm the entry (Enter) or cancel it (Esc), then try again.';
    case 'busy':
      return `Excel is busy (${issue.officeCode}): wait a few seconds, then try again.`;
    case 'requirement-missing':
      return issue.version !== undefined
        ? `This version of Excel does not support ${issue.set} ${issue.version}, which the add-in needs: update Excel, or use Excel on the web.`
        : 'This version of Excel lacks a feature the add-in needs: update Excel, or use Excel on the web.';
    case 'unsupported':
      return issue.feature === 'createWorkbook'
        ? `This version of Excel cannot open a new workbook from the add-in (ExcelApi ${issue.version}): save the file offered, then open it.`
        : `This version of Excel cannot insert sheets from a file (ExcelApi ${issue.version}): the add-in writes them itself.`;
    case 'not-in-excel':
      return 'The pane is not open in Excel: this action works on the open workbook.';
    case 'sheet-name-taken':
      return `${plural(issue.sheets.length, 'The sheet', 'The sheets')} ${list(issue.sheets)} already ${plural(issue.sheets.length, 'exists', 'exist')} and ${plural(issue.sheets.length, 'was', 'were')} not created by the add-in: rename or delete ${plural(issue.sheets.length, 'it', 'them')}, then try again. Nothing was changed.`;
    case 'sheet-modified':
      return `${plural(issue.sheets.length, 'The sheet', 'The sheets')} ${list(issue.sheets)} ${plural(issue.sheets.length, 'was', 'were')} changed since the add-in wrote ${plural(issue.sheets.length, 'it', 'them')}: replacing ${plural(issue.sheets.length, 'it', 'them')} would erase those changes. Copy what you want to keep, then confirm the replacement. Nothing was changed.`;
    case 'sheet-protected':
      return `The sheet “${issue.sheet}” is protected by a password: unprotect it (Review > Unprotect Sheet), then try again.`;
    case 'sheet-not-found':
      return `The sheet “${issue.sheet}” does not exist (any more) in this workbook.`;
    case 'duplicate-sheet-name':
      return `Unexpected error in the add-in: two sheets are named “${issue.sheet}”.`;
    case 'name-taken':
      return `${plural(issue.names.length, 'The defined name', 'The defined names')} ${list(issue.names)} already ${plural(issue.names.length, 'exists', 'exist')} in this workbook (Formulas > Name Manager): delete or rename ${plural(issue.names.length, 'it', 'them')}, then try again.`;
    case 'payload-too-large':
      switch (issue.what) {
        case 'file':
          return `The file is too large to be handed to Excel at once (${megabytes(issue.bytes)} for at most ${megabytes(issue.limit)}).`;
        case 'cell':
          return `A cell holds too much data to be handed to Excel (${megabytes(issue.bytes)} for at most ${megabytes(issue.limit)}).`;
        case 'request':
        case 'response':
          return 'Excel refused an exchange that was too large (5 MB at most on Excel for the web): try again; if it persists, report it.';
      }
      break;
    case 'settings-save-failed':
      return `The preferences could not be saved in the workbook${issue.detail !== '' ? ` (${issue.detail.replace(/\.$/, '')})` : ''}. They still hold for this session.`;
    case 'access-denied':
      return `Excel refused the change: the workbook or the sheet is protected, or open read-only (${issue.officeCode}).`;
    case 'invalid-request':
      return `Excel refused an operation of the add-in (${issue.officeCode}): ${issue.detail}`;
    case 'office':
      return `Excel reported an error (${issue.officeCode}): ${issue.detail}`;
    case 'unexpected':
      return `Unexpected error in the add-in: ${issue.detail}`;
  }
}

function megabytes(bytes: number | undefined): string {
  return bytes === undefined ? '?' : `${(bytes / 1_000_000).toLocaleString('en-GB', { maximumFractionDigits: 1 })} MB`;
}

export function excelNoticeEn(notice: Notice): string {
  switch (notice.code) {
    case 'no-page-layout':
      return 'This version of Excel does not let the add-in set the page layout (ExcelApi 1.9): set orientation and fit to width when printing.';
    case 'notes-as-comments':
      return `This version of Excel has no cell notes (ExcelApi 1.18): ${notice.notes} ${plural(notice.notes, 'note was', 'notes were')} written as comments.`;
    case 'no-notes':
      return `This version of Excel has neither notes nor comments (ExcelApi 1.10): ${notice.notes} ${plural(notice.notes, 'note was', 'notes were')} not written.`;
    case 'marks-in-document-properties':
      return 'This version of Excel has no sheet properties (ExcelApi 1.12): the add-in marks its sheets in the workbook’s properties (File > Info > Properties).';
    case 'sheets-written-not-inserted':
      return 'This version of Excel cannot insert sheets from a file (ExcelApi 1.13): the add-in wrote them itself.';
  }
}
