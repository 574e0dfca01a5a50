/**
 * A zip written by hand (APPNOTE 6.3: local headers, central directory, end record), each entry
 * deflated through the platform's `Deflate`, or stored when that is not smaller. Names in UTF-8
 * (general purpose flag 11). No Zip64: the workbooks written here are a few MB.
 */
import type { Deflate } from './deflate';

export type ZipEntryData = { name: string; data: Uint8Array };

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
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
    const header = new Uint8Array(30 + name.length);
    const view = new DataView(header.buffer);
    view.setUint32(0, SIG_LOCAL, true);
    view.setUint16(4, VERSION, true);
    view.setUint16(6, UTF8_NAMES, true);
    view.setUint16(8, record.method, true);
    view.setUint16(10, stamp.time, true);
    view.setUint16(12, stamp.date, true);
    view.setUint32(14, record.crc, true);
    view.setUint32(18, record.compressedSize, true);
    view.setUint32(22, record.size, true);
    view.setUint16(26, name.length, true);
    view.setUint16(28, 0, true);
    header.set(name, 30);
    chunks.push(header, body);
    written.push(record);
    offset += header.length + body.length;
  }
  const directoryOffset = offset;
  for (const record of written) {
    const central = new Uint8Array(46 + record.name.length);
    const view = new DataView(central.buffer);
    view.setUint32(0, SIG_CENTRAL, true);
    view.setUint16(4, VERSION, true);
    view.setUint16(6, VERSION, true);
    view.setUint16(8, UTF8_NAMES, true);
    view.setUint16(10, record.method, true);
    view.setUint16(12, stamp.time, true);
    view.setUint16(14, stamp.date, true);
    view.setUint32(16, record.crc, true);
    view.setUint32(20, record.compressedSize, true);
    view.setUint32(24, record.size, true);
    view.setUint16(28, record.name.length, true);
    // extra, comment, disk number, internal and external attributes: 0
    view.setUint32(42, record.offset, true);
    central.set(record.name, 46);
    chunks.push(central);
    offset += central.length;
  }
  const end = new Uint8Array(22);
  const view = new DataView(end.buffer);
  view.setUint32(0, SIG_EOCD, true);
  view.setUint16(8, written.length, true);
  view.setUint16(10, written.length, true);
  view.setUint32(12, offset - directoryOffset, true);
  view.setUint32(16, directoryOffset, true);
  chunks.push(end);
  if (written.length > 0xffff || offset > 0xffffffff) throw new RangeError('zip too large without Zip64');
  return concat(chunks, offset + end.length);
}

function concat(chunks: readonly Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
