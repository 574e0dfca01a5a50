/** Progress on the terminal (stderr, so `--json` output stays clean), as a bar with a label. */
import type { Progress } from '../app/generate';
import type { Output } from './output';

export function terminalProgress(verb: string, output: Output): Progress {
  return ({ done, total, label }) => {
    const width = 24;
    const filled = total === 0 ? width : Math.round((done / total) * width);
    const bar = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(done).padStart(String(total).length)}/${total}`;
    output.progress?.({ bar: `${verb} ${bar} ${label}`, summary: `${verb} : ${done}/${total}`, last: done === total });
  };
}
