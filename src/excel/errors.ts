/**
 * Errors of the Office.js adapter, as data: every failure becomes an `ExcelAdapterError` whose
 * `issue` says what went wrong (src/workbook/hostIssues.ts, one case per thing the task pane can
 * explain). It carries no prose: its message is the issue's code, for debugging; the surfaces
 * word it in their language (src/i18n/excel). The original error is kept as `cause`: nothing is
 * swallowed.
 */
import type { ExcelIssue, ExcelIssueCode } from '../workbook/hostIssues';

export type { ExcelIssue, ExcelIssueCode };

export class ExcelAdapterError extends Error {
  override readonly name = 'ExcelAdapterError';
  readonly issue: ExcelIssue;
  /** Worth trying again as is, once the user has left the cell or Excel is less busy. */
  readonly retryable: boolean;
  /** Later failures while cleaning up after this one (restoring protection…), kept, not swallowed. */
  readonly related: unknown[] = [];

  constructor(issue: ExcelIssue, options: { cause?: unknown } = {}) {
    super(issue.code, options.cause !== undefined ? { cause: options.cause } : undefined);
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
