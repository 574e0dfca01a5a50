/**
 * The returns the consolidation benchmarks read: all 46 member communes, the EPCI and the Caf,
 * every period (2022–2025), seeded; a few partial, a few with planted anomalies. Written once to
 * a folder in the system's temporary directory, by a separate process, so that the measured
 * process starts cold.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const version = 2;
export const returnsDir = join(tmpdir(), `ctg-bench-returns-v${version}`);

/** The folder of returns, created on first use; the .xlsx files in it, in name order. */
export function benchReturns(): string[] {
  if (!existsSync(join(returnsDir, 'complete'))) execFileSync(process.execPath, ['--import', 'tsx', __filename, returnsDir], { stdio: 'inherit' });
  return readdirSync(returnsDir)
    .filter((n) => n.endsWith('.xlsx'))
    .sort()
    .map((n) => join(returnsDir, n));
}

async function write(dir: string): Promise<void> {
  const { collectionFileName } = await import('../../src/app/fileNames');
  const { simulateReturn } = await import('../../src/demo');
  const { respondentsOf } = await import('../../src/collect');
  const { defaultPlan } = await import('../../src/plan');
  const { renderSpec } = await import('../../src/xlsx/renderSpec');
  const plan = defaultPlan();
  const partial = new Set(['04009', '04033', '04043', '04094', '04160']);
  const anomalies: Record<string, Parameters<typeof simulateReturn>[2]['anomalies']> = {
    '200067437': ['rule_violation', 'decimal_in_whole'],
    '04070': ['text_in_number', 'negative_count'],
    '04116': ['french_typing', 'implausible_jump'],
  };
  const staging = `${dir}.tmp-${process.pid}`;
  mkdirSync(staging, { recursive: true });
  for (const respondent of respondentsOf(plan)) {
    const { spec } = simulateReturn(plan, respondent, {
      seed: 46,
      now: '2025-12-01T09:00:00.000Z',
      completeness: partial.has(respondent.code) ? 'partial' : 'full',
      anomalies: anomalies[respondent.code] ?? [],
    });
    writeFileSync(join(staging, collectionFileName(plan, respondent)), await renderSpec(spec));
  }
  writeFileSync(join(staging, 'complete'), '');
  renameSync(staging, dir);
}

if (require.main === module) void write(process.argv[2] ?? returnsDir);
