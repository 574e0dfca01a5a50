/**
 * The COPIL's bilan and the 2022–2025 evaluation written from the demo's consolidation (its 11
 * returns, 16 expected respondents): the document model built, then laid out as .docx with its
 * charts turned to PNG by resvg, then written — what `npm run demo` and `ctg bilan` do after the
 * consolidation. The returns are read and consolidated before the clock starts.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { returnInputs } from '../../src/app/consolidate';
import { checkReturns } from '../../src/app/checkReturns';
import { memorySource, type ReturnReader } from '../../src/app/returnSource';
import { runContext } from '../../src/app/run';
import { demoReturns } from '../../src/cli/commands/demo';
import { defaultRespondentSelection, selectRespondents } from '../../src/collect';
import { consolidate } from '../../src/consolidate';
import { emptyFollowUp } from '../../src/consolidate/followUp';
import type { ChartToPng } from '../../src/docx/chartPng';
import { renderBilanDocx } from '../../src/docx/renderBilan';
import { resvgPng } from '../../src/docx/resvgPng';
import { defaultPlan } from '../../src/plan';
import { buildBilan, type BilanRequest } from '../../src/report/bilan';
import { nodeInflate } from '../../src/xlsx/inflateNode';
import { readGrids } from '../../src/xlsx/readGrids';
import { renderSpec } from '../../src/xlsx/renderSpec';
import { measure } from '../measure';

const now = '2026-02-01T10:00:00.000Z';
const out = mkdtempSync(join(tmpdir(), 'ctg-bench-bilan-'));

async function demoConsolidation() {
  const plan = defaultPlan();
  const selection = selectRespondents(plan, defaultRespondentSelection);
  if (!selection.ok) throw new Error('selection');
  const returns = await demoReturns(plan, selection.respondents, renderSpec);
  const reader: ReturnReader = { readGrids: (bytes, reach) => readGrids(bytes, { inflate: nodeInflate, ...(reach !== undefined ? { reach } : {}) }), maxBytes: Number.POSITIVE_INFINITY };
  const run = runContext({ now });
  const checked = await checkReturns(plan, returns.map((r) => memorySource(r.name, r.bytes, r.scenario.fileDate)), reader, run, 'drop');
  const consolidation = consolidate(plan, returnInputs(checked, checked.map((c) => c.result), now), { now, asOf: run.asOf, expected: selection.respondents.map((r) => r.code) });
  return { plan, consolidation };
}

void demoConsolidation().then(({ plan, consolidation }) =>
  measure('bilan and evaluation from the demo’s consolidation (8 fiches)', async (mark) => {
    const figures: Record<string, number> = {};
    for (const [name, request] of [['bilan 2025', { kind: 'annual', period: '2025' }], ['evaluation', { kind: 'evaluation' }]] as Array<[string, BilanRequest]>) {
      const document = buildBilan({ plan, consolidation, followUp: emptyFollowUp(), lang: 'fr', preparedOn: now }, request);
      mark(`${name}: build the model`);
      let pngMs = 0;
      const timedPng: ChartToPng = async (svg, width, height) => {
        const t0 = performance.now();
        const png = await resvgPng(svg, width, height);
        pngMs += performance.now() - t0;
        return png;
      };
      const bytes = await renderBilanDocx(document, timedPng);
      mark(`${name}: charts to PNG and .docx`);
      figures[`${name}: of which charts to PNG (ms)`] = Math.round(pngMs);
      writeFileSync(join(out, `${name}.docx`), bytes);
      mark(`${name}: write`);
      figures[`${name}: charts`] = document.blocks.filter((b) => b.kind === 'chart').length;
      figures[`${name}: bytes`] = bytes.length;
    }
    return figures;
  }),
);
