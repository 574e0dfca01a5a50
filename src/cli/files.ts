/** Writing files so that a failure never leaves a half-written one: temporary name, then rename. */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { dirname, join } from 'node:path';
import { renderWriteFailure } from '../i18n/fileAccess';
import { errnoOf, nodeFileSystem, type FileSystem } from './fileSystem';

/** A write that failed, with the French message saying what to do (no stack trace for the user). */
export class WriteFailure extends Error {
  constructor(
    readonly path: string,
    readonly errno: string,
  ) {
    super(renderWriteFailure(path, errno));
    this.name = 'WriteFailure';
  }
}

/**
 * The temporary file is a short hidden name beside the target (not the target's name plus a
 * suffix): a target whose name is near the system's 255-byte limit can still be written.
 */
export async function writeAtomically(path: string, bytes: Uint8Array, fs: FileSystem = nodeFileSystem): Promise<void> {
  const temporary = join(dirname(path), `.ctg-${randomBytes(6).toString('hex')}.tmp`);
  try {
    await fs.writeFile(temporary, bytes);
    await fs.rename(temporary, path);
  } catch (error) {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    throw new WriteFailure(path, errnoOf(error));
  }
}

/** Create the folder if needed and check it can be written to, before any work is done. */
export async function ensureWritableFolder(dir: string, fs: FileSystem = nodeFileSystem): Promise<{ ok: true } | { ok: false; reason: string }> {
  try {
    await fs.mkdir(dir, { recursive: true });
    await fs.access(dir, constants.W_OK);
    const probe = join(dir, `.ctg-${randomBytes(4).toString('hex')}`);
    await fs.writeFile(probe, '');
    await fs.rm(probe);
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: errnoOf(error) };
  }
}

export function folderWriter(dir: string, fs: FileSystem = nodeFileSystem) {
  return async (fileName: string, bytes: Uint8Array): Promise<string> => {
    const path = join(dir, fileName);
    await writeAtomically(path, bytes, fs);
    return path;
  };
}
