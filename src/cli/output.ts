/** One step of a long task: the bar drawn on a terminal, the line a log keeps once the task is done. */
export type ProgressStep = { bar: string; summary: string; last: boolean };

/** Where the command line writes: JSON on stdout only when asked, messages for people on stderr. */
export type Output = {
  out: (text: string) => void;
  err: (text: string) => void;
  /**
   * A progress step. On a terminal the bar overwrites the previous one; elsewhere (a log, a pipe)
   * only the summary of the last step is written: a log must not keep one stale bar per step.
   * Optional: tests leave it out.
   */
  progress?: (step: ProgressStep) => void;
};

export const processOutput: Output = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  progress: ({ bar, summary, last }) => {
    if (process.stderr.isTTY) process.stderr.write(`\r${bar.padEnd(100).slice(0, 100)}${last ? '\n' : ''}`);
    else if (last) process.stderr.write(`${summary}\n`);
  },
};

/** Exit codes: 0 done, 1 the input has errors (an invalid plan, a return with errors), 2 unusable arguments. */
export type ExitCode = 0 | 1 | 2;
