/** The files the adviser vouches for with `--confirm-identity`, checked against the files given. */
import { baseName } from '../returns/fileName';

/**
 * `--confirm-identity a.xlsx,retours/b.xlsx`: the files the adviser vouches for, by name (with or
 * without their folder), as the consolidation knows them (their name without folder).
 */
export function confirmedFiles(text: string | undefined, paths: readonly string[]): { ok: true; files: string[] } | { ok: false; unknown: string[] } {
  const given = (text ?? '').split(',').map((n) => n.trim()).filter((n) => n !== '');
  const names = new Set(paths.map(baseName));
  const unknown = given.filter((n) => !names.has(baseName(n)));
  return unknown.length > 0 ? { ok: false, unknown } : { ok: true, files: given.map(baseName) };
}
