/**
 * Reading a consolidation back is a contract: read → consolidate with no new return → the same
 * workbook. Returns with anomalies, a partial one and a corrected one (so that « Historique » and
 * « Anomalies » are not empty), in each language the workbook can be worded in.
 */
import { consolidationReport, returnInputs } from '../../src/app/consolidate';
import { validateReturn } from '../../src/app/validate';
import { readConsolidation } from '../../src/consolidate/readConsolidation';
import type { Lang } from '../../src/i18n/lang';
import { nodeInflate } from '../../src/xlsx/inflateNode';
import { readGrids } from '../../src/xlsx/readGrids';
import { renderSpec } from '../../src/xlsx/renderSpec';
import { plan, returnFile, type Simulated } from './support';

const now = '2026-02-01T10:00:00.000Z';
const returns: Array<Simulated & { fileDate: string }> = [
  { code: '200067437', seed: 1, generatedAt: '2025-12-01T09:00:00.000Z', anomalies: ['negative_count', 'text_in_number'], fileDate: '2026-01-05T08:00:00.000Z' },
  { code: '04070', seed: 2, generatedAt: '2025-12-01T09:00:00.000Z', completeness: 'partial', anomalies: ['implausible_jump'], fileDate: '2026-01-06T08:00:00.000Z' },
  { code: '04001', seed: 3, generatedAt: '2025-12-01T09:00:00.000Z', anomalies: ['french_typing'], fileDate: '2026-01-07T08:00:00.000Z' },
  // A corrected return of 04001, from a workbook generated later: it replaces the first one's values.
  { code: '04001', seed: 4, generatedAt: '2025-12-15T09:00:00.000Z', fileDate: '2026-01-20T08:00:00.000Z' },
];

async function firstConsolidation(lang: Lang) {
  const files = await Promise.all(returns.map(returnFile));
  const results = await Promise.all(files.map((f) => validateReturn(plan, f, { readGrids: (b, reach) => readGrids(b, { inflate: nodeInflate, reach }) }, { now })));
  return consolidationReport(plan, returnInputs(returns, results, now), { now, lang });
}

describe.each<Lang>(['fr', 'en'])('a consolidation worded in %s, read back', (lang) => {
  let first: Awaited<ReturnType<typeof firstConsolidation>>;
  let grids: Awaited<ReturnType<typeof readGrids>>;
  beforeAll(async () => {
    first = await firstConsolidation(lang);
    grids = await readGrids(await renderSpec(first.spec), { inflate: nodeInflate });
  }, 60_000);

  it('has something in every table the read-back reads', () => {
    expect(first.consolidation.history.length).toBeGreaterThan(0);
    expect(first.consolidation.findings.length).toBeGreaterThan(0);
    expect(first.consolidation.files.map((f) => f.outcome)).toEqual(['used', 'used', 'superseded', 'used']);
  });

  it('gives, consolidated again with no new return, the same workbook', () => {
    const read = readConsolidation(plan, grids);
    if (!read.ok) throw new Error(JSON.stringify(read.issue));
    const again = consolidationReport(plan, [], { now, lang, earlier: read.earlier });
    // What was typed for a value read as such is not in the workbook (only a refused value's text is): the rest is.
    const asCarried = (v: (typeof first.consolidation.values)[number]) => ({ ...v, raw: v.state === 'invalid' ? v.raw : null, source: { ...v.source, order: -1 } });
    expect(again.consolidation.values.map(asCarried)).toEqual(first.consolidation.values.map(asCarried));
    expect(again.spec).toEqual(first.spec);
  });

  it('lists the files taken in, with their hash slot and outcome', () => {
    const read = readConsolidation(plan, grids);
    expect(read.ok && read.taken.map((t) => [t.respondent, t.outcome])).toEqual(first.consolidation.files.map((f) => [f.respondent, f.outcome]));
  });
});
