/** Runs the command line in-process with captured output, as the user would see it. */
import type { FileSystem } from '../../src/cli/fileSystem';
import { main } from '../../src/cli/main';
import type { Output } from '../../src/cli/output';

export async function runCli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  return runCliWith(undefined, ...argv);
}

/** The same, with the command line's file port replaced (a disk that fills up, a file that may not be read). */
export async function runCliWith(fs: FileSystem | undefined, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const output: Output = { out: (t) => out.push(t), err: (t) => err.push(t) };
  const code = await main(argv, output, fs);
  return { code, out: out.join('\n'), err: err.join('\n') };
}
