/**
 * Progress is drawn only on a terminal: a log or a pipe keeps one summary line per task, never a
 * bar per step (a demo log once held 24 bars stuck at « 11/12 »).
 */
import { processOutput } from '../../src/cli/output';
import { terminalProgress } from '../../src/cli/progress';

function stepsWritten(isTTY: boolean): string {
  const written: string[] = [];
  const descriptor = Object.getOwnPropertyDescriptor(process.stderr, 'isTTY');
  Object.defineProperty(process.stderr, 'isTTY', { value: isTTY, configurable: true });
  const write = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
  try {
    const progress = terminalProgress('Génération', processOutput);
    for (let done = 0; done <= 3; done++) progress({ done, total: 3, label: done < 3 ? `commune ${done + 1}` : '' });
  } finally {
    write.mockRestore();
    if (descriptor !== undefined) Object.defineProperty(process.stderr, 'isTTY', descriptor);
    else delete (process.stderr as { isTTY?: boolean }).isTTY;
  }
  return written.join('');
}

it.each([
  { where: 'a log or a pipe', isTTY: false, lines: ['Génération : 3/3'] },
  { where: 'a terminal', isTTY: true, lines: [expect.stringMatching(/^(\r[^\r]+){4}$/)] },
])('on $where, the progress of four steps leaves $lines.length line(s)', ({ isTTY, lines }) => {
  const text = stepsWritten(isTTY);
  expect(text.endsWith('\n')).toBe(true);
  expect(text.slice(0, -1).split('\n')).toEqual(lines);
});

it('on a terminal, each step overwrites the bar of the one before, and the last shows every step done', () => {
  const bars = stepsWritten(true).split('\r').filter((b) => b !== '');
  expect(bars.map((b) => /\d+\/3/.exec(b)?.[0])).toEqual(['0/3', '1/3', '2/3', '3/3']);
  expect(bars[1]).toContain('commune 2');
});
