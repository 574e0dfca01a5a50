/** Node's zlib as a bounded `Inflate`: synchronous, with `maxOutputLength` as the bound. */
import { inflateRawSync } from 'node:zlib';
import { InflateLimitError, type Inflate } from './inflate';

export const nodeInflate: Inflate = async (data, maxOutput) => {
  try {
    // maxOutputLength must be ≥ 1; an entry declared empty that inflates to one byte is caught below.
    const out = inflateRawSync(data, { maxOutputLength: Math.max(1, maxOutput) });
    if (out.length > maxOutput) throw new InflateLimitError(maxOutput);
    return new Uint8Array(out.buffer, out.byteOffset, out.length);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new InflateLimitError(maxOutput);
    throw error;
  }
};
