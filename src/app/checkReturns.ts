/**
 * Import and validate: every returned workbook a surface hands over, in order, read and checked
 * — the use case behind `ctg validate`, `ctg consolidate` and the pane's « Retours » step. One
 * refused or broken file is that file's result; the next is still read. A file over the reader's
 * cap is refused from its announced size, before a byte of it is read.
 */
import type { Plan } from '../plan/schema';
import { baseName } from '../returns/fileName';
import { indexPlan } from '../returns/planIndex';
import { templateReach } from '../returns/reach';
import { refusedResult, type ReturnResult } from '../returns/result';
import type { ReturnReader, ReturnSource, SourceRead } from './returnSource';
import { throwIfCancelled, type RunContext } from './run';
import { contentHash } from './contentHash';
import { validateGrids, validateReturn, type ValidateOptions } from './validate';

/**
 * One return once read and checked: its bytes kept for the annotated copy when asked, null when
 * refused; `hash`, the SHA-256 of its bytes (a campaign recognises a file taken in again by it).
 */
export type CheckedReturn = { fileName: string; fileDate: string | null; bytes: Uint8Array | null; result: ReturnResult; hash?: string };

/**
 * `keep`: the bytes stay with each result (the annotated copies need them); `drop`: each file's
 * bytes are let go once checked, so that a run over many files never holds more than one.
 */
export type BytesKept = 'keep' | 'drop';

/** The checks' own settings beyond the run's clock (plausibility thresholds). */
export type CheckSettings = Pick<ValidateOptions, 'plausibility'>;

export async function checkReturns(plan: Plan, sources: readonly ReturnSource[], reader: ReturnReader, run: RunContext, bytes: BytesKept, settings: CheckSettings = {}): Promise<CheckedReturn[]> {
  // One plan index and one reach for every file; the run's `now` judges each `generated_at`.
  const reach = templateReach(plan);
  const options: ValidateOptions = { ...settings, index: indexPlan(plan), reach, now: run.now, asOf: run.asOf };
  const checked: CheckedReturn[] = [];
  for (const [i, source] of sources.entries()) {
    throwIfCancelled(run);
    run.progress?.({ done: i, total: sources.length, label: baseName(source.name) });
    if (source.readGrids !== undefined) {
      // The same checks as a file's, on the grids of a workbook open in Excel: one road for both.
      const grids = await source.readGrids(reach);
      checked.push({ fileName: source.name, fileDate: source.modified, bytes: null, result: validateGrids(plan, source.name, grids, options) });
      continue;
    }
    const read = await readWithin(source, reader);
    const result = read.ok ? await validateReturn(plan, { fileName: source.name, bytes: read.bytes }, reader, options) : read.refused;
    const hash = read.ok ? await contentHash(read.bytes) : undefined;
    checked.push({ fileName: source.name, fileDate: source.modified, bytes: read.ok && bytes === 'keep' ? read.bytes : null, result, ...(hash !== undefined ? { hash } : {}) });
  }
  run.progress?.({ done: sources.length, total: sources.length, label: '' });
  return checked;
}

/** The bytes of a source within the reader's cap: announced too large, it is never read. */
async function readWithin(source: ReturnSource, reader: ReturnReader): Promise<SourceRead> {
  if (source.size !== null && source.size > reader.maxBytes) return tooLarge(source.name, source.size, reader);
  const read = await source.read();
  // A source that said less than it gave (or said nothing) is held to the same cap.
  return read.ok && read.bytes.length > reader.maxBytes ? tooLarge(source.name, read.bytes.length, reader) : read;
}

function tooLarge(name: string, size: number, reader: ReturnReader): SourceRead {
  return { ok: false, refused: refusedResult(name, { code: 'too_large', params: { size, max: reader.maxBytes } }) };
}
