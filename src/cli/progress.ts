/** Progress on the terminal (stderr, so `--json` output stays clean): a bar when interactive, lines otherwise. */
import type { Progress } from '../app/generate';

export function terminalProgress(verb: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  return ({ done, total, label }) => {
    const width = 24;
    const filled = total === 0 ? width : Math.round((done / total) * width);
    const bar = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(done).padStart(String(total).length)}/${total}`;
    if (stream.isTTY) {
      stream.write(`\r${verb} ${bar} ${label}`.padEnd(100).slice(0, 100));
      if (done === total) stream.write('\n');
    } else if (done < total) {
      stream.write(`${verb} ${bar} ${label}\n`);
    }
  };
}
