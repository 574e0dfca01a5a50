/**
 * In Excel, when the open workbook is a consolidation, the Consolider step continues its campaign in
 * place: its ledger and tables read through the adapter in a constant number of round trips, its tabs
 * replaced — refused where the adviser edited one, unless « Remplacer quand même ». On the fake Excel.
 */
import { validateGrids } from '../../../src/app/validate';
import { respondentsOf } from '../../../src/collect';
import type { Consolidation } from '../../../src/consolidate/types';
import { ExcelAdapterError, ExcelWorkbook, issueMessage } from '../../../src/excel';
import { defaultPlan } from '../../../src/plan/default';
import { describeError } from '../../../src/taskpane/task/describeError';
import { excelEffects } from '../../../src/taskpane/effects/excelEffects';
import type { ConsolidationSummary, ImportedReturn } from '../../../src/taskpane/effects/types';
import { simulateReturn } from '../../../src/demo';
import { specToGrids } from '../../oracles/specToGrid';
import type { WorkbookSpec } from '../../../src/workbook/spec';
import { FakeExcel, FakeSettings } from '../../excel/fake';
import { userTypes } from '../../excel/support/user';
import { fakeEffects } from '../support/fakeEffects';

const now = '2026-11-29T10:00:00.000Z';
const plan = defaultPlan();
const communes = respondentsOf(plan).filter((r) => r.kind === 'commune');

/** A commune's return as the import gives it (with a hash, as every file read has one). */
function returnOf(index: number, seed = 2026): ImportedReturn {
  const respondent = communes[index]!;
  const { spec } = simulateReturn(plan, respondent, { seed, now, completeness: 'full', anomalies: [] });
  const fileName = `${respondent.code}-${seed}.xlsx`;
  return { fileName, fileDate: null, bytes: null, result: validateGrids(plan, fileName, specToGrids(spec)), hash: (index * 100_000 + seed).toString(16).padStart(64, '0') };
}

function setup() {
  const fake = new FakeExcel();
  const downloaded = { message: '', details: [], consolidation: {} as Consolidation, target: 'download', output: '' } as ConsolidationSummary;
  const workbook = new ExcelWorkbook(fake.host());
  const effects = excelEffects({ workbook, files: fakeEffects({ consolidate: jest.fn(async () => downloaded) }), renderReport: jest.fn(async (_s: WorkbookSpec) => new Uint8Array()), settings: new FakeSettings(), now: () => now });
  return { fake, effects };
}

const tabs = { target: 'workbook-tabs' as const, errorPolicy: 'include' as const };

describe('continuing the open consolidation in place', () => {
  it('grows the campaign in a constant number of round trips, whatever it holds already', async () => {
    const syncsWith = async (earlier: number) => {
      const { fake, effects } = setup();
      const first = Array.from({ length: earlier }, (_, i) => returnOf(i));
      await effects.consolidate(plan, first, tabs, {});
      fake.takeSyncs();
      const summary = await effects.consolidate(plan, [returnOf(earlier)], tabs, {});
      expect(summary.consolidation.files.map((f) => f.file)).toEqual([...first, returnOf(earlier)].map((r) => r.fileName));
      // Every tab of the consolidation, replaced in place: « Synthèse », the 8 fiche tabs, « Données »,
      // « Anomalies », « Historique », « Relances », the follow-up's four tabs and the ledger.
      expect(summary.message).toMatch(/18 feuilles remplacées\.$/);
      const syncs = fake.takeSyncs();
      const runs = [...new Set(syncs.map((s) => s.run))];
      // Per round trip of the adapter: list the sheets, read the ledger, read its two tables, write.
      return { reads: runs.slice(0, 3).map((run) => syncs.filter((s) => s.run === run).length), total: syncs.length };
    };
    const [one, four] = [await syncsWith(1), await syncsWith(4)];
    expect(one.reads).toEqual([1, 2, 2]);
    expect(four).toEqual(one);
  });

  it('keeps the earlier values, and a corrected return moves the replaced ones to « Historique »', async () => {
    const { effects } = setup();
    const first = await effects.consolidate(plan, [returnOf(0), returnOf(1)], tabs, {});
    const second = await effects.consolidate(plan, [returnOf(1, 7)], tabs, {});
    const of = (c: Consolidation, code: string) => c.values.filter((v) => v.respondent === code).map((v) => [v.code, v.period, v.member, v.value]);
    expect(of(second.consolidation, communes[0]!.code)).toEqual(of(first.consolidation, communes[0]!.code));
    expect(second.consolidation.files.map((f) => f.outcome)).toEqual(['used', 'superseded', 'used']);
    expect(second.consolidation.history.length).toBeGreaterThan(0);
    expect(second.consolidation.history.every((h) => h.respondent === communes[1]!.code && h.replacedBy.version === 2)).toBe(true);
  });

  it('refuses where the adviser edited a tab, and « Remplacer quand même » continues', async () => {
    const { fake, effects } = setup();
    await effects.consolidate(plan, [returnOf(0)], tabs, {});
    await userTypes(fake, 'Relances', 'A1', 'À relancer lundi');
    const refused = await effects.consolidate(plan, [returnOf(1)], tabs, {}).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ExcelAdapterError);
    expect(issueMessage((refused as ExcelAdapterError).issue)).toContain('« Relances » a été modifiée');
    const replaced = await effects.consolidate(plan, [returnOf(1)], { ...tabs, overwrite: true }, {});
    expect(replaced.consolidation.files.map((f) => f.respondent)).toEqual([communes[0]!.code, communes[1]!.code]);
  });

  it('refuses, in French, a consolidation of another plan, and writes nothing', async () => {
    const { fake, effects } = setup();
    await effects.consolidate(plan, [returnOf(0)], tabs, {});
    const other = { ...plan, id: 'ctg-autre' };
    fake.takeSyncs();
    const refused = await effects.consolidate(other, [returnOf(1)], tabs, {}).catch((e: unknown) => e);
    expect(describeError(refused)).toMatch(/Ce classeur consolide un autre plan \(« ctg-p2a-2022-2025 »\) que le plan suivi \(« ctg-autre »\)/);
    // Read (the sheets listed, the ledger, its tables), then refused before any write.
    expect(fake.takeSyncs()).toHaveLength(5);
  });
});
