/**
 * How the lean reader refuses a file: with the `UntrustedFileError` the ExcelJS-based reader gave
 * for the same file. A part ExcelJS could not load was refused as `corrupt`, reason `excel` (« la
 * lecture du classeur a échoué »), its detail the error's text cut at 200 characters.
 */
import { UntrustedFileError } from './guards';
import { XmlError } from './xml';

export function refuseUnreadable(detail: string): never {
  throw new UntrustedFileError({ code: 'corrupt', params: { reason: 'excel', detail: detail.slice(0, 200) } });
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
    if (error.reason === 'entity') throw new UntrustedFileError({ code: 'corrupt', params: { reason: 'entity', detail: `${part} : ${error.message}`.slice(0, 200) } });
    return refuseUnreadable(`${part} : ${error.message}`);
  }
}
