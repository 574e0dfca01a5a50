/** The program `ctg` (built by scripts/build-cli.cjs into dist-cli/): runs the command line on its arguments. */
import { runProgram } from './main';

void runProgram(process.argv.slice(2));
