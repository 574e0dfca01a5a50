/** The import use case over files already in memory, as tests give them: no size cap, the reader given. */
import { checkReturns, type CheckedReturn } from '../../src/app/checkReturns';
import { memorySource, type ReadGrids } from '../../src/app/returnSource';
import { runContext, type RunOptions } from '../../src/app/run';
import type { Plan } from '../../src/plan/schema';

export function checkFiles(
  plan: Plan,
  files: ReadonlyArray<{ fileName: string; bytes: Uint8Array; fileDate?: string | null }>,
  readGrids: ReadGrids,
  run: RunOptions = { now: new Date().toISOString() },
): Promise<CheckedReturn[]> {
  const reader = { readGrids, maxBytes: Number.POSITIVE_INFINITY };
  return checkReturns(plan, files.map((f) => memorySource(f.fileName, f.bytes, f.fileDate ?? null)), reader, runContext(run), 'drop');
}
