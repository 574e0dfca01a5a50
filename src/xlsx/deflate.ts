/**
 * Raw DEFLATE and CRC-32 for writing a zip, behind a tiny interface so that each platform supplies
 * its own (as `Inflate` does for reading): `streamDeflate` uses the standard `CompressionStream`
 * (browsers, Node ≥ 18) and the CRC-32 in JavaScript; `nodeDeflate` (deflateNode.ts) Node's zlib,
 * several times faster than JSZip's JavaScript deflate.
 */
import { crc32 } from './crc32';

export type Deflate = {
  /** The entry's bytes as raw DEFLATE data; `undefined` where the platform cannot (the entry is then stored). */
  raw(data: Uint8Array): Promise<Uint8Array | undefined>;
  crc32(data: Uint8Array): number;
};

export const streamDeflate: Deflate = {
  async raw(data) {
    if (typeof CompressionStream === 'undefined') return undefined;
    const stream = new Blob([data as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  },
  crc32,
};
