/**
 * `ctg validate FILE... [--plan FILE] [--json] [--annotate DIR [--force]]`: check returned
 * collection workbooks. A French report by file and sheet, or JSON only on stdout; a marked-up
 * copy of each file in DIR. Exit code 0 when no file has an error, 1 when some has, is refused or
 * could not be marked up, 2 for unusable arguments. The files received are only read, never
 * written; a copy never replaces a file that is not an earlier copy (that one only with --force).
 */
import { join } from 'node:path';
import { checkReturns } from '../../app/checkReturns';
import { runContext } from '../../app/run';
import { annotateReturns, exitCodeOf, validationJson } from '../../app/validate';
import { renderCopyLine, renderRefusedList, renderSkippedDirectory } from '../../i18n/fileAccess';
import { formatValidationReport } from '../../i18n';
import { validationReport } from '../../returns/validationReport';
import { annotatedTargets, copyLines } from '../annotatedCopies';
import { parseArgs } from '../args';
import { ensureWritableFolder, writeAtomically } from '../files';
import { nodeFileSystem, type FileSystem } from '../fileSystem';
import { listInputs, type InputFile } from '../inputs';
import { refusals } from '../loadInput';
import type { ExitCode, Output } from '../output';
import { folderWords, placeholders, progressWords, usageWords, validateWords } from '../../i18n/cli/fr';
import { terminalProgress } from '../progress';
import { resolvePlan } from '../resolvePlan';
import { returnSources } from '../returnSources';

export const validateUsage = usageWords.validate;

export async function validateCommand(argv: readonly string[], output: Output, fs: FileSystem = nodeFileSystem): Promise<ExitCode> {
  const args = parseArgs(argv, {
    plan: { kind: 'value', placeholder: placeholders.file },
    json: { kind: 'flag' },
    annotate: { kind: 'value', placeholder: placeholders.folder },
    force: { kind: 'flag' },
  });
  if (args.positionals.length === 0) {
    output.err(`${validateWords.filesMissing}\n${usageWords.line(validateUsage)}`);
    return 2;
  }
  const { entries, skipped, problems } = await listInputs(fs, args.positionals, { recursive: false });
  if (problems.length > 0) {
    for (const p of problems) output.err(p);
    return 2;
  }
  for (const path of skipped) output.err(renderSkippedDirectory(path));
  const annotateDir = args.values.get('annotate');
  if (args.flags.has('force') && annotateDir === undefined) {
    output.err(`${validateWords.forceWithoutAnnotate}\n${usageWords.line(validateUsage)}`);
    return 2;
  }
  let names: string[] = [];
  if (annotateDir !== undefined) {
    const folder = await ensureWritableFolder(annotateDir, fs);
    if (!folder.ok) {
      output.err(folderWords.notWritable(annotateDir, folder.reason));
      return 2;
    }
    const files = entries.filter((e): e is InputFile => e.kind === 'file');
    const targets = await annotatedTargets(fs, annotateDir, entries.map((e) => e.path), files, args.flags.has('force'));
    if (!targets.ok) {
      for (const p of targets.problems) output.err(p);
      return 2;
    }
    names = targets.names;
  }
  const choice = await resolvePlan(args.values.get('plan'), output, fs);
  if (!choice.ok) return 2;

  const { nodeReturnReader } = await import('../xlsxPorts');
  const run = runContext({ now: new Date().toISOString(), ...(entries.length > 1 ? { progress: terminalProgress(progressWords.checking, output) } : {}) });
  // Each file on its own: a refused one is that file's result, and the next is read. Its bytes are
  // kept only for its annotated copy.
  const checked = await checkReturns(choice.plan, returnSources(fs, entries), nodeReturnReader, run, annotateDir !== undefined ? 'keep' : 'drop');
  const results = checked.map((c) => c.result);

  const json = args.flags.has('json');
  if (json) output.out(JSON.stringify(validationJson(results), null, 2));
  else output.out(formatValidationReport(validationReport(results)));
  const say = json ? output.err : output.out;

  let annotationFailed = false;
  if (annotateDir !== undefined) {
    const { annotateReturn } = await import('../../xlsx/annotate');
    const files = checked.map((c) => ({ fileName: c.fileName, bytes: c.bytes ?? new Uint8Array(0) }));
    const written = await annotateReturns(results, files, {
      annotate: (bytes, findings, lang) => annotateReturn(bytes, findings, { lang }),
      write: async (name, bytes) => {
        const path = join(annotateDir, name);
        await writeAtomically(path, bytes, fs);
        return path;
      },
      names,
    });
    say(validateWords.annotated(annotateDir));
    const lines = copyLines(written, entries.map((e) => e.path));
    for (const line of lines) say(renderCopyLine(line));
    annotationFailed = lines.some((l) => l.kind === 'annotate_failed' || l.kind === 'write_failed');
  }
  const refused = renderRefusedList(refusals(entries.map((e) => e.path), results));
  if (refused !== '') say(`\n${refused}`);
  // A copy that could not be made is a failure the adviser must see in the exit code too.
  return annotationFailed ? 1 : exitCodeOf(results);
}

/** What the command line's table loads (src/cli/main.ts). */
export const command = { run: validateCommand, usage: validateUsage };
