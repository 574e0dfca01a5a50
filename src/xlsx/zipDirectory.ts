/**
 * A zip's directory read by hand, from the sizes it declares (APPNOTE 6.3: the End Of Central
 * Directory record, its Zip64 counterpart, one central record per entry and the entry's local
 * header): nothing is inflated here. Whatever does not hold together is `Corrupt`, with the reason.
 */
import { CENTRAL_FIXED, LOCAL_FIXED, SIG_CENTRAL, SIG_EOCD, SIG_LOCAL, SIG_ZIP64_EOCD, SIG_ZIP64_LOCATOR } from './zipRecords';

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

/** Why the directory cannot be trusted, and the entry it was reading when there was one. */
export type Corrupt = { reason: string } | { reason: string; name: string };

/** Where the central directory lies, as the end records declare it. */
export type Directory = { count: number; cdSize: number; cdOffset: number; /** Where the directory must end: the EOCD or the Zip64 record. */ cdEnd: number };

/** A 32-bit field set to this means « see the Zip64 record ». */
const ZIP64_MARK = 0xffffffff;

export function readEndOfDirectory(bytes: Uint8Array, view: DataView): Directory | Corrupt {
  const eocd = findEocd(bytes, view);
  if (eocd < 0) return { reason: 'eocd' };
  if (view.getUint16(eocd + 4, true) !== 0 || view.getUint16(eocd + 6, true) !== 0) return { reason: 'multi_disk' };
  const count = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (count !== 0xffff && cdSize !== ZIP64_MARK && cdOffset !== ZIP64_MARK) return { count, cdSize, cdOffset, cdEnd: eocd };
  const zip64 = readZip64Eocd(view, eocd);
  if (zip64 === undefined) return { reason: 'zip64' };
  return { count: zip64.count, cdSize: zip64.cdSize, cdOffset: zip64.cdOffset, cdEnd: zip64.recordOffset };
}

/** Every entry of the directory, each checked against its local header; duplicates refused. */
export function readEntries(bytes: Uint8Array, view: DataView, directory: Directory): ZipEntry[] | Corrupt {
  const { count, cdSize, cdOffset, cdEnd } = directory;
  if (cdOffset + cdSize > cdEnd) return { reason: 'directory' };
  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  const decoder = new TextDecoder('utf-8');
  let at = cdOffset;
  for (let i = 0; i < count; i++) {
    const record = readCentralRecord(bytes, view, at, cdOffset + cdSize, decoder);
    if ('reason' in record) return record;
    at += record.length;
    const { name } = record;
    if (names.has(name)) return { reason: 'duplicate', name };
    names.add(name);
    const entry = withLocalHeader(view, record, cdOffset);
    if ('reason' in entry) return entry;
    entries.push(entry);
  }
  return entries;
}

type CentralRecord = Omit<ZipEntry, 'dataOffset'> & { /** The record's own length, to the next one. */ length: number };

/** One central directory record at `at`, which must end by `end`. */
function readCentralRecord(bytes: Uint8Array, view: DataView, at: number, end: number, decoder: TextDecoder): CentralRecord | Corrupt {
  if (at + CENTRAL_FIXED > end || view.getUint32(at, true) !== SIG_CENTRAL) return { reason: 'directory' };
  const flags = view.getUint16(at + 8, true);
  const method = view.getUint16(at + 10, true);
  const compressedSize = view.getUint32(at + 20, true);
  const uncompressedSize = view.getUint32(at + 24, true);
  const nameLength = view.getUint16(at + 28, true);
  const extraLength = view.getUint16(at + 30, true);
  const commentLength = view.getUint16(at + 32, true);
  const localHeaderOffset = view.getUint32(at + 42, true);
  const length = CENTRAL_FIXED + nameLength + extraLength + commentLength;
  if (at + length > end) return { reason: 'directory' };
  const name = decoder.decode(bytes.subarray(at + CENTRAL_FIXED, at + CENTRAL_FIXED + nameLength));
  const record = { name, method, flags, compressedSize, uncompressedSize, localHeaderOffset, length };
  if (uncompressedSize !== ZIP64_MARK && compressedSize !== ZIP64_MARK && localHeaderOffset !== ZIP64_MARK) return record;
  const sizes = readZip64Extra(view, at + CENTRAL_FIXED + nameLength, extraLength, {
    uncompressed: uncompressedSize === ZIP64_MARK,
    compressed: compressedSize === ZIP64_MARK,
    offset: localHeaderOffset === ZIP64_MARK,
  });
  if (sizes === undefined) return { reason: 'zip64', name };
  return {
    ...record,
    uncompressedSize: sizes.uncompressed ?? uncompressedSize,
    compressedSize: sizes.compressed ?? compressedSize,
    localHeaderOffset: sizes.offset ?? localHeaderOffset,
  };
}

/** The local header must be where the directory says, and its data must fit before the directory. */
function withLocalHeader(view: DataView, record: CentralRecord, cdOffset: number): ZipEntry | Corrupt {
  const { name, method, flags, compressedSize, uncompressedSize, localHeaderOffset } = record;
  if (localHeaderOffset + LOCAL_FIXED > cdOffset || view.getUint32(localHeaderOffset, true) !== SIG_LOCAL) return { reason: 'local_header', name };
  const dataOffset = localHeaderOffset + LOCAL_FIXED + view.getUint16(localHeaderOffset + 26, true) + view.getUint16(localHeaderOffset + 28, true);
  if (dataOffset + compressedSize > cdOffset) return { reason: 'truncated', name };
  return { name, method, flags, compressedSize, uncompressedSize, localHeaderOffset, dataOffset };
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
