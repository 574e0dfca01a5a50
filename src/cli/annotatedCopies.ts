/**
 * `validate --annotate DIR`: where the copies go, decided before any work — distinct names, never a
 * file being checked, never a file that is not an earlier copy (that one only with --force) — and
 * what became of each, said line by line.
 */
import { basename, dirname, join } from 'node:path';
import { annotatedFileName, annotatedFileNames, type AnnotatedFile } from '../app/validate';
import type { CopyLine } from '../i18n/fileAccess';
import type { FileIdentity, FileSystem } from './fileSystem';
import type { InputFile } from './inputs';
import { inspectTarget, judgeTarget } from './outputTarget';

/** `paths`: every input, in order (refused ones too: names stay aligned with the results). */
export async function annotatedTargets(
  fs: FileSystem,
  dir: string,
  paths: readonly string[],
  files: readonly InputFile[],
  force: boolean,
): Promise<{ ok: true; names: string[] } | { ok: false; problems: string[] }> {
  const here = await fs.realpath(dir).catch(() => dir);
  // The files being checked that sit in DIR itself: no copy may take their names.
  const avoid = new Set<string>();
  for (const file of files) if ((await fs.realpath(dirname(file.path)).catch(() => dirname(file.path))) === here) avoid.add(basename(file.path));
  const names = annotatedFileNames(paths, avoid);
  const byIdentity = new Map<FileIdentity, string>(files.map((f) => [f.identity, f.path]));
  const problems: string[] = [];
  for (const name of names) {
    const path = join(dir, name);
    const verdict = judgeTarget(path, await inspectTarget(fs, path), 'annotated', byIdentity, force);
    if (!verdict.ok) problems.push(verdict.message);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, names };
}

/** A copy named otherwise than the plain `<nom>_controle.xlsx` says which file it is a copy of. */
export function copyLines(written: readonly AnnotatedFile[], paths: readonly string[]): CopyLine[] {
  return written.map((w, i) => {
    const file = paths[i] ?? w.file;
    if (w.written !== null) return basename(w.written) === annotatedFileName(file) ? { kind: 'written', path: w.written } : { kind: 'written', path: w.written, copyOf: file };
    if (w.reason === 'refused') return { kind: 'refused', file };
    return { kind: w.reason, file, detail: w.detail };
  });
}
