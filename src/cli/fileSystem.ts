/**
 * The command line's file port: the few file-system calls it makes, in one place, so that a test
 * can make any of them fail (a full disk, a file it may not read) without a real full disk — and
 * without root, who can read every file, making EACCES impossible to produce for real here.
 */
import * as fs from 'node:fs/promises';

export type FileSystem = Pick<typeof fs, 'lstat' | 'stat' | 'readdir' | 'realpath' | 'open' | 'writeFile' | 'rename' | 'rm' | 'mkdir' | 'access'>;

export const nodeFileSystem: FileSystem = fs;

/** The system's error code (ENOSPC, EACCES…), or a neutral word for anything else. */
export function errnoOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' && code !== '' ? code : 'erreur';
}

/** Identity of a file on this machine: the same file through a symlink or a hard link has the same one. */
export type FileIdentity = string;

export function identityOf(stats: { dev: number; ino: number }): FileIdentity {
  return `${stats.dev}:${stats.ino}`;
}
