/**
 * Consolidating twice gives the same workbook (timestamps aside); adding one return changes only
 * that return's rows.
 */
import JSZip from 'jszip';
import { consolidateFiles, type ConsolidateFile } from '../../src/app/consolidate';
import { collectionFileName } from '../../src/app/fileNames';
import { simulateReturn } from '../../src/demo';
import { selectRespondents } from '../../src/collect';
import { defaultPlan } from '../../src/plan';
import type { Grid } from '../../src/workbook/grid';
import { renderWorkbook } from '../../src/xlsx/charts';
import { readGrids } from '../../src/xlsx/readGrids';
import { renderSpec } from '../../src/xlsx/renderSpec';

const plan = defaultPlan();

async function returns(): Promise<ConsolidateFile[]> {
  const selection = selectRespondents(plan, { kind: 'signatories' });
  if (!selection.ok) throw new Error('no respondents');
  const files: ConsolidateFile[] = [];
  for (const [i, respondent] of selection.respondents.entries()) {
    const { spec } = simulateReturn(plan, respondent, { seed: 11, now: '2025-12-01T09:00:00.000Z', completeness: i % 4 === 3 ? 'partial' : 'full', anomalies: i === 2 ? ['negative_count', 'implausible_jump'] : [] });
    files.push({ fileName: collectionFileName(plan, respondent), fileDate: `2026-01-${String(10 + i).padStart(2, '0')}T09:00:00.000Z`, bytes: await renderSpec(spec) });
  }
  return files;
}

async function consolidateTo(files: readonly ConsolidateFile[], now: string): Promise<Uint8Array> {
  let written: Uint8Array = new Uint8Array();
  await consolidateFiles(plan, files, { readGrids: (b) => readGrids(b), render: renderWorkbook, write: async (bytes) => ((written = bytes), 'mémoire') }, { now });
  return written;
}

/** The campaign ledger's timestamps: when it was written (F1), when each file was taken in (column E and its record). */
function ledgerWithoutTimestamps(g: Grid): Grid {
  const rows = g.rows.map((r, i) => r.map((v, c) => ((i === 0 && c === 5) || (i > 1 && c === 4) ? null : typeof v === 'string' ? v.replace(/"importedAt":"[^"]*"/g, '') : v)));
  return { ...g, rows };
}

/** The grids with the timestamps blanked: the date line of the summary and the import dates. */
function withoutTimestamps(grids: Grid[]): Grid[] {
  return grids.map((g) => {
    if (g.name === '_campagne') return ledgerWithoutTimestamps(g);
    const header = g.rows[0] ?? [];
    const imported = header.indexOf('importé le');
    const rows = g.rows.map((r, i) => r.map((v, c) => ((g.name === 'Synthèse' && i === 1) || (c === imported && i > 0) ? null : v)));
    return { ...g, rows };
  });
}

async function charts(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  return Promise.all(Object.keys(zip.files).filter((n) => /^xl\/(charts|drawings)\/.+\.xml/.test(n)).sort().map((n) => zip.file(n)!.async('string')));
}

let files: ConsolidateFile[];
beforeAll(async () => {
  files = await returns();
}, 60_000);

it('gives equal workbooks when consolidating the same returns twice, timestamps aside', async () => {
  const first = await consolidateTo(files, '2026-02-01T10:00:00.000Z');
  const second = await consolidateTo(files, '2026-02-03T15:30:00.000Z');
  const [a, b] = [await readGrids(first), await readGrids(second)];
  expect(withoutTimestamps(b)).toEqual(withoutTimestamps(a));
  expect(a.find((g) => g.name === 'Synthèse')!.rows[1]).not.toEqual(b.find((g) => g.name === 'Synthèse')!.rows[1]);
  expect(await charts(second)).toEqual(await charts(first));
}, 60_000);

it('changes only the rows of a return when it is added', async () => {
  const added = files.find((f) => f.fileName.includes('_04244_'))!;
  const before = await readGrids(await consolidateTo(files.filter((f) => f !== added), '2026-02-01T10:00:00.000Z'));
  const after = await readGrids(await consolidateTo(files, '2026-02-01T10:00:00.000Z'));
  const rowsOf = (grids: Grid[]) => withoutTimestamps(grids).find((g) => g.name === 'Données')!.rows.slice(1).map((r) => JSON.stringify(r));
  const [old, now] = [rowsOf(before), rowsOf(after)];
  const remaining = [...now];
  for (const row of old) {
    const at = remaining.indexOf(row);
    expect({ row, kept: at >= 0 }).toEqual({ row, kept: true });
    remaining.splice(at, 1);
  }
  expect(remaining.length).toBeGreaterThan(0);
  expect(remaining.every((r) => JSON.parse(r)[4] === '04244')).toBe(true);
  expect(now.filter((r) => JSON.parse(r)[4] === '04244')).toEqual(remaining);
}, 60_000);
