/**
 * `npm run bench`: each scenario in its own process (so peak memory is its own), figures printed
 * as a Markdown table to paste into BENCHMARKS.md. Benchmarks, not timed tests: nothing fails.
 */
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { join } from 'node:path';
import type { Measurement } from './measure';

const scenarios = (process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['generate']).map((name) => join(__dirname, 'scenarios', `${name}.ts`));

const results: Measurement[] = [];
for (const file of scenarios) {
  const output = execFileSync(process.execPath, ['--import', 'tsx', file], { encoding: 'utf8', maxBuffer: 1 << 26 });
  for (const line of output.split('\n').filter((l) => l.startsWith('{'))) results.push(JSON.parse(line) as Measurement);
}

const cpu = cpus()[0]?.model ?? 'unknown CPU';
process.stdout.write(`Node ${process.version}, ${cpus().length} × ${cpu}, ${new Date().toISOString().slice(0, 10)}\n\n`);
for (const { scenario, figures } of results) {
  process.stdout.write(`### ${scenario}\n\n| measure | value |\n|---|---|\n`);
  for (const [name, value] of Object.entries(figures)) process.stdout.write(`| ${name} | ${value} |\n`);
  process.stdout.write('\n');
}
