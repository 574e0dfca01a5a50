/**
 * The standalone page continues a campaign: the earlier consolidation, dropped with the new returns,
 * is recognised among them (said in the import list), and the downloaded workbook holds the merged
 * campaign — the earlier files and values, the new ones, a file given again skipped. A workbook
 * that looks like a consolidation but cannot be continued is refused with the reason.
 */
import { renderFinding } from '../../../src/i18n/findings';
import { readConsolidation } from '../../../src/consolidate/readConsolidation';
import { importCard } from '../../../src/taskpane/views/importMerge';
import { importViewWords } from '../../../src/i18n/pane/importView';
import { nodeInflate } from '../../../src/xlsx/inflateNode';
import { readConsolidationGrids } from '../../../src/xlsx/consolidationGrids';
import { renderSpec } from '../../../src/xlsx/renderSpec';
import { plan, returnFile, type Simulated } from '../../campaign/support';
import { picked, recordingEffects } from './fileSupport';

const generated = '2025-12-01T09:00:00.000Z';
const first: Simulated[] = [
  { code: '04070', seed: 2, generatedAt: generated },
  { code: '04001', seed: 3, generatedAt: generated },
];
const later: Simulated[] = [
  { code: '04049', seed: 5, generatedAt: generated },
  { code: '04001', seed: 7, generatedAt: '2025-12-20T09:00:00.000Z' },
];

async function pickedOf(returns: readonly Simulated[]) {
  return Promise.all(returns.map(async (r) => ((f) => picked(f.fileName, f.bytes, Date.UTC(2026, 0, 10)))(await returnFile(r))));
}

async function campaignOf(bytes: Uint8Array) {
  const read = readConsolidation(plan, await readConsolidationGrids(bytes, nodeInflate));
  if (!read.ok) throw new Error(JSON.stringify(read.issue));
  return read;
}

describe('a consolidation dropped with new returns', () => {
  let earlier: Uint8Array;
  let firstFiles: Awaited<ReturnType<typeof pickedOf>>;
  beforeAll(async () => {
    const { effects, downloads } = recordingEffects();
    firstFiles = await pickedOf(first);
    const imported = await effects.importReturns(plan, firstFiles, {});
    await effects.consolidate(plan, imported, { target: 'download', errorPolicy: 'include' }, {});
    earlier = downloads[0]!.bytes;
  }, 60_000);

  it('is recognised in the import list, and the download holds the merged campaign', async () => {
    const { effects, downloads } = recordingEffects();
    // The first round's 04070 given again: skipped, its content already taken in.
    const again = firstFiles[0]!;
    const files = [...(await pickedOf(later)), picked('consolidation-CTG-P2A-2022-2025.xlsx', earlier), again];
    const imported = await effects.importReturns(plan, files, {});
    const card = importCard(imported[2]!);
    expect(card.campaign).toEqual({ writtenAt: expect.any(String), files: 2 });
    expect(importViewWords.fr.campaign(card.campaign!.writtenAt, card.campaign!.files)).toMatch(/^Consolidation du \d\d\/\d\d\/\d{4} : 2 fichiers déjà pris en compte$/);
    expect(imported.map((r) => r.result.status)).toEqual(['ok', 'ok', 'ok', 'ok']);
    expect(imported.map((r) => r.campaign !== undefined)).toEqual([false, false, true, false]);

    const summary = await effects.consolidate(plan, imported, { target: 'download', errorPolicy: 'include' }, {});
    const before = await campaignOf(earlier);
    const after = await campaignOf(downloads[0]!.bytes);
    expect(summary.consolidation.files.map((f) => [f.respondent, f.version, f.outcome])).toEqual([
      ['04070', 1, 'used'],
      ['04001', 1, 'superseded'],
      ['04049', 1, 'used'],
      ['04001', 2, 'used'],
    ]);
    expect(summary.details.filter((d) => d.includes('déjà pris en compte'))).toEqual([`« ${again.name} » est déjà pris en compte (même contenu, pris le 29/11/2026) : ignoré.`]);
    expect(after.taken.map((t) => t.respondent)).toEqual(['04070', '04001', '04049', '04001']);
    // 04070's values kept as they were; 04001's earlier ones in « Historique ».
    const of = (vs: typeof before.earlier.values, code: string) => vs.filter((v) => v.respondent === code).map((v) => [v.code, v.period, v.member, v.state, v.value]);
    expect(of(after.earlier.values, '04070')).toEqual(of(before.earlier.values, '04070'));
    expect(after.earlier.history.length).toBe(before.earlier.values.filter((v) => v.respondent === '04001' && v.state !== 'empty').length);
    expect(after.earlier.values.filter((v) => v.respondent === '04049').length).toBeGreaterThan(0);
  }, 60_000);

  it('refuses, with the reason, a consolidation of another plan', async () => {
    const { effects } = recordingEffects();
    const other = { ...plan, id: 'ctg-autre' };
    const [imported] = await effects.importReturns(other, [picked('conso.xlsx', earlier)], {});
    expect(imported!.result.status).toBe('refused');
    expect(renderFinding(imported!.result.findings[0]!)).toMatch(/Ce classeur consolide un autre plan \(« ctg-p2a-2022-2025 »\)/);
  }, 60_000);

  it('takes a workbook that is not ours for a return, as before', async () => {
    const { effects } = recordingEffects();
    const [imported] = await effects.importReturns(plan, [picked('conso.xlsx', await renderSpec({ sheets: [{ name: 'Feuil1', visibility: 'visible', columns: [], rows: [[{ value: 'x' }]], merges: [] }], styles: {}, definedNames: [], properties: { title: 'Budget', creator: 'Une commune', created: '2026-01-01T00:00:00.000Z' } }))], {});
    expect(imported!.campaign).toBeUndefined();
  }, 60_000);
});
