/** One listed input, read within its bounds: its bytes, or its refusal as that file's result. */
import { inputWords } from '../i18n/cli/fr';
import { renderFinding } from '../i18n/findings';
import { refusedResult, type ReturnResult } from '../returns/result';
import type { FileSystem } from './fileSystem';
import { readInput, type InputEntry, type InputRefusal, type ReadCaps } from './inputs';

export type LoadedInput = { path: string; modified: string | null } & ({ bytes: Uint8Array } | { refused: ReturnResult });

/** A file refused before its bytes reached the .xlsx guards: one `file_refused` finding. */
export function refusedInput(path: string, refusal: InputRefusal): ReturnResult {
  return refusedResult(path, refusal);
}

export async function loadInput(fs: FileSystem, entry: InputEntry, caps?: ReadCaps): Promise<LoadedInput> {
  if (entry.kind === 'refused') return { path: entry.path, modified: null, refused: refusedInput(entry.path, entry.refusal) };
  const read = await readInput(fs, entry.path, caps);
  return read.ok ? { path: entry.path, modified: entry.modified, bytes: read.bytes } : { path: entry.path, modified: entry.modified, refused: refusedInput(entry.path, read.refusal) };
}

/** « chemin — motif » for every refused file, to say at the end of a run what was refused and why. */
export function refusals(paths: readonly string[], results: readonly ReturnResult[]): Array<{ file: string; reason: string }> {
  return results.flatMap((r, i) => {
    if (r.status !== 'refused') return [];
    const refusal = r.findings[0];
    return [{ file: paths[i] ?? r.file, reason: refusal !== undefined ? renderFinding(refusal) : inputWords.refused }];
  });
}
