/**
 * How the lean reader refuses a file: with the `UntrustedFileError` the ExcelJS-based reader gave
 * for the same file. A part ExcelJS could not load is refused as `corrupt`, reason `excel` (« la
 * lecture du classeur a échoué »), with the part and what is wrong in it as data (`ReadProblem`),
 * or, where our reader reproduces one of ExcelJS's own errors, that error's text cut at 200
 * characters (`detail`, technical English as ExcelJS says it).
 */
import type { ReadProblem } from '../workbook/fileIssues';
import { UntrustedFileError } from './guards';
import { XmlError } from './xml';

export function refuseUnreadable(detail: string): never {
  throw new UntrustedFileError({ code: 'corrupt', params: { reason: 'excel', detail: detail.slice(0, 200) } });
}

/** A part read as malformed: its name and what is wrong with it. */
export function refuseMalformed(part: string, problem: ReadProblem): never {
  throw new UntrustedFileError({ code: 'corrupt', params: { reason: 'excel', part, ...problem } });
}

export function refuseSheetBounds(sheet: string): never {
  throw new UntrustedFileError({ code: 'corrupt', params: { reason: 'sheet_bounds', detail: sheet } });
}

/** Runs `read` on one part; an XML error becomes the refusal, naming the part. */
export function withinPart<T>(part: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof XmlError)) throw error;
    if (error.reason === 'doctype') throw new UntrustedFileError({ code: 'corrupt', params: { reason: 'doctype', detail: part } });
    if (error.reason === 'entity') throw new UntrustedFileError({ code: 'corrupt', params: { reason: 'entity', part, ...error.problem } });
    return refuseMalformed(part, error.problem);
  }
}
