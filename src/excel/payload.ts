/**
 * Payload budget. Excel on the web refuses a request or a response above 5 MB; the adapter keeps
 * each batch under about 4 MB, measured on what it queues: the JSON of every argument plus a fixed
 * allowance per queued call for Office.js's own envelope (object paths, action ids).
 */

export type Budget = {
  /** Bytes queued before a sync (Office.js request). */
  requestBytes: number;
  /** Bytes loaded by one sync (Office.js response), estimated before reading from the cell count. */
  responseBytes: number;
  /** Estimated answer size per cell read (values + formulas + number format). */
  readBytesPerCell: number;
};

export const excelWebPayloadLimit = 5 * 1024 * 1024;

export const defaultBudget: Budget = {
  requestBytes: 4_000_000,
  responseBytes: 4_000_000,
  readBytesPerCell: 64,
};

/** Allowance for one queued call: its action record in the request JSON. */
export const callOverheadBytes = 120;

/** Allowance for the object paths a command reaches (`getItem(sheet).getRange(…).format…`), besides the sheet name. */
export const pathOverheadBytes = 300;

/** Bytes of a string once encoded in UTF-8, without encoding it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** The UTF-8 size of a value's JSON, as Office.js sends it. */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? 'null');
}

/** Estimated request size of `calls` queued calls carrying `args`. */
export function callBytes(calls: number, ...args: unknown[]): number {
  return calls * callOverheadBytes + args.reduce<number>((n, arg) => n + jsonBytes(arg), 0);
}
