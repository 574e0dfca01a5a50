/** Where the command line writes: JSON on stdout only when asked, messages for people on stderr. */
export type Output = {
  out: (text: string) => void;
  err: (text: string) => void;
  /** A progress line; on a terminal it overwrites the previous one. Optional: tests leave it out. */
  progress?: (line: string, last: boolean) => void;
};

export const processOutput: Output = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  progress: (line, last) => {
    if (process.stderr.isTTY) process.stderr.write(`\r${line.padEnd(100).slice(0, 100)}${last ? '\n' : ''}`);
    else if (!last) process.stderr.write(`${line}\n`);
  },
};

/** Exit codes: 0 done, 1 the input has errors (an invalid plan, a return with errors), 2 unusable arguments. */
export type ExitCode = 0 | 1 | 2;
