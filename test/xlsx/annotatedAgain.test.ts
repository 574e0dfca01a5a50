/**
 * A commune corrects its annotated copy and sends it back; the adviser checks it and annotates it
 * again, which adds « Contrôles (2) » beside the first « Contrôles ». Each findings sheet is ours,
 * never a fiche of the commune's: before the layout said every name it may take, the copy
 * annotated twice was reported `sheet_unexpected` on « Contrôles (2) ».
 */
import { validateGrids } from '../../src/app/validate';
import { findingsSheetName } from '../../src/collect/layout';
import type { ReturnResult } from '../../src/returns';
import { readGrids } from '../../src/xlsx';
import { annotateReturn } from '../../src/xlsx/annotate';
import { alter, filledReturn, load, type Generated } from '../returns/support';

type Round = { bytes: Uint8Array; result: ReturnResult; sheets: string[] };

let generated: Generated;
/** rounds[n]: the return as sent after n annotations, its findings and its sheet names. */
const rounds: Round[] = [];

beforeAll(async () => {
  generated = await filledReturn('epci');
  // A planted mistake, so that each copy has findings to list and cells to mark.
  let bytes = await alter(generated, (_w, at) => {
    at('3.2.a1.projets', '2024', 'eaje').value = 2.5;
  });
  for (let n = 0; n <= 3; n++) {
    const grids = await readGrids(bytes);
    const result = validateGrids(generated.plan, generated.fileName, grids);
    rounds.push({ bytes, result, sheets: grids.map((g) => g.name) });
    bytes = await annotateReturn(bytes, result.findings, { fileName: generated.fileName });
  }
}, 60_000);

it.each([
  [1, [findingsSheetName]],
  [2, [findingsSheetName, `${findingsSheetName} (2)`]],
  [3, [findingsSheetName, `${findingsSheetName} (2)`, `${findingsSheetName} (3)`]],
])('a copy annotated %i time(s) carries its findings sheets %j, the newest first', async (n, names) => {
  const workbook = await load(rounds[n]!.bytes);
  const findingsSheets = workbook.worksheets.map((w) => w.name).filter((name) => name.startsWith(findingsSheetName));
  expect(findingsSheets).toEqual([...names].reverse());
  expect(workbook.worksheets[0]!.name).toBe(names.at(-1));
});

it.each([1, 2, 3])('a copy annotated %i time(s), sent back, gives the findings of the return itself, none about its findings sheets', (n) => {
  const { result } = rounds[n]!;
  expect(result.findings.filter((f) => f.code === 'sheet_unexpected')).toEqual([]);
  expect(result.findings).toEqual(rounds[0]!.result.findings);
  expect(result.findings.map((f) => f.code)).toContain('not_whole_number');
});
