/**
 * The import-and-validate use case with its ports: where the size cap is decided (once, for both
 * surfaces), what a source's own refusal becomes, what is kept, when it stops. Then the same files
 * through the command line's sources (files on disk, listed with lstat) and the pane's (picked
 * files): the same results.
 */
import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkReturns, type BytesKept } from '../../src/app/checkReturns';
import { memorySource, type ReturnReader, type ReturnSource } from '../../src/app/returnSource';
import { runContext, RunCancelled } from '../../src/app/run';
import { simulateReturn } from '../../src/demo';
import { nodeFileSystem } from '../../src/cli/fileSystem';
import { listInputs } from '../../src/cli/inputs';
import { returnSources } from '../../src/cli/returnSources';
import { respondentsOf } from '../../src/collect';
import { defaultPlan } from '../../src/plan/default';
import { refusedResult } from '../../src/returns/result';
import { pickedSources } from '../../src/taskpane/effects/pickedSources';
import type { Grid } from '../../src/workbook/grid';
import { specToGrids } from '../oracles/specToGrid';

const plan = defaultPlan();
const now = '2026-02-01T10:00:00.000Z';
const digne = respondentsOf(plan).find((r) => r.code === '04070')!;
const grids = specToGrids(simulateReturn(plan, digne, { seed: 3, now: '2025-12-01T09:00:00.000Z', completeness: 'full', anomalies: ['negative_count'] }).spec);

/** Any bytes read as Digne's return; what was read is recorded. */
function reader(maxBytes: number) {
  const read: number[] = [];
  const port: ReturnReader = {
    readGrids: async (bytes) => {
      read.push(bytes.length);
      return structuredClone<Grid[]>(grids);
    },
    maxBytes,
  };
  return { port, read };
}

/** A source whose reading is recorded; `announced`: the size it gives before reading. */
function source(name: string, bytes: Uint8Array, announced: number | null) {
  const read = jest.fn(async () => ({ ok: true as const, bytes }));
  return { name, size: announced, modified: null, read } satisfies ReturnSource;
}

const run = () => runContext({ now });

it.each<[string, number | null, number, string, number | null]>([
  ['announced within the cap', 10, 10, 'errors', null],
  ['announced over the cap: never read', 11, 10, 'refused', 11],
  ['announcing nothing, and over the cap once read', null, 11, 'refused', 11],
  ['announcing less than it gives', 4, 11, 'refused', 11],
])('a file %s', async (_label, announced, actual, status, refusedSize) => {
  const { port, read } = reader(10);
  const file = source('retour.xlsx', new Uint8Array(actual), announced);
  const [checked] = await checkReturns(plan, [file], port, run(), 'keep');
  expect(checked!.result.status).toBe(status);
  expect(checked!.result.findings.find((f) => f.code === 'file_refused')?.params ?? null).toEqual(refusedSize === null ? null : { reason: 'too_large', size: refusedSize, max: 10 });
  expect(file.read).toHaveBeenCalledTimes(announced !== null && announced > 10 ? 0 : 1);
  expect(read).toEqual(status === 'refused' ? [] : [actual]);
});

it('a source that refuses is that file’s result, and the next file is read', async () => {
  const { port, read } = reader(100);
  const fifo: ReturnSource = { name: 'tube.xlsx', size: null, modified: null, read: async () => ({ ok: false, refused: refusedResult('tube.xlsx', { code: 'not_regular', params: { kind: 'fifo' } }) }) };
  const checked = await checkReturns(plan, [fifo, memorySource('b.xlsx', new Uint8Array(3))], port, run(), 'keep');
  expect(checked.map((c) => [c.fileName, c.result.status, c.bytes?.length ?? null])).toEqual([
    ['tube.xlsx', 'refused', null],
    ['b.xlsx', 'errors', 3],
  ]);
  expect(read).toEqual([3]);
});

it.each<[BytesKept, number | null]>([
  ['keep', 5],
  ['drop', null],
])('bytes %s: %p', async (kept, length) => {
  const [checked] = await checkReturns(plan, [memorySource('a.xlsx', new Uint8Array(5), '2026-01-12T09:30:00.000Z')], reader(100).port, run(), kept);
  expect([checked!.bytes?.length ?? null, checked!.fileDate]).toEqual([length, '2026-01-12T09:30:00.000Z']);
});

it('judges every return at the run’s clock: a return generated after `now` is reported', async () => {
  const { port } = reader(100);
  const [before, after] = await Promise.all(
    // The simulated return was generated at 2025-12-01T09:00:00Z.
    ['2025-12-01T08:59:59.000Z', '2025-12-01T09:00:01.000Z'].map((at) => checkReturns(plan, [memorySource('a.xlsx', new Uint8Array(1))], port, runContext({ now: at }), 'drop')),
  );
  const future = (c: typeof before) => c![0]!.result.findings.some((f) => f.code === 'generated_at_untrusted' && f.params.reason === 'future');
  expect([future(before), future(after)]).toEqual([true, false]);
});

it('stops between two files once cancelled: the next is never read', async () => {
  const abort = new AbortController();
  const second = source('b.xlsx', new Uint8Array(1), 1);
  const checking = checkReturns(plan, [source('a.xlsx', new Uint8Array(1), 1), second], reader(100).port, runContext({ now, signal: abort.signal, progress: (p) => p.done === 0 && abort.abort() }), 'drop');
  await expect(checking).rejects.toBeInstanceOf(RunCancelled);
  expect(second.read).not.toHaveBeenCalled();
});

it('the command line’s files and the pane’s picked files give the same results', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ctg-sources-'));
  const files = [
    { name: 'digne.xlsx', bytes: new Uint8Array([1, 2, 3]), date: new Date('2026-01-15T11:00:00.000Z') },
    { name: 'trop-gros.xlsx', bytes: new Uint8Array(64), date: new Date('2026-01-16T11:00:00.000Z') },
  ];
  for (const f of files) {
    writeFileSync(join(dir, f.name), f.bytes);
    utimesSync(join(dir, f.name), f.date, f.date);
  }
  const { entries } = await listInputs(nodeFileSystem, [dir], { recursive: false });
  const picked = files.map((f) => ({ name: f.name, size: f.bytes.length, lastModified: f.date.getTime(), arrayBuffer: async () => f.bytes.slice().buffer }));
  const [cli, pane] = await Promise.all([returnSources(nodeFileSystem, entries), pickedSources(picked)].map((sources) => checkReturns(plan, sources, reader(10).port, run(), 'keep')));
  const seen = (checked: typeof cli) => checked!.map((c) => ({ file: c.result.file, status: c.result.status, fileDate: c.fileDate, findings: c.result.findings, bytes: c.bytes?.length ?? null }));
  expect(seen(cli)).toEqual(seen(pane));
  expect(seen(pane).map((c) => c.status)).toEqual(['errors', 'refused']);
});
