/**
 * Bounded inflate of one zip entry (raw DEFLATE), behind a tiny interface so that each platform
 * can supply its own: `streamInflate` uses the standard `DecompressionStream` (browsers, Node ≥ 18),
 * `nodeInflate` (inflateNode.ts) Node's zlib. Both stop as soon as the output would pass `maxOutput`
 * bytes: an entry that inflates beyond the size its zip directory declared is never held in memory.
 */
import { concatBytes } from './bytes';

/** Inflates raw DEFLATE data; rejects with `InflateLimitError` beyond `maxOutput` bytes. */
export type Inflate = (data: Uint8Array, maxOutput: number) => Promise<Uint8Array>;

export class InflateLimitError extends Error {
  constructor(readonly maxOutput: number) {
    super(`Inflated data exceeds ${maxOutput} bytes`);
    this.name = 'InflateLimitError';
  }
}

export const streamInflate: Inflate = async (data, maxOutput) => {
  const stream = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxOutput) {
      await reader.cancel();
      throw new InflateLimitError(maxOutput);
    }
    chunks.push(value);
  }
  return concatBytes(chunks);
};
