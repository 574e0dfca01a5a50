/**
 * The whole consolidation pipeline on 46 communes, the EPCI and the Caf × 4 periods: read (zip
 * guards, bounded inflate, ExcelJS), validate, consolidate, build the workbook, render it with its
 * charts, write it. Compare with `read-bare`, the floor.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { consolidationReport, returnInputs, type ConsolidateFile } from '../../src/app/consolidate';
import { readReturnGrids, validateGrids } from '../../src/app/validate';
import { defaultPlan } from '../../src/plan';
import { indexPlan } from '../../src/returns/planIndex';
import { templateReach } from '../../src/returns/reach';
import type { ReturnResult } from '../../src/returns/result';
import { renderWorkbook } from '../../src/xlsx/charts';
import { nodeInflate } from '../../src/xlsx/inflateNode';
import { readGrids } from '../../src/xlsx/readGrids';
import { measure } from '../measure';
import { benchReturns } from './returns';

const paths = benchReturns();
const out = join(mkdtempSync(join(tmpdir(), 'ctg-bench-conso-')), 'consolidation.xlsx');

void measure('consolidate 48 returns (46 communes, EPCI, Caf × 4 periods)', async (mark) => {
  const plan = defaultPlan();
  const index = indexPlan(plan);
  const reach = templateReach(plan);
  const now = '2026-02-01T10:00:00.000Z';
  let readMs = 0;
  let validateMs = 0;
  const files: ConsolidateFile[] = [];
  const results: ReturnResult[] = [];
  for (const path of paths) {
    const t0 = performance.now();
    const file = { fileName: basename(path), fileDate: null, bytes: new Uint8Array(readFileSync(path)) };
    const read = await readReturnGrids(file, (bytes, r) => readGrids(bytes, { inflate: nodeInflate, reach: r }), reach);
    const t1 = performance.now();
    results.push(read.ok ? validateGrids(plan, file.fileName, read.grids, { index, reach }) : read.result);
    validateMs += performance.now() - t1;
    readMs += t1 - t0;
    files.push(file);
  }
  mark('read and validate');
  const { consolidation, spec } = consolidationReport(plan, returnInputs(files, results, now), { now });
  mark('consolidate and build the workbook');
  const bytes = await renderWorkbook(spec);
  mark('render .xlsx with charts');
  writeFileSync(out, bytes);
  mark('write');
  return {
    files: paths.length,
    'values consolidated': consolidation.values.length,
    findings: consolidation.findings.length,
    'bytes written': bytes.length,
    'read: guards + lean XML reader (ms)': Math.round(readMs),
    'validate (ms)': Math.round(validateMs),
  };
});
