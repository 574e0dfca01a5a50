/**
 * Generating on the standalone page: the downloads are real workbooks (read back with the
 * project's reader), one .xlsx for one respondent, one .zip for several; a cancelled run and a
 * request this page cannot honour download nothing.
 */
import JSZip from 'jszip';
import { collectionFileName } from '../../../src/app/fileNames';
import { buildCollectionWorkbook, respondentsOf, type Respondent } from '../../../src/collect';
import { defaultPlan } from '../../../src/plan';
import { describeError } from '../../../src/taskpane/task/describeError';
import { TaskCancelled, type GenerateRequest, type TaskProgress } from '../../../src/taskpane/effects/types';
import { readGrids } from '../../../src/xlsx/readGrids';
import { now, recordingEffects } from './fileSupport';

const plan = defaultPlan();
const all = respondentsOf(plan);
const byCode = (code: string) => all.find((r) => r.code === code)!;
const digne = byCode('04070');
const epci = all.find((r) => r.kind === 'epci')!;
const caf = all.find((r) => r.kind === 'caf')!;

const request = (respondents: Respondent[], more: Partial<GenerateRequest> = {}): GenerateRequest => ({
  selection: { kind: 'codes', codes: respondents.map((r) => r.code) },
  periods: [],
  deadline: '',
  where: 'download',
  ...more,
});

it('downloads one .xlsx for one respondent, holding every sheet of its collection workbook', async () => {
  const { effects, downloads } = recordingEffects();
  const progress: TaskProgress[] = [];
  const summary = await effects.generate(plan, request([digne], { deadline: '2026-01-31' }), { progress: (p) => progress.push(p) });

  expect(downloads.map((d) => [d.name, d.mime])).toEqual([[collectionFileName(plan, digne), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']]);
  const grids = await readGrids(downloads[0]!.bytes);
  const expected = buildCollectionWorkbook(plan, digne, { now, deadline: '2026-01-31' }).spec.sheets.map((s) => s.name);
  expect(grids.map((g) => g.name).sort()).toEqual([...expected].sort());
  expect(expected.filter((name) => name.startsWith('FA ')).length).toBeGreaterThan(0);
  // The deadline asked for is printed in the instructions.
  expect(JSON.stringify(grids)).toMatch(/31\/01\/2026|2026-01-31/);

  const [file] = summary.files;
  expect(summary.files).toEqual([{ respondent: '04070', name: digne.name, file: collectionFileName(plan, digne), bytes: downloads[0]!.bytes.length, sheets: expect.any(Number), inputCells: expect.any(Number) }]);
  expect(summary.message).toMatch(/^1 classeur de collecte généré : CTG-P2A-2022-2025_04070_Digne-les-Bains\.xlsx \(\d+ Ko\)\.$/);
  // The counts the summary carries are those its sentence says, and the visible sheets of the file.
  expect(summary.details).toEqual([expect.stringMatching(new RegExp(`^Digne-les-Bains : .*\\.xlsx \\(${file!.sheets} onglets, ${file!.inputCells} cellules à remplir\\)$`))]);
  expect(file!.sheets).toBe(grids.filter((g) => !g.name.startsWith('_')).length);
  expect(progress.at(-1)).toMatchObject({ done: 1, total: 1 });
});

it('downloads ONE .zip for several respondents, holding each readable workbook under its name', async () => {
  const { effects, downloads } = recordingEffects();
  const chosen = [caf, epci, digne];
  const summary = await effects.generate(plan, request(chosen, { periods: ['2024', '2025'] }), {});

  expect(downloads.map((d) => [d.name, d.mime])).toEqual([['collecte-CTG-P2A-2022-2025.zip', 'application/zip']]);
  const archive = await JSZip.loadAsync(downloads[0]!.bytes);
  const names = Object.keys(archive.files);
  expect(names.sort()).toEqual(chosen.map((r) => collectionFileName(plan, r)).sort());
  for (const name of names) {
    const grids = await readGrids(await archive.file(name)!.async('uint8array'));
    const fiche = grids.find((g) => g.name.startsWith('FA '))!;
    // Only the periods asked for are collected.
    const text = JSON.stringify(fiche.rows);
    expect(text).toContain('Année 2024');
    expect(text).toContain('Année 2025');
    expect(text).not.toContain('Année 2022');
  }
  expect(summary.files.map((f) => f.respondent)).toEqual(chosen.map((r) => r.code));
  expect(summary.message).toMatch(/^3 classeurs de collecte générés : collecte-CTG-P2A-2022-2025\.zip \([\d,]+ (Ko|Mo)\)\.$/);
  expect(summary.details).toHaveLength(3);
});

it('stops between two respondents when cancelled, and downloads nothing', async () => {
  const { effects, download } = recordingEffects();
  const controller = new AbortController();
  const seen: number[] = [];
  const run = effects.generate(plan, request([caf, epci, digne]), {
    signal: controller.signal,
    progress: (p) => {
      seen.push(p.done);
      if (p.done === 1) controller.abort();
    },
  });
  await expect(run).rejects.toBeInstanceOf(TaskCancelled);
  expect(download).not.toHaveBeenCalled();
  expect(seen).toEqual([0, 1]);
});

it.each<[string, Partial<GenerateRequest>, RegExp]>([
  ['into the open workbook', { where: 'workbook' }, /Hors d’Excel.*téléchargés.*Choisissez « Télécharger »/],
  ['an unknown respondent', { selection: { kind: 'codes', codes: ['04070', '99999'] } }, /Répondant inconnu .*: 99999\. Choisissez/],
  ['nobody', { selection: { kind: 'codes', codes: [] } }, /Aucun répondant choisi/],
  ['an unknown period', { periods: ['2024', '1999'] }, /Période inconnue : 1999\. Périodes du plan : 2022, 2023, 2024, 2025/],
  ['a day that does not exist', { deadline: '2025-02-30' }, /Date limite invalide : « 2025-02-30 »/],
])('refuses to generate %s, in French, shown as is, downloading nothing', async (_case, change, message) => {
  const { effects, download } = recordingEffects();
  const failure = effects.generate(plan, request([digne], change), {}).catch((error: unknown) => error);
  const error = await failure;
  expect(error).toBeInstanceOf(Error);
  expect(describeError(error)).toMatch(message);
  expect(download).not.toHaveBeenCalled();
});
