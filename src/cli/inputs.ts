/**
 * The files a command is given: listed with `lstat` (a folder stands for the workbooks it holds),
 * and opened only when they are regular files, with a size bound and a time bound. A FIFO or a
 * link to /dev/zero named `*.xlsx` would otherwise block forever or grow without end (their size
 * reads 0, so a size guard alone lets them through). A file that cannot be opened is that file's
 * refusal; the others are still read.
 */
import { constants, type Stats } from 'node:fs';
import { join } from 'node:path';
import type { FileAccessCode } from '../i18n/fileAccess';
import { inputWords } from '../i18n/cli/fr';
import { errnoOf, identityOf, type FileIdentity, type FileSystem } from './fileSystem';

export type InputFile = { kind: 'file'; path: string; size: number; modified: string; identity: FileIdentity };

/** `too_large` is the .xlsx guards' own reason (src/xlsx/guards.ts), decided here from the size alone. */
export type InputRefusal = { code: FileAccessCode | 'too_large'; params: Record<string, string | number> };

export type RefusedInput = { kind: 'refused'; path: string; refusal: InputRefusal };

export type InputEntry = InputFile | RefusedInput;

export type InputListing = {
  /** In the order given; a folder's workbooks in name order. */
  entries: InputEntry[];
  /** Folders named like workbooks, skipped. */
  skipped: string[];
  /** Paths given that cannot be used at all (missing, empty folder): the command stops with exit code 2. */
  problems: string[];
};

export type ListOptions = {
  /** Sub-folders too (consolidate), or only the files a folder holds (validate). */
  recursive: boolean;
  /** Files met inside a folder that are not inputs (the command's own previous output). */
  exclude?: ReadonlySet<FileIdentity>;
};

export const isWorkbookName = (name: string) => /\.xls[xm]?$/i.test(name) && !name.startsWith('~$');

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function specialKind(info: Stats): string {
  if (info.isDirectory()) return 'directory';
  if (info.isFIFO()) return 'fifo';
  if (info.isCharacterDevice()) return 'character_device';
  if (info.isBlockDevice()) return 'block_device';
  if (info.isSocket()) return 'socket';
  return 'other';
}

/** A system error while opening or reading, as the file's refusal. */
export function accessRefusal(error: unknown): InputRefusal {
  const errno = errnoOf(error);
  if (errno === 'EACCES' || errno === 'EPERM') return { code: 'access_denied', params: { errno } };
  if (errno === 'ENAMETOOLONG') return { code: 'name_too_long', params: { errno } };
  return { code: 'unreadable', params: { errno } };
}

export async function listInputs(fs: FileSystem, paths: readonly string[], options: ListOptions): Promise<InputListing> {
  const listing: InputListing = { entries: [], skipped: [], problems: [] };
  const exclude = options.exclude ?? new Set<FileIdentity>();

  const addFile = (path: string, info: Stats) => {
    if (info.isFile()) listing.entries.push({ kind: 'file', path, size: info.size, modified: info.mtime.toISOString(), identity: identityOf(info) });
    else listing.entries.push({ kind: 'refused', path, refusal: { code: 'not_regular', params: { kind: specialKind(info) } } });
  };

  /** A folder's workbooks (and, when recursive, its sub-folders'); how many entries it gave. */
  const visitFolder = async (dir: string): Promise<number> => {
    const before = listing.entries.length;
    for (const entry of (await fs.readdir(dir, { withFileTypes: true })).sort((a, b) => byName(a.name, b.name))) {
      const path = join(dir, entry.name);
      if (!isWorkbookName(entry.name)) {
        // Sub-folders only, never through a link: a link to a parent folder would loop.
        if (options.recursive && entry.isDirectory()) await visitFolder(path);
        continue;
      }
      let info: Stats;
      try {
        info = entry.isSymbolicLink() ? await fs.stat(path) : await fs.lstat(path);
      } catch (error) {
        listing.entries.push({ kind: 'refused', path, refusal: accessRefusal(error) });
        continue;
      }
      if (info.isDirectory()) listing.skipped.push(path);
      else if (!exclude.has(identityOf(info))) addFile(path, info);
    }
    return listing.entries.length - before;
  };

  for (const path of paths) {
    try {
      // A path given is followed through a link: the user named it.
      const info = await fs.stat(path);
      if (info.isDirectory()) {
        if ((await visitFolder(path)) === 0) listing.problems.push(inputWords.emptyFolder(path));
      } else addFile(path, info);
    } catch (error) {
      listing.problems.push(inputWords.unreadable(path, errnoOf(error)));
    }
  }
  return listing;
}

export type ReadCaps = { maxBytes: number; timeoutMs: number };

/** 20 MB, the .xlsx guards' own cap; 30 s is far beyond a local read of 20 MB. */
export const defaultReadCaps: ReadCaps = { maxBytes: 20 * 1024 * 1024, timeoutMs: 30_000 };

export type ReadOutcome = { ok: true; bytes: Uint8Array } | { ok: false; refusal: InputRefusal };

/**
 * The bytes of a file listed as regular, checked again once open (it may have been swapped since
 * it was listed): opened without blocking (a FIFO's open would wait for a writer), its size read
 * from the open file, at most `maxBytes` + 1 bytes read, within `timeoutMs`.
 */
export async function readInput(fs: FileSystem, path: string, caps: ReadCaps = defaultReadCaps): Promise<ReadOutcome> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<ReadOutcome>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, refusal: { code: 'read_timeout', params: { seconds: Math.round(caps.timeoutMs / 1000) } } }), caps.timeoutMs);
  });
  try {
    return await Promise.race([readBounded(fs, path, caps.maxBytes), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function readBounded(fs: FileSystem, path: string, maxBytes: number): Promise<ReadOutcome> {
  let handle: Awaited<ReturnType<FileSystem['open']>>;
  try {
    handle = await fs.open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return { ok: false, refusal: accessRefusal(error) };
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { ok: false, refusal: { code: 'not_regular', params: { kind: specialKind(info) } } };
    if (info.size > maxBytes) return { ok: false, refusal: { code: 'too_large', params: { size: info.size, max: maxBytes } } };
    // One byte more than announced: a file still growing is seen, not cut silently.
    const buffer = new Uint8Array(info.size + 1);
    let total = 0;
    while (total < buffer.length) {
      const { bytesRead } = await handle.read(buffer, total, buffer.length - total, total);
      if (bytesRead === 0) break;
      total += bytesRead;
    }
    if (total > info.size) return { ok: false, refusal: { code: 'unreadable', params: { errno: inputWords.changedWhileRead } } };
    return { ok: true, bytes: buffer.subarray(0, total) };
  } catch (error) {
    return { ok: false, refusal: accessRefusal(error) };
  } finally {
    await handle.close().catch(() => undefined);
  }
}
