/**
 * The command line's return sources: the files `listInputs` found (regular files only, by
 * `lstat`), each read when its turn comes, bounded in size and time (`loadInput`); a file refused
 * at listing (a FIFO, a device, access denied) answers with its refusal without being opened.
 */
import type { ReturnSource } from '../app/returnSource';
import type { FileSystem } from './fileSystem';
import type { InputEntry } from './inputs';
import { loadInput } from './loadInput';

export function returnSources(fs: FileSystem, entries: readonly InputEntry[]): ReturnSource[] {
  return entries.map((entry) => ({
    name: entry.path,
    size: entry.kind === 'file' ? entry.size : null,
    modified: entry.kind === 'file' ? entry.modified : null,
    read: async () => {
      const loaded = await loadInput(fs, entry);
      return 'refused' in loaded ? { ok: false, refused: loaded.refused } : { ok: true, bytes: loaded.bytes };
    },
  }));
}
