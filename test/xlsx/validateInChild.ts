/**
 * Run by test/xlsx/hostileBound.test.ts in a process of its own: validates every .xlsx of a folder
 * as `ctg validate` does (guards, lean reader bounded by the plan's template, every check) and
 * prints one JSON line per file — its time — then one with the process's peak RSS, which bounds
 * what any one of them needed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateReturn } from '../../src/app/validate';
import { defaultPlan } from '../../src/plan';
import { templateReach } from '../../src/returns/reach';
import { nodeInflate } from '../../src/xlsx/inflateNode';
import { readGrids } from '../../src/xlsx/readGrids';

async function main(dir: string): Promise<void> {
  const plan = defaultPlan();
  const reach = templateReach(plan);
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.xlsx')).sort()) {
    const bytes = new Uint8Array(readFileSync(join(dir, name)));
    const started = performance.now();
    const result = await validateReturn(plan, { fileName: name, bytes }, { readGrids: (b, r) => readGrids(b, { inflate: nodeInflate, reach: r }) }, { reach });
    const ms = performance.now() - started;
    process.stdout.write(`${JSON.stringify({ file: name, ms: Math.round(ms), status: result.status, codes: [...new Set(result.findings.map((f) => f.code))] })}\n`);
  }
  process.stdout.write(`${JSON.stringify({ peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`);
}

void main(process.argv[2]!);
