/**
 * Importing picked files on the standalone page: a clean return, one with a planted anomaly and
 * three hostile ones, in one go. Each gets its own verdict, in order; the file above the size cap
 * is never read; the annotated copy of a return is a readable workbook opening on « Contrôles ».
 */
import { annotatedFileName } from '../../../src/app/validate';
import { renderFinding } from '../../../src/i18n/findings';
import { defaultPlan } from '../../../src/plan';
import { describeError } from '../../../src/taskpane/task/describeError';
import { TaskCancelled, type ImportedReturn, type TaskProgress } from '../../../src/taskpane/effects/types';
import { readGrids } from '../../../src/xlsx/readGrids';
import { anomaly, hugeFile, MB, picked, pickedReturns, randomBytes, recordingEffects } from './fileSupport';

const plan = defaultPlan();
let fixture: Awaited<ReturnType<typeof pickedReturns>>;
let imported: ImportedReturn[];
let progress: TaskProgress[];

beforeAll(async () => {
  fixture = await pickedReturns();
  const { effects } = recordingEffects();
  progress = [];
  imported = await effects.importReturns(plan, fixture.files, { progress: (p) => progress.push(p) });
}, 60_000);

const refusal = (r: ImportedReturn) => {
  const found = r.result.findings.find((f) => f.code === 'file_refused');
  const shown: Record<string, unknown> = found !== undefined ? { ...found.params, detail: renderFinding(found) } : {};
  return found !== undefined ? shown : undefined;
};

it.each<[number, string, string, string | null]>([
  [0, 'CTG-P2A-2022-2025_04070_Digne-les-Bains.xlsx', 'ok', null],
  [1, 'CTG-P2A-2022-2025_200067437_Provence-Alpes-Agglomeration.xlsx', 'errors', null],
  [2, 'retour-abime.xlsx', 'refused', 'not_zip'],
  [3, 'bombe.xlsx', 'refused', 'ratio'],
  [4, 'enorme.xlsx', 'refused', 'too_large'],
])('file %i, %s: %s (refusal %p)', (i, name, status, reason) => {
  const r = imported[i]!;
  expect([r.fileName, r.result.file, r.result.status]).toEqual([name, name, status]);
  expect(refusal(r)?.reason ?? null).toBe(reason);
  if (reason !== null) expect(String(refusal(r)?.detail)).toMatch(/\. .*(Ouvrez|enregistrez|Retirez|copiez)/i);
});

it('keeps one verdict per file, in the order picked, with the bytes of every file read', () => {
  expect(imported).toHaveLength(fixture.files.length);
  expect(imported.map((r) => r.bytes !== null)).toEqual([true, true, true, true, false]);
  expect(imported[0]!.bytes).toEqual(fixture.clean.bytes);
  expect(imported[0]!.result.respondent).toEqual({ code: '04070', name: 'Digne-les-Bains' });
  expect(imported[0]!.fileDate).toBe('2026-01-12T09:30:00.000Z');
  expect(imported[2]!.fileDate).toBeNull();
});

it('finds the planted anomaly at its cell, and nothing else wrong with that return', () => {
  const errors = imported[1]!.result.findings.filter((f) => f.severity === 'error');
  expect(errors.map((f) => [f.code, f.sheet, f.cell, f.value])).toEqual([[anomaly.finding, fixture.anomalyCell.sheet, fixture.anomalyCell.cell, anomaly.value]]);
  expect(imported[1]!.result.submission?.entries.length).toBeGreaterThan(100);
});

it('refuses the file above the size cap from its size alone: it is never read', () => {
  expect(fixture.files[4]!.arrayBuffer).not.toHaveBeenCalled();
  expect(String(refusal(imported[4]!)?.detail)).toMatch(/^Fichier trop volumineux : 21 Mo pour 20 Mo au plus\./);
  for (const file of fixture.files.slice(0, 4)) expect(file.arrayBuffer).toHaveBeenCalledTimes(1);
});

it('reports progress file by file', () => {
  expect(progress.map((p) => [p.done, p.total, p.label])).toEqual([
    ...fixture.files.map((f, i) => [i, 5, f.name]),
    [5, 5, ''],
  ]);
});

it.each([
  [10_000, 'refused'],
  [100 * MB, 'ok'],
])('honours a size cap of %i bytes (the return weighs ~27 Ko)', async (maxFileBytes, status) => {
  const { effects } = recordingEffects({ maxFileBytes });
  const file = picked(fixture.clean.fileName, fixture.clean.bytes);
  const [result] = await effects.importReturns(plan, [file], {});
  expect(result!.result.status).toBe(status);
  expect(file.arrayBuffer).toHaveBeenCalledTimes(status === 'ok' ? 1 : 0);
});

it('turns a file the browser cannot read into a refusal, and goes on with the next', async () => {
  const { effects } = recordingEffects();
  const vanished = { ...hugeFile('deplace.xlsx', 10), arrayBuffer: jest.fn(async () => Promise.reject(new Error('NotFoundError'))) };
  const [gone, next] = await effects.importReturns(plan, [vanished, picked(fixture.clean.fileName, fixture.clean.bytes)], {});
  expect([gone!.result.status, refusal(gone!)?.reason, gone!.bytes]).toEqual(['refused', 'picked_not_read', null]);
  expect(gone!.result.findings[0]!.params).toEqual({ reason: 'picked_not_read', name: 'deplace.xlsx', detail: 'NotFoundError' });
  expect(renderFinding(gone!.result.findings[0]!, 'fr')).toMatch(/^Le fichier n’a pas pu être lu sur le disque \(NotFoundError\)\. Vérifiez/);
  expect(renderFinding(gone!.result.findings[0]!, 'en')).toMatch(/^The file could not be read from the disk\. Check that it was not moved/);
  expect(next!.result.status).toBe('ok');
});

it('stops between two files when cancelled: the next file is never read', async () => {
  const { effects } = recordingEffects();
  const controller = new AbortController();
  const files = [picked('a.xlsx', randomBytes(100)), picked('b.xlsx', randomBytes(100))];
  const run = effects.importReturns(plan, files, { signal: controller.signal, progress: (p) => p.done === 0 && void controller.abort() });
  await expect(run).rejects.toBeInstanceOf(TaskCancelled);
  expect(files[1]!.arrayBuffer).not.toHaveBeenCalled();
});

describe('the annotated copy', () => {
  it('downloads a readable workbook opening on « Contrôles », listing the anomaly', async () => {
    const { effects, downloads } = recordingEffects();
    const outcome = await effects.downloadAnnotated(imported[1]!);
    expect(downloads.map((d) => d.name)).toEqual([annotatedFileName(imported[1]!.fileName)]);
    expect(downloads[0]!.name).toBe('CTG-P2A-2022-2025_200067437_Provence-Alpes-Agglomeration_controle.xlsx');
    const grids = await readGrids(downloads[0]!.bytes);
    expect(grids[0]!.name).toBe('Contrôles');
    const listed = grids[0]!.rows.filter((row) => row.includes(anomaly.finding));
    expect(listed.map((row) => [row[2], row[3]])).toEqual([[fixture.anomalyCell.sheet, fixture.anomalyCell.cell]]);
    // The return's own sheets are all still there, after it.
    expect(grids.slice(1).map((g) => g.name)).toEqual((await readGrids(imported[1]!.bytes!)).map((g) => g.name));
    expect(outcome.message).toMatch(/^Copie annotée téléchargée : .*_controle\.xlsx \(\d+ Ko\)\.$/);
  });

  it.each([2, 4])('is refused, in French, for refused file %i', async (i) => {
    const { effects, download } = recordingEffects();
    const error = await effects.downloadAnnotated(imported[i]!).catch((e: unknown) => e);
    expect(describeError(error)).toMatch(/a été refusé à l’import : il ne peut pas être ouvert, donc pas annoté\. Demandez/);
    expect(download).not.toHaveBeenCalled();
  });
});
