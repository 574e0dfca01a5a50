/**
 * Errors of the Office.js adapter, as data: every failure becomes an `ExcelAdapterError` whose
 * `issue` says what went wrong (a union, one case per thing the task pane can explain) and whose
 * message is French, ready to show. The original error is kept as `cause`: nothing is swallowed.
 */
import { issueMessage } from './messages';

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

export class ExcelAdapterError extends Error {
  override readonly name = 'ExcelAdapterError';
  readonly issue: ExcelIssue;
  /** Worth trying again as is, once the user has left the cell or Excel is less busy. */
  readonly retryable: boolean;
  /** Later failures while cleaning up after this one (restoring protection…), kept, not swallowed. */
  readonly related: unknown[] = [];

  constructor(issue: ExcelIssue, options: { cause?: unknown } = {}) {
    super(issueMessage(issue), options.cause !== undefined ? { cause: options.cause } : undefined);
    this.issue = issue;
    this.retryable = issue.code === 'cell-edit-mode' || issue.code === 'busy';
  }

  get code(): ExcelIssueCode {
    return this.issue.code;
  }
}

/** The shape of `OfficeExtension.Error` (name « RichApi.Error »), read defensively. */
type OfficeErrorLike = { name?: unknown; code?: unknown; message?: unknown; debugInfo?: { errorLocation?: unknown } };

const busyCodes = new Set(['ActivityLimitReached', 'Conflict', 'RequestAborted', 'ServiceNotAvailable', 'InsertDeleteConflict']);
const invalidCodes = new Set(['InvalidArgument', 'InvalidReference', 'InvalidOperation', 'InvalidSelection', 'MergedRangeConflict', 'ItemAlreadyExists', 'FormulaLengthExceedsLimit']);

/**
 * Any error thrown by Office.js (or by this adapter) → an `ExcelAdapterError`. `sheet` names the
 * sheet the failing call was about, for « sheet not found ».
 */
export function wrapOfficeError(error: unknown, context: { sheet?: string } = {}): ExcelAdapterError {
  if (error instanceof ExcelAdapterError) return error;
  const e = (typeof error === 'object' && error !== null ? error : {}) as OfficeErrorLike;
  const officeCode = typeof e.code === 'string' ? e.code : undefined;
  const detail = shorten(typeof e.message === 'string' ? e.message : String(error));
  if (officeCode === undefined) return new ExcelAdapterError({ code: 'unexpected', detail }, { cause: error });
  const issue = issueOf(officeCode, detail, context);
  return new ExcelAdapterError(issue, { cause: error });
}

function issueOf(officeCode: string, detail: string, context: { sheet?: string }): ExcelIssue {
  if (officeCode === 'InvalidOperationInCellEditMode') return { code: 'cell-edit-mode' };
  if (busyCodes.has(officeCode)) return { code: 'busy', officeCode };
  if (officeCode === 'RequestPayloadSizeLimitExceeded') return { code: 'payload-too-large', what: 'request' };
  if (officeCode === 'ResponsePayloadSizeLimitExceeded') return { code: 'payload-too-large', what: 'response' };
  if (officeCode === 'ApiNotFound') return { code: 'requirement-missing', set: 'ExcelApi' };
  if (officeCode === 'ItemNotFound' && context.sheet !== undefined) return { code: 'sheet-not-found', sheet: context.sheet };
  if (officeCode === 'AccessDenied') return { code: 'access-denied', officeCode, detail };
  if (invalidCodes.has(officeCode)) return { code: 'invalid-request', officeCode, detail };
  return { code: 'office', officeCode, detail };
}

function shorten(text: string): string {
  return text.length > 300 ? `${text.slice(0, 297)}…` : text;
}
