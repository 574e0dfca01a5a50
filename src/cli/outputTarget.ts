/**
 * Where a command may write: never over one of its inputs (the same file, whatever the path —
 * compared by device and inode, so through a symlinked folder or a hard link too), never over a
 * file that is not ours; over a previous output of the same kind only with --force.
 */
import { renderOutputTarget } from '../i18n/fileAccess';
import { nodeInflate } from '../xlsx/inflateNode';
import { ownOutputKind, type OwnOutputKind } from '../xlsx/ownOutput';
import { identityOf, type FileIdentity, type FileSystem } from './fileSystem';
import { readInput } from './inputs';

export type TargetState =
  | { exists: false }
  | { exists: true; entry: 'file'; identity: FileIdentity; kind: OwnOutputKind | null }
  | { exists: true; entry: 'directory' | 'symlink' | 'special'; identity: FileIdentity | null };

export async function inspectTarget(fs: FileSystem, path: string): Promise<TargetState> {
  let info;
  try {
    info = await fs.lstat(path);
  } catch {
    // Nothing there (or nothing we can see): the write itself will say what went wrong, if anything.
    return { exists: false };
  }
  if (info.isSymbolicLink()) {
    const followed = await fs.stat(path).catch(() => null);
    return { exists: true, entry: 'symlink', identity: followed !== null ? identityOf(followed) : null };
  }
  if (info.isDirectory()) return { exists: true, entry: 'directory', identity: identityOf(info) };
  if (!info.isFile()) return { exists: true, entry: 'special', identity: identityOf(info) };
  const read = await readInput(fs, path);
  return { exists: true, entry: 'file', identity: identityOf(info), kind: read.ok ? await ownOutputKind(read.bytes, nodeInflate) : null };
}

export type TargetVerdict = { ok: true; replaces: boolean } | { ok: false; message: string };

/** `inputs`: identity → path of every file the command reads. */
export function judgeTarget(path: string, state: TargetState, wanted: OwnOutputKind, inputs: ReadonlyMap<FileIdentity, string>, force: boolean): TargetVerdict {
  if (!state.exists) return { ok: true, replaces: false };
  const input = state.identity !== null ? inputs.get(state.identity) : undefined;
  if (input !== undefined) return { ok: false, message: renderOutputTarget('is_input', path, { input }) };
  if (state.entry !== 'file') return { ok: false, message: renderOutputTarget('not_a_file', path, { kind: state.entry }) };
  if (state.kind !== wanted) return { ok: false, message: renderOutputTarget('foreign', path, { kind: wanted }) };
  if (!force) return { ok: false, message: renderOutputTarget('previous_output', path, { kind: wanted }) };
  return { ok: true, replaces: true };
}
