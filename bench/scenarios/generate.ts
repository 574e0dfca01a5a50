/** Generate the collection workbooks of all 46 communes, the EPCI and the Caf, to .xlsx bytes. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectionFileName } from '../../src/app/fileNames';
import { buildCollectionWorkbook, respondentsOf } from '../../src/collect';
import { defaultPlan } from '../../src/plan';
import { renderSpec } from '../../src/xlsx/renderSpec';
import { measure } from '../measure';

void measure('generate 48 collection workbooks', async (mark) => {
  const plan = defaultPlan();
  const respondents = respondentsOf(plan);
  const dir = mkdtempSync(join(tmpdir(), 'ctg-bench-'));
  let specMs = 0;
  let renderMs = 0;
  let bytes = 0;
  let cells = 0;
  for (const respondent of respondents) {
    const t0 = performance.now();
    const { spec, inputs } = buildCollectionWorkbook(plan, respondent, { now: '2026-11-29T10:00:00.000Z' });
    const t1 = performance.now();
    const file = await renderSpec(spec);
    renderMs += performance.now() - t1;
    specMs += t1 - t0;
    bytes += file.length;
    cells += inputs.length;
    writeFileSync(join(dir, collectionFileName(plan, respondent)), file);
  }
  mark('all');
  return {
    workbooks: respondents.length,
    'input cells': cells,
    'bytes written': bytes,
    'build specs (ms)': Math.round(specMs),
    'render .xlsx (ms)': Math.round(renderMs),
    'per workbook (ms)': Math.round((specMs + renderMs) / respondents.length),
  };
});
