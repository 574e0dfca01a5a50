/**
 * What the Office.js adapter reports, as data: an issue when an operation fails (errors.ts wraps
 * it in ExcelAdapterError), a notice when it did without a feature. messages.ts and messagesEn.ts
 * word them.
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
  /** Defined names that exist and were not made by the add-in. */
  | { code: 'name-taken'; names: string[] }
  /** One request or answer above Excel's limit (5 MB on the web), or a single item above the budget. */
  | { code: 'payload-too-large'; what: 'file' | 'cell' | 'request' | 'response'; bytes?: number; limit?: number }
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
