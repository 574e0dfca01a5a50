/**
 * The consolidation on the standalone page, from the returns imported (never read twice): a
 * downloaded workbook whose territory total of an indicator is the sum of the returns' values —
 * both in the figures computed and in the file (the total's formula over the detail rows) — for
 * either choice about returns with errors.
 */
import { consolidationFileName } from '../../../src/app/consolidate';
import { defaultRespondentSelection, selectRespondents } from '../../../src/collect';
import type { ErrorPolicy } from '../../../src/consolidate/types';
import { defaultPlan } from '../../../src/plan';
import { describeError } from '../../../src/taskpane/task/describeError';
import { completenessSentence, filesSentence } from '../../../src/taskpane/effects/fileConsolidationSummary';
import { TaskCancelled, type ConsolidationTarget, type ImportedReturn } from '../../../src/taskpane/effects/types';
import type { Grid } from '../../../src/workbook/grid';
import { parseA1 } from '../../../src/workbook/a1';
import { readGrids } from '../../../src/xlsx/readGrids';
import { pickedReturns, recordingEffects } from './fileSupport';

const plan = defaultPlan();
/** Reported by the EPCI and by every commune, summed over the territory, no breakdown. */
const indicator = '3.1.a1.jours_arret_travail';
const period = '2024';

let imported: ImportedReturn[];

beforeAll(async () => {
  const { files } = await pickedReturns();
  imported = await recordingEffects().effects.importReturns(plan, files, {});
}, 60_000);

const valueOf = (r: ImportedReturn) => r.result.submission?.entries.find((e) => e.code === indicator && e.period === period && e.member === '')?.value;

/** The territory figure as the file computes it: the formula's SUM range, added up from the cells read back. */
function fileTotal(grids: readonly Grid[]): number {
  const sheet = grids.find((g) => g.rows.some((row) => row[0] === indicator))!;
  const header = sheet.rows.findIndex((row) => row.includes('Année 2024'));
  const column = sheet.rows[header]!.indexOf('Année 2024');
  const row = sheet.rows.findIndex((r) => r[0] === indicator);
  const formula = sheet.formulas[row]?.[column] ?? '';
  const [, from, to] = /SUM\(([A-Z]+\d+):([A-Z]+\d+)\)/.exec(formula) ?? [];
  const a = parseA1(from!)!;
  const b = parseA1(to!)!;
  let sum = 0;
  for (let r = a.row; r <= b.row; r++) {
    const value = sheet.rows[r]?.[a.column];
    if (typeof value === 'number') sum += value;
  }
  expect(a.column).toBe(b.column);
  return sum;
}

// Whom the campaign asks (the Caf, the EPCI, the partners, the signatory communes): the two
// readable returns answer for two of them, the others are « sans réponse ».
const campaign = selectRespondents(defaultPlan(), defaultRespondentSelection);
const expected = campaign.ok ? campaign.respondents.length : Number.NaN;

// The sentence says where the workbook went and how many returns it holds; the files' fates and the
// completeness are said once each, by the summary below it.
it.each<[ErrorPolicy, number[], RegExp, string, string]>([
  [
    'include',
    [0, 1],
    /^Consolidation téléchargée : consolidation-CTG-P2A-2022-2025\.xlsx \(\d+ Ko\)\.$/,
    '5 retours : 2 retenus, 3 refusés (illisibles)',
    `2 complets, 0 partiel, ${expected - 2} sans réponse (sur ${expected} répondants attendus)`,
  ],
  [
    'quarantine',
    [0],
    /^Consolidation téléchargée : consolidation-CTG-P2A-2022-2025\.xlsx \(\d+ Ko\)\.$/,
    '5 retours : 1 retenu, 1 écarté (erreurs), 3 refusés (illisibles)',
    `1 complet, 0 partiel, ${expected - 2} sans réponse, 1 écarté (sur ${expected} répondants attendus)`,
  ],
])('with returns with errors %s, downloads a workbook whose territory total is the sum of the returns kept', async (errorPolicy, kept, message, files, completeness) => {
  const { effects, downloads } = recordingEffects();
  const summary = await effects.consolidate(plan, imported, { target: 'download', errorPolicy }, {});

  expect(downloads.map((d) => d.name)).toEqual([consolidationFileName(plan)]);
  expect(summary.output).toBe('consolidation-CTG-P2A-2022-2025.xlsx');
  expect(summary.target).toBe('download');
  expect(summary.message).toMatch(message);
  expect(filesSentence(summary.consolidation, 'fr')).toBe(files);
  expect(completenessSentence(summary.consolidation, 'fr')).toBe(completeness);

  const values = kept.map((i) => valueOf(imported[i]!));
  expect(values.every((v) => typeof v === 'number')).toBe(true);
  const expected = (values as number[]).reduce((a, b) => a + b, 0);
  const cell = summary.consolidation.indicators.find((i) => i.code === indicator)!.cells.find((c) => c.period === period && c.member === '')!;
  expect(cell.total).toBe(expected);

  const grids = await readGrids(downloads[0]!.bytes);
  expect(grids.map((g) => g.name)).toEqual(expect.arrayContaining(['Synthèse', 'Données', 'Anomalies', 'Relances']));
  expect(fileTotal(grids)).toBe(expected);
});

it('reuses the verdicts of the import: each file’s fate in the details, and who to remind', async () => {
  const { effects } = recordingEffects();
  const summary = await effects.consolidate(plan, imported, { target: 'download', errorPolicy: 'include' }, {});
  expect(summary.consolidation.files.map((f) => [f.file, f.outcome])).toEqual(imported.map((r, i) => [r.fileName, i < 2 ? 'used' : 'refused']));
  expect(summary.details.slice(0, 5)).toEqual([
    'CTG-P2A-2022-2025_04070_Digne-les-Bains.xlsx — Digne-les-Bains : retenu.',
    expect.stringMatching(/^CTG-P2A-2022-2025_200067437_.* — .* : retenu ; 1 erreur\.$/),
    'retour-abime.xlsx — répondant non reconnu : refusé (illisible) ; 1 erreur.',
    'bombe.xlsx — répondant non reconnu : refusé (illisible) ; 1 erreur.',
    'enorme.xlsx — répondant non reconnu : refusé (illisible) ; 1 erreur.',
  ]);
  expect(summary.details[5]).toMatch(/^À relancer : .*Caisse d.Allocations.* \(détail dans l’onglet « Relances »\)\.$/);
});

it('says with each key figure how it was formed and from how many respondents', async () => {
  const { effects } = recordingEffects();
  const summary = await effects.consolidate(plan, imported, { target: 'download', errorPolicy: 'include' }, {});
  const keyFigures = summary.details.filter((d) => d.startsWith('Chiffre clé — '));
  expect(keyFigures.length).toBeGreaterThan(0);
  for (const line of keyFigures) expect(line).toMatch(/^Chiffre clé — FA \d\.\d · .+, Année 20\d\d : .+ \((somme|chiffre|maximum|dernière|aucune|.*repris de).*\)\.$/);
  // Fiche 3.2's projects: the EPCI's and Digne-les-Bains' own, added up and said so.
  expect(keyFigures).toContainEqual(expect.stringMatching(/^Chiffre clé — FA 3\.1 · Nombre de jours « arrêts de travail » .* \(somme des contributions distinctes de l’EPCI et d’une commune\)\.$/));
});

it.each<ConsolidationTarget>(['workbook-tabs', 'new-workbook'])('refuses the target %s, in French, downloading nothing', async (target) => {
  const { effects, download } = recordingEffects();
  const error = await effects.consolidate(plan, imported, { target, errorPolicy: 'include' }, {}).catch((e: unknown) => e);
  expect(describeError(error)).toMatch(/^Hors d’Excel, la consolidation .* Choisissez « Télécharger »/);
  expect(download).not.toHaveBeenCalled();
});

it('downloads nothing when cancelled', async () => {
  const { effects, download } = recordingEffects();
  const controller = new AbortController();
  const run = effects.consolidate(plan, imported, { target: 'download', errorPolicy: 'include' }, { signal: controller.signal, progress: (p) => p.done === 1 && void controller.abort() });
  await expect(run).rejects.toBeInstanceOf(TaskCancelled);
  expect(download).not.toHaveBeenCalled();
});
