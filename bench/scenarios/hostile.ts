/**
 * The memory bound of reading a return (issue 12, point 2): each of the worst files of the issue
 * validated as `ctg validate` does (guards, lean reader bounded by the plan's template, checks),
 * each in its own process so that its peak RSS is its own. Without an argument, runs every case.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { validateReturn } from '../../src/app/validate';
import { defaultPlan } from '../../src/plan';
import { templateReach } from '../../src/returns/reach';
import { nodeInflate } from '../../src/xlsx/inflateNode';
import { readGrids } from '../../src/xlsx/readGrids';
import { measure } from '../measure';
import { hostileCases, hostileFiles, type HostileCase } from './hostileFiles';

const only = process.argv[2] as HostileCase | undefined;

if (only === undefined) {
  const files = hostileFiles();
  for (const name of Object.keys(hostileCases)) {
    process.stdout.write(execFileSync(process.execPath, ['--import', 'tsx', __filename, name], { encoding: 'utf8', maxBuffer: 1 << 26 }));
  }
  void files;
} else {
  const path = hostileFiles()[only];
  void measure(`hostile return: ${hostileCases[only]}`, async (mark) => {
    const plan = defaultPlan();
    const reach = templateReach(plan);
    mark('template reach');
    const bytes = new Uint8Array(readFileSync(path));
    const result = await validateReturn(plan, { fileName: basename(path), bytes }, { readGrids: (b, r) => readGrids(b, { inflate: nodeInflate, reach: r }) });
    mark('read and validate');
    const codes = [...new Set(result.findings.map((f) => f.code))].join(' ');
    return { 'file (KB)': Math.round(statSync(path).size / 1024), reach: `${reach.rows} rows × ${reach.columns} columns × ${reach.sheets} sheets`, status: result.status, findings: codes };
  });
}
