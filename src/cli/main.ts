/** The command line: `npm run --silent ctg -- <commande> [options]`. */
import { UsageError } from './args';
import { defaultPlan } from '../plan/default';
import { WriteFailure } from './files';
import { nodeFileSystem, type FileSystem } from './fileSystem';
import { mainWords, usageIssueWords, usageWords } from '../i18n/cli/fr';
import { renderUnexpected } from '../i18n/fileAccess';
import { bilanCommandWords } from '../i18n/bilanCommand';
import { processOutput, type ExitCode, type Output } from './output';

/** `fs`: the file port (src/cli/fileSystem.ts); tests pass one that fails on purpose. */
type Command = (argv: readonly string[], output: Output, fs: FileSystem) => Promise<ExitCode>;

/** What a command's module gives: the command and its usage line. */
type Loaded = { run: Command; usage: string };

/**
 * Each command's module is loaded when that command runs, not before: `ctg plan` then never loads
 * ExcelJS and the report builders, which would cost more than the command itself (start-up, issue 13).
 */
const commands: Record<string, { load: () => Promise<{ command: Loaded }>; summary: string }> = {
  plan: { load: () => import('./commands/plan'), summary: mainWords.summaries.plan },
  generate: { load: () => import('./commands/generate'), summary: mainWords.summaries.generate },
  validate: { load: () => import('./commands/validate'), summary: mainWords.summaries.validate },
  consolidate: { load: () => import('./commands/consolidate'), summary: mainWords.summaries.consolidate },
  bilan: { load: () => import('./commands/bilan'), summary: bilanCommandWords.summary },
  demo: { load: () => import('./commands/demo'), summary: mainWords.summaries.demo },
};

async function help(): Promise<string> {
  const lines = [mainWords.help, '', mainWords.commands];
  for (const [name, command] of Object.entries(commands)) {
    const { usage } = (await command.load()).command;
    lines.push(`  ${name.padEnd(10)} ${command.summary}`, `             ${usage}`);
  }
  const { respondentsHelp } = await import('./respondentsOption');
  lines.push('', respondentsHelp(defaultPlan()));
  return lines.join('\n');
}

export async function main(argv: readonly string[], output: Output = processOutput, fs: FileSystem = nodeFileSystem): Promise<ExitCode> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === 'aide') {
    output.out(await help());
    return name === undefined ? 2 : 0;
  }
  const command = commands[name];
  if (command === undefined) {
    output.err(`${mainWords.unknownCommand(name)}\n\n${await help()}`);
    return 2;
  }
  const { run, usage } = (await command.load()).command;
  try {
    return await run(rest, output, fs);
  } catch (error) {
    if (error instanceof UsageError) {
      output.err(`${usageIssueWords[error.issue.code](error.issue)}\n${usageWords.line(usage)}`);
      return 2;
    }
    if (error instanceof WriteFailure) {
      output.err(error.message);
      return 2;
    }
    // Never a stack trace for the adviser: a French line, the detail only when asked for.
    output.err(renderUnexpected(String((error as Error | null)?.message ?? error).slice(0, 300)));
    if (process.env.CTG_DEBUG === '1') output.err(String((error as Error | null)?.stack ?? error));
    return 1;
  }
}

/** Runs the command line as a program: exit code set, never a stack trace (src/cli/bin.ts, the built `ctg`). */
export function runProgram(argv: readonly string[]): Promise<void> {
  return main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${renderUnexpected(String((error as Error | null)?.message ?? error))}\n`);
      process.exitCode = 1;
    },
  );
}
