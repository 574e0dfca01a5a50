/**
 * A zip written by hand (APPNOTE 6.3: local headers, central directory, end record), each entry
 * deflated through the platform's `Deflate`, or stored when that is not smaller. Names in UTF-8
 * (general purpose flag 11). No Zip64: the workbooks written here are a few MB.
 */
import { concatBytes } from './bytes';
import type { Deflate } from './deflate';
import { CENTRAL_FIXED, EOCD_FIXED, LOCAL_FIXED, SIG_CENTRAL, SIG_EOCD, SIG_LOCAL } from './zipRecords';

export type ZipEntryData = { name: string; data: Uint8Array };

const VERSION = 20;
const UTF8_NAMES = 0x0800;
const STORED = 0;
const DEFLATED = 8;

/** MS-DOS time and date (APPNOTE 4.4.6), from the UTC fields so that the bytes do not depend on the time zone. */
function dosDateTime(date: Date): { time: number; date: number } {
  const year = Math.min(Math.max(date.getUTCFullYear(), 1980), 2107);
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1),
    date: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

type Written = { name: Uint8Array; method: number; crc: number; compressedSize: number; size: number; offset: number };

/**
 * The fields the local header and the central record share, in the same order (APPNOTE 4.3.7 and
 * 4.3.12): version needed, flags, method, time, date, CRC-32, sizes, name length; from `at`.
 */
function sharedFields(view: DataView, at: number, record: Written, stamp: { time: number; date: number }): void {
  view.setUint16(at, VERSION, true);
  view.setUint16(at + 2, UTF8_NAMES, true);
  view.setUint16(at + 4, record.method, true);
  view.setUint16(at + 6, stamp.time, true);
  view.setUint16(at + 8, stamp.date, true);
  view.setUint32(at + 10, record.crc, true);
  view.setUint32(at + 14, record.compressedSize, true);
  view.setUint32(at + 18, record.size, true);
  view.setUint16(at + 22, record.name.length, true);
}

export async function writeZip(entries: readonly ZipEntryData[], deflate: Deflate, modified: Date): Promise<Uint8Array> {
  const encoder = new TextEncoder();
  const stamp = dosDateTime(modified);
  const chunks: Uint8Array[] = [];
  const written: Written[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    const deflated = entry.data.length > 0 ? await deflate.raw(entry.data) : undefined;
    const stored = deflated === undefined || deflated.length >= entry.data.length;
    const body = stored ? entry.data : deflated;
    const record: Written = { name, method: stored ? STORED : DEFLATED, crc: deflate.crc32(entry.data), compressedSize: body.length, size: entry.data.length, offset };
    const header = new Uint8Array(LOCAL_FIXED + name.length);
    const view = new DataView(header.buffer);
    view.setUint32(0, SIG_LOCAL, true);
    sharedFields(view, 4, record, stamp);
    // extra field length: 0
    header.set(name, LOCAL_FIXED);
    chunks.push(header, body);
    written.push(record);
    offset += header.length + body.length;
  }
  const directoryOffset = offset;
  for (const record of written) {
    const central = new Uint8Array(CENTRAL_FIXED + record.name.length);
    const view = new DataView(central.buffer);
    view.setUint32(0, SIG_CENTRAL, true);
    view.setUint16(4, VERSION, true); // version made by
    sharedFields(view, 6, record, stamp);
    // extra, comment, disk number, internal and external attributes: 0
    view.setUint32(42, record.offset, true);
    central.set(record.name, CENTRAL_FIXED);
    chunks.push(central);
    offset += central.length;
  }
  const end = new Uint8Array(EOCD_FIXED);
  const view = new DataView(end.buffer);
  view.setUint32(0, SIG_EOCD, true);
  view.setUint16(8, written.length, true);
  view.setUint16(10, written.length, true);
  view.setUint32(12, offset - directoryOffset, true);
  view.setUint32(16, directoryOffset, true);
  chunks.push(end);
  if (written.length > 0xffff || offset > 0xffffffff) throw new RangeError('zip too large without Zip64');
  return concatBytes(chunks);
}
