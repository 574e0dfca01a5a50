/** Writing files so that a failure never leaves a half-written one: temporary name, then rename. */
import { randomBytes } from 'node:crypto';
import { access, constants, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export async function writeAtomically(path: string, bytes: Uint8Array): Promise<void> {
  const temporary = `${path}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Create the folder if needed and check it can be written to, before any work is done. */
export async function ensureWritableFolder(dir: string): Promise<{ ok: true } | { ok: false; reason: string }> {
  try {
    await mkdir(dir, { recursive: true });
    await access(dir, constants.W_OK);
    const probe = join(dir, `.ctg-${randomBytes(4).toString('hex')}`);
    await writeFile(probe, '');
    await rm(probe);
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
}

export function folderWriter(dir: string) {
  return async (fileName: string, bytes: Uint8Array): Promise<string> => {
    const path = join(dir, fileName);
    await writeAtomically(path, bytes);
    return path;
  };
}
