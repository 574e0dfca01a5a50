/**
 * The Office.js adapter on the fake Excel (test/excel/fake): round trips (`context.sync()`) and
 * request / answer sizes per operation, at the real size and ten times larger, next to the naive
 * counts (one sync per sheet and per block written; one per sheet and per cell).
 */
import { writtenCells } from '../../src/excel/sheetCells';
import type { WorkbookSpec } from '../../src/workbook/spec';
import { readOnFake, writeOnFake } from '../../test/excel/support/run';
import { communesCollectionSpec, consolidationSpec, planSpec, scaledPlan } from '../../test/excel/support/specs';
import { measure } from '../measure';

const operations: Array<[string, (factor: number) => WorkbookSpec]> = [
  ['plan sheets', (factor) => planSpec(scaledPlan(factor))],
  ['collection sheets of the 46 communes', (factor) => communesCollectionSpec(scaledPlan(factor))],
  ['consolidation tabs', (factor) => consolidationSpec(factor)],
];

const megabytes = (bytes: number) => Math.round(bytes / 10_000) / 100;

async function main(): Promise<void> {
  for (const [label, build] of operations) {
    for (const factor of [1, 10]) {
      await measure(`Office.js adapter — ${label}${factor > 1 ? ' (plan / returns ×10)' : ''}`, async (mark) => {
        const spec = build(factor);
        const cells = spec.sheets.reduce((n, sheet) => n + [...writtenCells(sheet)].filter(({ cell }) => cell.formula !== undefined || (cell.value ?? '') !== '').length, 0);
        mark('build spec');
        const created = await writeOnFake(spec);
        mark('write on the fake');
        const replaced = await writeOnFake(spec, { fake: created.fake });
        mark('replace on the fake');
        await readOnFake(created.fake, spec.sheets.map((s) => s.name));
        const read = created.fake.takeSyncs();
        mark('read back on the fake');
        const commands = created.report.syncs.filter((s) => s.phase === 'write').reduce((n, s) => n + s.commands, 0);
        const phases = (records: typeof created.report.syncs) => records.map((s) => s.phase).join(' ');
        return {
          sheets: spec.sheets.length,
          'cells written': cells,
          'commands queued (blocks, ranges, notes…)': commands,
          'syncs to write (new sheets)': created.syncs.length,
          '… phases': phases(created.report.syncs),
          'syncs to replace': replaced.syncs.length,
          '… phases ': phases(replaced.report.syncs),
          'syncs to read back': read.length,
          'naive syncs: one per sheet and per block': spec.sheets.length + commands,
          'naive syncs: one per sheet and per cell': spec.sheets.length + cells,
          'largest request (MB)': megabytes(Math.max(...created.syncs.map((s) => s.requestBytes), ...replaced.syncs.map((s) => s.requestBytes))),
          'all requests, write (MB)': megabytes(created.syncs.reduce((n, s) => n + s.requestBytes, 0)),
          'largest answer (MB)': megabytes(Math.max(...read.map((s) => s.responseBytes), ...replaced.syncs.map((s) => s.responseBytes))),
        };
      });
    }
  }
}

void main();
