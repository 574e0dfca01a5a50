/**
 * Untrusted-file guards: look at the raw bytes of a file said to be an .xlsx BEFORE any unzip
 * library (ExcelJS, JSZip) sees them. The zip's End Of Central Directory record and its central
 * directory are parsed here, by hand, so that a zip bomb is refused from the sizes it declares,
 * without inflating a byte.
 *
 * Pure: no Node module, no ExcelJS; runs the same in the browser.
 */
import { UntrustedFileError, type UntrustedFileCode, type UntrustedFileIssue } from '../workbook/fileIssues';

export { UntrustedFileError, type UntrustedFileCode, type UntrustedFileIssue } from '../workbook/fileIssues';
import { readEndOfDirectory, readEntries, type ZipEntry } from './zipDirectory';

export type { ZipEntry };

const MB = 1024 * 1024;

export type GuardCaps = {
  /** Size of the file itself. */
  maxFileBytes: number;
  /** Number of entries in the zip directory. */
  maxEntries: number;
  /** Sum of the uncompressed sizes declared by the directory. */
  maxUncompressedBytes: number;
  /** Highest uncompressed/compressed ratio of an entry… */
  maxRatio: number;
  /** …checked only on entries larger than this, uncompressed (small XML parts compress very well). */
  ratioMinBytes: number;
};

export const defaultGuardCaps: Readonly<GuardCaps> = {
  maxFileBytes: 20 * MB,
  maxEntries: 2000,
  maxUncompressedBytes: 200 * MB,
  maxRatio: 200,
  ratioMinBytes: 1 * MB,
};

export type GuardResult = { ok: true; entries: ZipEntry[] } | { ok: false; issue: UntrustedFileIssue };

const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Throws `UntrustedFileError` when the bytes are not a plain, reasonably sized .xlsx zip. */
export function guardXlsx(bytes: Uint8Array, caps: Partial<GuardCaps> = {}): ZipEntry[] {
  const result = inspectXlsx(bytes, caps);
  if (!result.ok) throw new UntrustedFileError(result.issue);
  return result.entries;
}

/** The same checks as `guardXlsx`, as a result rather than an exception. */
export function inspectXlsx(bytes: Uint8Array, capsOverride: Partial<GuardCaps> = {}): GuardResult {
  const caps = { ...defaultGuardCaps, ...capsOverride };
  const refuse = (code: UntrustedFileCode, params: UntrustedFileIssue['params'] = {}): GuardResult => ({
    ok: false,
    issue: { code, params },
  });

  if (bytes.length > caps.maxFileBytes) return refuse('too_large', { size: bytes.length, max: caps.maxFileBytes });
  if (startsWith(bytes, OLE2_MAGIC)) return refuse(...ole2Kind(bytes));
  if (!(startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]))) {
    return refuse('not_zip', { detected: sniff(bytes) });
  }

  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const directory = readEndOfDirectory(bytes, view);
  if ('reason' in directory) return refuse('corrupt', directory);
  if (directory.count > caps.maxEntries) return refuse('too_many_entries', { count: directory.count, max: caps.maxEntries });
  const entries = readEntries(bytes, view, directory);
  if (!Array.isArray(entries)) return refuse('corrupt', entries);

  // Policy refusals first (the person can fix them by saving as .xlsx), then the safety caps.
  const refusal = policyRefusal(bytes, entries) ?? capRefusal(entries, caps) ?? kindRefusal(entries);
  return refusal !== undefined ? refuse(refusal.code, refusal.params) : { ok: true, entries };
}

/** A reason to refuse the file, before it is wrapped as a result. */
type Refusal = UntrustedFileIssue;

const baseName = (entry: ZipEntry) => entry.name.replace(/^\/+/, '');

/** What the person chose to send: an OpenDocument file, macros, an encrypted part. */
function policyRefusal(bytes: Uint8Array, entries: readonly ZipEntry[]): Refusal | undefined {
  const names = new Set(entries.map((e) => e.name));
  const mimetype = entries.find((e) => baseName(e) === 'mimetype');
  const mime = mimetype !== undefined ? storedText(bytes, mimetype, 200) : undefined;
  if (mime?.startsWith('application/vnd.oasis.opendocument') === true) return { code: 'ods', params: { mimetype: mime } };
  if (mimetype !== undefined && names.has('content.xml') && names.has('META-INF/manifest.xml')) {
    return { code: 'ods', params: { mimetype: mime ?? '' } };
  }
  const macro = entries.find((e) => /(^|\/)vbaProject(Signature)?\.bin$/i.test(e.name) || /^\/?xl\/macrosheets\//i.test(e.name));
  if (macro !== undefined) return { code: 'macro', params: { name: macro.name } };
  const encrypted = entries.find((e) => (e.flags & 0x1) !== 0);
  if (encrypted !== undefined) return { code: 'encrypted', params: { name: encrypted.name, kind: 'zip' } };
  return undefined;
}

/** The sizes the directory declares, against the caps: no byte is inflated to know them. */
function capRefusal(entries: readonly ZipEntry[], caps: GuardCaps): Refusal | undefined {
  let total = 0;
  for (const entry of entries) {
    if (entry.method !== 0 && entry.method !== 8) return { code: 'corrupt', params: { reason: 'method', name: entry.name, method: entry.method } };
    if (entry.method === 0 && entry.compressedSize !== entry.uncompressedSize) {
      return { code: 'corrupt', params: { reason: 'stored_size', name: entry.name } };
    }
    if (entry.uncompressedSize > caps.ratioMinBytes && entry.uncompressedSize > caps.maxRatio * entry.compressedSize) {
      const ratio = entry.compressedSize === 0 ? 'infini' : Math.round(entry.uncompressedSize / entry.compressedSize);
      return { code: 'ratio', params: { name: entry.name, ratio, max: caps.maxRatio, size: entry.uncompressedSize } };
    }
    total += entry.uncompressedSize;
  }
  if (total > caps.maxUncompressedBytes) return { code: 'uncompressed_too_large', params: { size: total, max: caps.maxUncompressedBytes } };
  return undefined;
}

/** A zip without a workbook part: another Office file, or a plain zip. */
function kindRefusal(entries: readonly ZipEntry[]): Refusal | undefined {
  if (entries.some((e) => baseName(e) === 'xl/workbook.xml')) return undefined;
  const names = new Set(entries.map((e) => e.name));
  const kind = names.has('xl/workbook.bin') ? 'xlsb' : names.has('word/document.xml') ? 'docx' : names.has('ppt/presentation.xml') ? 'pptx' : 'zip';
  return { code: 'not_xlsx', params: { kind } };
}

/** The compressed bytes of an entry (checked by `inspectXlsx` to lie inside the file). */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  return bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/** The text of a small stored (uncompressed) entry, such as OpenDocument's `mimetype`. */
function storedText(bytes: Uint8Array, entry: ZipEntry, max: number): string | undefined {
  if (entry.method !== 0 || entry.compressedSize > max) return undefined;
  return new TextDecoder('utf-8').decode(entryData(bytes, entry)).trim();
}

/**
 * An OLE2 compound file is either a legacy .xls or an encrypted OOXML file (Office wraps an
 * encrypted .xlsx in one). Stream names are stored in UTF-16LE in the directory sectors.
 */
function ole2Kind(bytes: Uint8Array): ['encrypted' | 'legacy_xls', UntrustedFileIssue['params']] {
  if (containsUtf16(bytes, 'EncryptionInfo') || containsUtf16(bytes, 'EncryptedPackage')) return ['encrypted', { kind: 'ole2' }];
  if (containsUtf16(bytes, 'Workbook') || containsUtf16(bytes, 'Book')) return ['legacy_xls', { certain: 1 }];
  return ['legacy_xls', { certain: 0 }];
}

function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) needle[i * 2] = text.charCodeAt(i);
  return indexOf(bytes, needle) >= 0;
}

function indexOf(haystack: Uint8Array, needle: Uint8Array): number {
  const first = needle[0];
  outer: for (let i = haystack.indexOf(first!); i >= 0 && i <= haystack.length - needle.length; i = haystack.indexOf(first!, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** A hint for the message when a file is not a zip at all. */
function sniff(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 512));
  if (head.startsWith('%PDF')) return 'pdf';
  if (/^\s*</.test(head)) return /<html/i.test(head) ? 'html' : 'xml';
  if (bytes.length > 0 && !head.includes('\u0000') && /[;,\t]/.test(head)) return 'csv';
  return 'unknown';
}
