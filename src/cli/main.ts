/** The command line: `npm run --silent ctg -- <commande> [options]`. */
import { UsageError } from './args';
import { consolidateCommand, consolidateUsage } from './commands/consolidate';
import { demoCommand } from './commands/demo';
import { defaultPlan } from '../plan/default';
import { generateCommand, generateUsage, respondentsHelp } from './commands/generate';
import { planCommand, planUsage } from './commands/plan';
import { validateCommand, validateUsage } from './commands/validate';
import { WriteFailure } from './files';
import { nodeFileSystem, type FileSystem } from './fileSystem';
import { renderUnexpected } from '../i18n/fileAccess';
import { processOutput, type ExitCode, type Output } from './output';

/** `fs`: the file port (src/cli/fileSystem.ts); tests pass one that fails on purpose. */
type Command = (argv: readonly string[], output: Output, fs: FileSystem) => Promise<ExitCode>;

const commands: Record<string, { run: Command; usage: string; summary: string }> = {
  plan: { run: planCommand, usage: planUsage, summary: 'résumé du plan, ou le plan entier en JSON' },
  generate: { run: generateCommand, usage: generateUsage, summary: 'classeurs de recueil, un par répondant' },
  validate: { run: validateCommand, usage: validateUsage, summary: 'contrôle des classeurs retournés, anomalie par anomalie' },
  consolidate: { run: consolidateCommand, usage: consolidateUsage, summary: 'consolidation de tous les retours en un classeur qui trace chaque chiffre' },
  demo: { run: demoCommand, usage: 'ctg demo', summary: 'démonstration sur le plan intégré' },
};

function help(): string {
  const lines = ['Usage : npm run --silent ctg -- <commande> [options]', '', 'Commandes :'];
  for (const [name, command] of Object.entries(commands)) lines.push(`  ${name.padEnd(10)} ${command.summary}`, `             ${command.usage}`);
  lines.push('', respondentsHelp(defaultPlan()));
  return lines.join('\n');
}

export async function main(argv: readonly string[], output: Output = processOutput, fs: FileSystem = nodeFileSystem): Promise<ExitCode> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === 'aide') {
    output.out(help());
    return name === undefined ? 2 : 0;
  }
  const command = commands[name];
  if (command === undefined) {
    output.err(`Commande inconnue : « ${name} ».\n\n${help()}`);
    return 2;
  }
  try {
    return await command.run(rest, output, fs);
  } catch (error) {
    if (error instanceof UsageError) {
      output.err(`${error.message}\nUsage : ${command.usage}`);
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

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${renderUnexpected(String((error as Error | null)?.message ?? error))}\n`);
      process.exitCode = 1;
    },
  );
}
