/**
 * `npm run bench`: each scenario in its own Node process (so its peak memory is its own), run
 * several rounds with the scenarios interleaved (so that a busy machine weighs on all of them
 * alike), figures printed as the median of the rounds in Markdown tables to paste into
 * BENCHMARKS.md. Benchmarks, not timed tests: nothing fails.
 *
 * `npm run bench -- [--runs=N] [scenario…]` (default: 3 runs of generate, read-bare, consolidate, excel, bilan).
 */
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { join } from 'node:path';
import type { Measurement } from './measure';

const args = process.argv.slice(2);
const runs = Math.max(1, Number(args.find((a) => a.startsWith('--runs='))?.slice('--runs='.length) ?? 3) || 3);
const names = args.filter((a) => !a.startsWith('--'));
const defaults = ['generate', 'read-bare', 'consolidate', 'excel', 'bilan'];
const scenarios = (names.length > 0 ? names : defaults).map((name) => join(__dirname, 'scenarios', `${name}.ts`));

const rounds: Measurement[][] = [];
for (let round = 0; round < runs; round++) {
  const results: Measurement[] = [];
  for (const file of scenarios) {
    const output = execFileSync(process.execPath, ['--import', 'tsx', file], { encoding: 'utf8', maxBuffer: 1 << 26 });
    for (const line of output.split('\n').filter((l) => l.startsWith('{'))) results.push(JSON.parse(line) as Measurement);
  }
  rounds.push(results);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : Math.round((sorted[middle - 1]! + sorted[middle]!) / 2);
}

/** Per scenario, each figure as the median of the rounds (text figures as in the first round). */
const merged: Measurement[] = rounds[0]!.map(({ scenario, figures }) => ({
  scenario,
  figures: Object.fromEntries(
    Object.entries(figures).map(([name, value]): [string, number | string] => {
      if (typeof value !== 'number') return [name, value];
      return [name, median(rounds.map((r) => r.find((m) => m.scenario === scenario)?.figures[name]).filter((v): v is number => typeof v === 'number'))];
    }),
  ),
}));

const cpu = cpus()[0]?.model ?? 'unknown CPU';
process.stdout.write(`Node ${process.version}, ${cpus().length} × ${cpu}, ${new Date().toISOString().slice(0, 10)}; median of ${runs} run${runs > 1 ? 's' : ''}\n\n`);
for (const { scenario, figures } of merged) {
  process.stdout.write(`### ${scenario}\n\n| measure | value |\n|---|---|\n`);
  for (const [name, value] of Object.entries(figures)) process.stdout.write(`| ${name} | ${value} |\n`);
  process.stdout.write('\n');
}

// The consolidation's goal is stated against the floor of its design: ExcelJS reading the same files.
const totals = (results: Measurement[], prefix: string) => results.find((r) => r.scenario.startsWith(prefix))?.figures['total (ms)'];
const ratios = rounds
  .map((r) => [totals(r, 'consolidate'), totals(r, 'bare ExcelJS read')])
  .filter((pair): pair is [number, number] => typeof pair[0] === 'number' && typeof pair[1] === 'number')
  .map(([whole, floor]) => whole / floor);
if (ratios.length > 0) {
  const [whole, floor] = [totals(merged, 'consolidate') as number, totals(merged, 'bare ExcelJS read') as number];
  process.stdout.write(
    `Consolidation, whole pipeline / bare ExcelJS read: ${whole} / ${floor} ms = ${(whole / floor).toFixed(2)}× (rounds: ${ratios.map((r) => r.toFixed(2)).join(', ')}; goal: 1.25×)\n`,
  );
}
