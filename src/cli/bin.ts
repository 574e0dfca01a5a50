/** The program `ctg` (built by scripts/build-cli.cjs into dist-cli/): runs the command line on its arguments. */
import { runProgram } from './main';

// A reader that stops early (`ctg plan | head`) closes the pipe: what is left unwritten is not an
// error of ours, so no stack trace; the command ends as Unix filters do, quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
});

void runProgram(process.argv.slice(2));
