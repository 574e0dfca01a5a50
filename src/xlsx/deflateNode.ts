/** Node's zlib as the zip writer's `Deflate`: synchronous, in C, the level JSZip used (6). */
import * as zlib from 'node:zlib';
import { crc32 } from './crc32';
import type { Deflate } from './deflate';

export const nodeDeflate: Deflate = {
  raw: async (data) => {
    const out = zlib.deflateRawSync(data, { level: 6 });
    return new Uint8Array(out.buffer, out.byteOffset, out.length);
  },
  // zlib.crc32 came with Node 20.15; the engines field allows any Node 20.
  crc32: typeof zlib.crc32 === 'function' ? (data) => zlib.crc32(data) : crc32,
};
