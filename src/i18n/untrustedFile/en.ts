import type { UntrustedFileIssue } from '../../workbook/fileIssues';

/**
 * Why a file was refused, in English (the reason codes of the .xlsx guards, src/workbook/fileIssues.ts;
 * the French detail carries the figures). What it is, and what to do.
 */
export const refusedInEnglish: Record<string, string> = {
  not_zip: 'This is not an Excel workbook (.xlsx). Save the file as an Excel workbook and send it again.',
  too_large: 'The file is too large to be checked safely. Remove images and unused sheets, or copy the data into a new workbook.',
  too_many_entries: 'The workbook holds too many parts to be checked safely. Copy its data into a new workbook.',
  uncompressed_too_large: 'Once unpacked, the workbook would be too large to be checked safely. Copy its data into a new workbook.',
  ratio: 'A part of the workbook is abnormally compressed (the mark of a "zip bomb"): refused for safety. Copy its data into a new workbook.',
  macro: 'The workbook contains macros: refused for safety. Save it as an Excel workbook without macros (.xlsx).',
  encrypted: 'The workbook is protected by a password: it cannot be read. Remove the password (File > Info) and send it again.',
  ods: 'This is a LibreOffice/OpenOffice spreadsheet (.ods). Save it as an Excel workbook (.xlsx).',
  legacy_xls: 'This is an old Excel file (.xls). Save it as an Excel workbook (.xlsx).',
  corrupt: 'The workbook is damaged and cannot be read. Open it in Excel, save it again, and send it again.',
  not_xlsx: 'This file is not an Excel workbook. Send the collection workbook (.xlsx).',
  validation_range_too_large: 'The workbook has data validation or names over abnormally large ranges: refused for safety. Copy its data into a new workbook.',
  sheet_structure_too_large: 'The workbook has an abnormal number of merged cells or column definitions: refused for safety. Copy its data into a new workbook.',
  unreadable: 'The file could not be read. Check it opens in Excel and send it again.',
};

/** A refused file in English: the reason's sentence (the figures are in the French one). */
export function untrustedFileEn(issue: UntrustedFileIssue): string {
  return refusedInEnglish[issue.code] ?? refusedInEnglish.corrupt ?? issue.code;
}
