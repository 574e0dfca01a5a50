/**
 * `npm run bench:process`: the command line as a user runs it — whole processes, start-up
 * included — against the floor of its design, a bare ExcelJS read of the same files in plain
 * Node (bench/bareRead.cjs). Rounds interleaved (floor, consolidate, plan, node alone, then again)
 * so that a busy machine weighs on all alike; wall time and peak RSS of each process (preloaded
 * bench/peakRss.cjs); medians printed as Markdown. Benchmarks, not timed tests: nothing fails.
 *
 * `npm run bench:process -- [--runs=N] [--before=DIR] [--built-before=DIR]` (default 5). The command
 * line is built first (npm run build:cli). `--before=DIR`: also the command line of another
 * checkout, run as it was before it was built ahead of time (`tsx src/cli/main.ts`, what `npm run
 * ctg` did). `--built-before=DIR`: also the built command line of another checkout (its
 * dist-cli/ctg.mjs, built there beforehand), for a before/after of the same rounds.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchReturns, returnsDir } from './scenarios/returns';

const runs = Math.max(1, Number(process.argv.find((a) => a.startsWith('--runs='))?.slice('--runs='.length) ?? 5) || 5);
const root = join(__dirname, '..');
const peakRss = join(__dirname, 'peakRss.cjs');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the build script is plain JavaScript
const { buildCli, entry } = require('../scripts/build-cli.cjs') as { buildCli: () => string; entry: string };

type Case = { name: string; argv: () => string[]; times: number[]; rss: number[]; cpu: number[] };

const files = benchReturns();
buildCli();
const out = mkdtempSync(join(tmpdir(), 'ctg-bench-process-'));
const cases: Case[] = [
  { name: `floor: bare ExcelJS read of the ${files.length} returns (plain Node)`, argv: () => [join(__dirname, 'bareRead.cjs'), returnsDir], times: [], rss: [], cpu: [] },
  { name: `ctg consolidate of the ${files.length} returns`, argv: () => [entry, 'consolidate', returnsDir, '--out', join(out, 'consolidation.xlsx'), '--force'], times: [], rss: [], cpu: [] },
  { name: 'ctg plan', argv: () => [entry, 'plan'], times: [], rss: [], cpu: [] },
  { name: 'node -e 0', argv: () => ['-e', '0'], times: [], rss: [], cpu: [] },
];

const before = process.argv.find((a) => a.startsWith('--before='))?.slice('--before='.length);
if (before !== undefined) {
  const main = join(before, 'src', 'cli', 'main.ts');
  cases.push(
    { name: `before, through tsx: ctg consolidate of the ${files.length} returns`, argv: () => ['--import', 'tsx', main, 'consolidate', returnsDir, '--out', join(out, 'before.xlsx'), '--force'], times: [], rss: [], cpu: [] },
    { name: 'before, through tsx: ctg plan', argv: () => ['--import', 'tsx', main, 'plan'], times: [], rss: [], cpu: [] },
  );
}

const builtBefore = process.argv.find((a) => a.startsWith('--built-before='))?.slice('--built-before='.length);
if (builtBefore !== undefined) {
  const ctg = join(builtBefore, 'dist-cli', 'ctg.mjs');
  cases.push(
    { name: `before (built): ctg consolidate of the ${files.length} returns`, argv: () => [ctg, 'consolidate', returnsDir, '--out', join(out, 'before.xlsx'), '--force'], times: [], rss: [], cpu: [] },
    { name: 'before (built): ctg plan', argv: () => [ctg, 'plan'], times: [], rss: [], cpu: [] },
  );
}

for (let round = 0; round < runs; round++) {
  for (const c of cases) {
    const started = process.hrtime.bigint();
    const run = spawnSync(process.execPath, ['--require', peakRss, ...c.argv()], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
    c.times.push(Number(process.hrtime.bigint() - started) / 1e6);
    const rss = /ctg-bench-peak-rss-kb:(\d+)/.exec(run.stderr)?.[1];
    if (rss !== undefined) c.rss.push(Number(rss) / 1024);
    const cpu = /ctg-bench-cpu-us:(\d+)/.exec(run.stderr)?.[1];
    if (cpu !== undefined) c.cpu.push(Number(cpu) / 1000);
    // consolidate exits 1 when returns have errors (the bench returns have planted anomalies): only a crash counts.
    if (run.status === null || run.status > 1) process.stderr.write(`${c.name}: exit ${run.status}\n${run.stderr.slice(0, 2000)}\n`);
  }
}
rmSync(out, { recursive: true, force: true });

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
process.stdout.write(`Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${new Date().toISOString().slice(0, 10)}; median of ${runs} interleaved rounds\n\n`);
process.stdout.write('| process | wall time (median) | min–max | CPU time (median) | peak RSS |\n|---|---:|---:|---:|---:|\n');
for (const c of cases) {
  process.stdout.write(
    `| ${c.name} | ${Math.round(median(c.times))} ms | ${Math.round(Math.min(...c.times))}–${Math.round(Math.max(...c.times))} ms | ${Math.round(median(c.cpu))} ms | ${Math.round(median(c.rss))} MB |\n`,
  );
}
const [floor, consolidate] = [cases[0]!, cases[1]!];
const ratio = (c: Case) => {
  const ratios = c.times.map((t, i) => t / floor.times[i]!);
  const cpu = c.cpu.map((t, i) => t / floor.cpu[i]!);
  return (
    `wall ${(median(c.times) / median(floor.times)).toFixed(2)}× (rounds: ${ratios.map((r) => r.toFixed(2)).join(', ')}), ` +
    `CPU ${(median(c.cpu) / median(floor.cpu)).toFixed(2)}× (rounds: ${cpu.map((r) => r.toFixed(2)).join(', ')})`
  );
};
process.stdout.write(`\nctg consolidate / floor: ${ratio(consolidate)}; goal ≤ 1.0×\n`);
const consolidateBefore = cases.find((c) => c.name.startsWith('before (built): ctg consolidate'));
if (consolidateBefore !== undefined) process.stdout.write(`before (built) / floor: ${ratio(consolidateBefore)}\n`);
