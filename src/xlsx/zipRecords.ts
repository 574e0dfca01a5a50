/**
 * The zip format's record signatures and fixed sizes (APPNOTE 6.3 §4.3), said once for the reader
 * (zipDirectory.ts) and the writer (zipWrite.ts).
 */
export const SIG_LOCAL = 0x04034b50;
export const SIG_CENTRAL = 0x02014b50;
export const SIG_EOCD = 0x06054b50;
export const SIG_ZIP64_LOCATOR = 0x07064b50;
export const SIG_ZIP64_EOCD = 0x06064b50;
/** Fixed sizes of the records, before their variable-length fields. */
export const CENTRAL_FIXED = 46;
export const LOCAL_FIXED = 30;
export const EOCD_FIXED = 22;
