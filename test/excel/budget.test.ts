/**
 * Round-trip budget: writing the plan sheets, the collection sheets of the 46 communes and the
 * consolidation tabs costs the same number of `context.sync()` whether the plan or the number of
 * returns is ten times larger — except for the batches that keep each request under the payload
 * budget, which follow the bytes, never the sheets or the cells. Measured on the fake Excel, which
 * records each request's and response's size as Office.js would send them.
 */
import { defaultBudget, type SyncPhase } from '../../src/excel';
import type { WorkbookSpec } from '../../src/workbook/spec';
import { readOnFake, writeOnFake, type Written } from './support/run';
import { communesCollectionSpec, consolidationSpec, planSpec, scaledPlan } from './support/specs';

const budget = defaultBudget.requestBytes;
const unlimited = { requestBytes: Number.POSITIVE_INFINITY, responseBytes: Number.POSITIVE_INFINITY };

type Operation = [label: string, build: (factor: number) => WorkbookSpec];
const operations: Operation[] = [
  ['the plan sheets', (factor) => planSpec(scaledPlan(factor))],
  ['the collection sheets of the 46 communes', (factor) => communesCollectionSpec(scaledPlan(factor))],
  ['the consolidation tabs', (factor) => consolidationSpec(factor)],
];

const phases = (written: Written, exclude: SyncPhase[] = ['write', 'check']) => written.report.syncs.map((s) => s.phase).filter((p) => !exclude.includes(p));
const writeSyncs = (written: Written) => written.report.syncs.filter((s) => s.phase === 'write');

describe.each(operations)('writing %s', (_label, build) => {
  const specs = { 1: build(1), 10: build(10) };
  const runs: Record<number, { created: Written; replaced: Written }> = {};

  beforeAll(async () => {
    for (const factor of [1, 10] as const) {
      const created = await writeOnFake(specs[factor]);
      const replaced = await writeOnFake(specs[factor], { fake: created.fake });
      runs[factor] = { created, replaced };
    }
  }, 120_000);

  it('is ten times larger at factor 10 (the test measures something)', () => {
    const bytes = (w: Written) => writeSyncs(w).reduce((n, s) => n + s.estimatedBytes, 0);
    expect(bytes(runs[10]!.created)).toBeGreaterThan(3 * bytes(runs[1]!.created));
  });

  it('costs the same round trips besides payload splits, when creating and when replacing', () => {
    expect(phases(runs[1]!.created)).toEqual(['inspect']);
    expect(phases(runs[10]!.created)).toEqual(phases(runs[1]!.created));
    expect(phases(runs[1]!.replaced)).toEqual(expect.arrayContaining(['inspect', 'details']));
    expect(phases(runs[10]!.replaced)).toEqual(phases(runs[1]!.replaced));
  });

  it('with no payload limit, costs exactly the same number of syncs at both sizes', async () => {
    const [small, large] = await Promise.all([1, 10].map((f) => writeOnFake(specs[f as 1 | 10], { budget: unlimited, payloadLimit: Number.POSITIVE_INFINITY })));
    expect(small!.syncs).toHaveLength(2);
    expect(large!.syncs).toHaveLength(2);
  });

  it('keeps every request and every answer under the 4 MB budget (as measured by the fake)', () => {
    for (const factor of [1, 10]) {
      for (const sync of [...runs[factor]!.created.syncs, ...runs[factor]!.replaced.syncs]) {
        expect(sync.requestBytes).toBeLessThanOrEqual(budget);
        expect(sync.responseBytes).toBeLessThanOrEqual(defaultBudget.responseBytes);
      }
    }
  });

  it('packs the batches: as few write syncs as the bytes allow', () => {
    for (const factor of [1, 10]) {
      const writes = writeSyncs(runs[factor]!.created);
      const total = writes.reduce((n, s) => n + s.estimatedBytes, 0);
      // Greedy packing: two consecutive batches always hold more than the budget.
      expect(writes.length).toBeLessThanOrEqual(Math.floor((2 * total) / budget) + 1);
      expect(writes.length).toBeGreaterThanOrEqual(Math.ceil(total / budget));
    }
  });

  it('costs fewer syncs than there are sheets (never one per sheet or per cell)', () => {
    const { created } = runs[10]!;
    expect(created.syncs.length).toBeLessThan(Math.max(3, specs[10].sheets.length));
    expect(created.syncs.length).toBeLessThan(writeSyncs(created).reduce((n, s) => n + s.commands, 0) / 50);
  });
});

describe('reading the sheets back', () => {
  it.each(operations)('%s: two syncs of control, answers under the budget', async (_label, build) => {
    const spec = build(1);
    const { fake } = await writeOnFake(spec);
    await readOnFake(fake, spec.sheets.map((s) => s.name));
    const syncs = fake.takeSyncs();
    expect(syncs.length).toBeGreaterThanOrEqual(2);
    for (const sync of syncs) expect(sync.responseBytes).toBeLessThanOrEqual(defaultBudget.responseBytes);
    await readOnFake(fake, spec.sheets.map((s) => s.name), unlimited);
    expect(fake.takeSyncs()).toHaveLength(2);
  });
});
