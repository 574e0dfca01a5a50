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

export type ZipEntry = {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
  /** Where the entry's (compressed) data starts, read from its local header. */
  dataOffset: number;
};

export type GuardResult = { ok: true; entries: ZipEntry[] } | { ok: false; issue: UntrustedFileIssue };

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
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
  const eocd = findEocd(bytes, view);
  if (eocd < 0) return refuse('corrupt', { reason: 'eocd' });
  if (view.getUint16(eocd + 4, true) !== 0 || view.getUint16(eocd + 6, true) !== 0) {
    return refuse('corrupt', { reason: 'multi_disk' });
  }
  let count = view.getUint16(eocd + 10, true);
  let cdSize = view.getUint32(eocd + 12, true);
  let cdOffset = view.getUint32(eocd + 16, true);
  let cdEnd = eocd;
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const zip64 = readZip64Eocd(view, eocd);
    if (zip64 === undefined) return refuse('corrupt', { reason: 'zip64' });
    ({ count, cdSize, cdOffset } = zip64);
    cdEnd = zip64.recordOffset;
  }
  if (count > caps.maxEntries) return refuse('too_many_entries', { count, max: caps.maxEntries });
  if (cdOffset + cdSize > cdEnd) return refuse('corrupt', { reason: 'directory' });

  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  const decoder = new TextDecoder('utf-8');
  let at = cdOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > cdOffset + cdSize || view.getUint32(at, true) !== SIG_CENTRAL) return refuse('corrupt', { reason: 'directory' });
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    let compressedSize = view.getUint32(at + 20, true);
    let uncompressedSize = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    let localHeaderOffset = view.getUint32(at + 42, true);
    const next = at + 46 + nameLength + extraLength + commentLength;
    if (next > cdOffset + cdSize) return refuse('corrupt', { reason: 'directory' });
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (uncompressedSize === 0xffffffff || compressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
      const sizes = readZip64Extra(view, at + 46 + nameLength, extraLength, {
        uncompressed: uncompressedSize === 0xffffffff,
        compressed: compressedSize === 0xffffffff,
        offset: localHeaderOffset === 0xffffffff,
      });
      if (sizes === undefined) return refuse('corrupt', { reason: 'zip64', name });
      uncompressedSize = sizes.uncompressed ?? uncompressedSize;
      compressedSize = sizes.compressed ?? compressedSize;
      localHeaderOffset = sizes.offset ?? localHeaderOffset;
    }
    at = next;

    if (names.has(name)) return refuse('corrupt', { reason: 'duplicate', name });
    names.add(name);
    // The local header must be where the directory says, and its data must fit before the directory.
    if (localHeaderOffset + 30 > cdOffset || view.getUint32(localHeaderOffset, true) !== SIG_LOCAL) {
      return refuse('corrupt', { reason: 'local_header', name });
    }
    const dataOffset =
      localHeaderOffset + 30 + view.getUint16(localHeaderOffset + 26, true) + view.getUint16(localHeaderOffset + 28, true);
    if (dataOffset + compressedSize > cdOffset) return refuse('corrupt', { reason: 'truncated', name });
    entries.push({ name, method, flags, compressedSize, uncompressedSize, localHeaderOffset, dataOffset });
  }

  // Policy refusals first (the person can fix them by saving as .xlsx), then the safety caps.
  const base = (entry: ZipEntry) => entry.name.replace(/^\/+/, '');
  const mimetype = entries.find((e) => base(e) === 'mimetype');
  const mime = mimetype !== undefined ? storedText(bytes, mimetype, 200) : undefined;
  if (mime?.startsWith('application/vnd.oasis.opendocument') === true) return refuse('ods', { mimetype: mime });
  if (mimetype !== undefined && names.has('content.xml') && names.has('META-INF/manifest.xml')) {
    return refuse('ods', { mimetype: mime ?? '' });
  }
  const macro = entries.find((e) => /(^|\/)vbaProject(Signature)?\.bin$/i.test(e.name) || /^\/?xl\/macrosheets\//i.test(e.name));
  if (macro !== undefined) return refuse('macro', { name: macro.name });
  const encrypted = entries.find((e) => (e.flags & 0x1) !== 0);
  if (encrypted !== undefined) return refuse('encrypted', { name: encrypted.name, kind: 'zip' });

  let total = 0;
  for (const entry of entries) {
    if (entry.method !== 0 && entry.method !== 8) return refuse('corrupt', { reason: 'method', name: entry.name, method: entry.method });
    if (entry.method === 0 && entry.compressedSize !== entry.uncompressedSize) {
      return refuse('corrupt', { reason: 'stored_size', name: entry.name });
    }
    if (entry.uncompressedSize > caps.ratioMinBytes && entry.uncompressedSize > caps.maxRatio * entry.compressedSize) {
      const ratio = entry.compressedSize === 0 ? 'infini' : Math.round(entry.uncompressedSize / entry.compressedSize);
      return refuse('ratio', { name: entry.name, ratio, max: caps.maxRatio, size: entry.uncompressedSize });
    }
    total += entry.uncompressedSize;
  }
  if (total > caps.maxUncompressedBytes) return refuse('uncompressed_too_large', { size: total, max: caps.maxUncompressedBytes });

  if (!entries.some((e) => base(e) === 'xl/workbook.xml')) {
    const kind = names.has('xl/workbook.bin')
      ? 'xlsb'
      : names.has('word/document.xml')
        ? 'docx'
        : names.has('ppt/presentation.xml')
          ? 'pptx'
          : 'zip';
    return refuse('not_xlsx', { kind });
  }
  return { ok: true, entries };
}

/** The compressed bytes of an entry (checked by `inspectXlsx` to lie inside the file). */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  return bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/** The EOCD record sits in the last 22 + 65 535 bytes (its comment is at most 65 535 bytes). */
function findEocd(bytes: Uint8Array, view: DataView): number {
  const last = bytes.length - 22;
  const first = Math.max(0, last - 0xffff);
  for (let at = last; at >= first; at--) {
    if (bytes[at] === 0x50 && view.getUint32(at, true) === SIG_EOCD && at + 22 + view.getUint16(at + 20, true) <= bytes.length) {
      return at;
    }
  }
  return -1;
}

function readZip64Eocd(view: DataView, eocd: number): { count: number; cdSize: number; cdOffset: number; recordOffset: number } | undefined {
  const locator = eocd - 20;
  if (locator < 0 || view.getUint32(locator, true) !== SIG_ZIP64_LOCATOR) return undefined;
  const recordOffset = toSafe(view.getBigUint64(locator + 8, true));
  if (recordOffset === undefined || recordOffset + 56 > locator || view.getUint32(recordOffset, true) !== SIG_ZIP64_EOCD) return undefined;
  const count = toSafe(view.getBigUint64(recordOffset + 32, true));
  const cdSize = toSafe(view.getBigUint64(recordOffset + 40, true));
  const cdOffset = toSafe(view.getBigUint64(recordOffset + 48, true));
  if (count === undefined || cdSize === undefined || cdOffset === undefined) return undefined;
  return { count, cdSize, cdOffset, recordOffset };
}

/** Zip64 extended information (header 0x0001): the fields set to 0xFFFFFFFF, in this order. */
function readZip64Extra(
  view: DataView,
  start: number,
  length: number,
  wanted: { uncompressed: boolean; compressed: boolean; offset: boolean },
): { uncompressed?: number; compressed?: number; offset?: number } | undefined {
  for (let at = start; at + 4 <= start + length; ) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (at + 4 + size > start + length) return undefined;
    if (id === 0x0001) {
      let field = at + 4;
      const read = (): number | undefined => {
        if (field + 8 > at + 4 + size) return undefined;
        const value = toSafe(view.getBigUint64(field, true));
        field += 8;
        return value;
      };
      const result: { uncompressed?: number; compressed?: number; offset?: number } = {};
      if (wanted.uncompressed && (result.uncompressed = read()) === undefined) return undefined;
      if (wanted.compressed && (result.compressed = read()) === undefined) return undefined;
      if (wanted.offset && (result.offset = read()) === undefined) return undefined;
      return result;
    }
    at += 4 + size;
  }
  return undefined;
}

/** A 64-bit size as a number; sizes beyond 2^53 are refused as corrupt by the callers. */
function toSafe(value: bigint): number | undefined {
  return value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : undefined;
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
