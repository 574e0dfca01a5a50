/**
 * What can go wrong when the add-in works on the open workbook (the Office.js adapter, src/excel),
 * and what it did without a feature this Excel lacks: data only, one case per thing the task pane
 * can explain. The words are in src/i18n/excel (one catalogue per language); they live here, in
 * the neutral workbook model, so that the adapter raises them and the catalogue renders them
 * without either importing the other.
 */
export type ExcelIssue =
  /** The user is typing in a cell: Excel refuses every API call until the edit ends. */
  | { code: 'cell-edit-mode' }
  /** Excel is busy (too many requests, a conflicting edit by a co-author): try again later. */
  | { code: 'busy'; officeCode: string }
  /** `version` unknown when Excel only said ApiNotFound. */
  | { code: 'requirement-missing'; set: 'ExcelApi'; version?: string }
  | { code: 'unsupported'; feature: 'createWorkbook' | 'insertFromFile'; version: string }
  | { code: 'not-in-excel' }
  /** Sheets with these names exist and were not written by the add-in. */
  | { code: 'sheet-name-taken'; sheets: string[] }
  /** Sheets the add-in wrote, changed since: replacing them would lose those changes. */
  | { code: 'sheet-modified'; sheets: string[] }
  /** A sheet is protected with a password the add-in does not have. */
  | { code: 'sheet-protected'; sheet: string }
  | { code: 'sheet-not-found'; sheet: string }
  /** Two sheets of one spec share a name (a bug of the caller, not of the workbook). */
  | { code: 'duplicate-sheet-name'; sheet: string }
  /** Defined names that exist and were not made by the add-in. */
  | { code: 'name-taken'; names: string[] }
  /** One request or answer above Excel's limit (5 MB on the web), or a single item above the budget. */
  | { code: 'payload-too-large'; what: 'file' | 'cell' | 'request' | 'response'; bytes?: number; limit?: number }
  /** The document's settings (the pane's preferences) could not be saved; `detail`: the host's words. */
  | { code: 'settings-save-failed'; detail: string }
  | { code: 'access-denied'; officeCode: string; detail: string }
  | { code: 'invalid-request'; officeCode: string; detail: string }
  | { code: 'office'; officeCode: string; detail: string }
  /** Not an Office error at all (a bug): kept with its message. */
  | { code: 'unexpected'; detail: string };

export type ExcelIssueCode = ExcelIssue['code'];

/** What the add-in did without a feature this Excel lacks (shown once per operation, not an error). */
export type Notice =
  | { code: 'no-page-layout'; sheets: number }
  | { code: 'notes-as-comments'; notes: number }
  | { code: 'no-notes'; notes: number }
  | { code: 'marks-in-document-properties' }
  | { code: 'sheets-written-not-inserted' };
