/** `ctg consolidate`: folders read recursively, the workbook written atomically, a JSON summary, clear refusals. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectionFileName } from '../../src/app/fileNames';
import { simulateReturn } from '../../src/demo';
import { respondentsOf } from '../../src/collect';
import { defaultPlan } from '../../src/plan';
import { readGrids } from '../../src/xlsx/readGrids';
import { renderSpec } from '../../src/xlsx/renderSpec';
import { runCli as run } from '../support/cli';

const plan = defaultPlan();

/** Returns of the EPCI (with an error) and two communes, one of them in a sub-folder. */
async function returnsFolder(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'ctg-consolidate-'));
  mkdirSync(join(dir, 'janvier'));
  const write = async (code: string, folder: string, anomalies: Parameters<typeof simulateReturn>[2]['anomalies']) => {
    const respondent = respondentsOf(plan).find((r) => r.code === code)!;
    const { spec } = simulateReturn(plan, respondent, { seed: 9, now: '2025-12-01T09:00:00.000Z', completeness: 'full', anomalies });
    writeFileSync(join(folder, collectionFileName(plan, respondent)), await renderSpec(spec));
  };
  await write('200067437', dir, ['negative_count']);
  await write('04070', dir, []);
  await write('04001', join(dir, 'janvier'), []);
  writeFileSync(join(dir, 'notes.txt'), 'pas un classeur');
  return dir;
}

describe('ctg consolidate', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await returnsFolder();
  }, 60_000);

  it('reads the folders recursively, writes the workbook and prints a JSON summary only', async () => {
    const out = join(dir, 'consolidation.xlsx');
    const { code, out: stdout } = await run('consolidate', dir, '--out', out, '--json');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.files.map((f: { respondent: string }) => f.respondent).sort()).toEqual(['04001', '04070', '200067437']);
    expect(json.output).toBe(out);
    expect(json.errorPolicy).toEqual({ choice: 'include', default: true });
    expect(json.summary.findings.error).toBeGreaterThan(0);
    expect(json.totals.length).toBeGreaterThan(100);
    const grids = await readGrids(readFileSync(out));
    expect(grids.map((g) => g.name)).toEqual(expect.arrayContaining(['Synthèse', 'Données', 'Anomalies', 'Historique', 'Relances', 'FA 3.2 - Accueil 0-3 ans']));
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);

    // Run again with the workbook inside the folder (replacing it takes --force): it is not taken for a return.
    const again = JSON.parse((await run('consolidate', dir, '--out', out, '--force', '--json')).out);
    expect(again.files).toHaveLength(3);
  }, 60_000);

  it('prints a French summary without --json, and quarantines returns with errors with --exclude-errors', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'ctg-out-')), 'sous', 'conso.xlsx');
    const { code, out: stdout } = await run('consolidate', await returnsFolder(), '--out', out, '--exclude-errors');
    expect(code).toBe(0);
    expect(stdout).toMatch(/3 fichiers lus : 2 retenus, 1 écarté \(erreurs\)\./);
    expect(stdout).toMatch(/Retours avec erreurs : écartés jusqu’à réception d’un retour corrigé\./);
    expect(stdout).toContain(`Classeur de consolidation : ${out}`);
    expect(existsSync(out)).toBe(true);
  }, 60_000);

  it.each([
    ['no --out', ['consolidate', 'x'], /--out FICHIER\.xlsx/],
    ['an --out that is not .xlsx', ['consolidate', 'x', '--out', 'conso.csv'], /--out FICHIER\.xlsx/],
    ['no return given', ['consolidate', '--out', 'c.xlsx'], /Indiquez les classeurs retournés/],
    ['a path that does not exist', ['consolidate', '/nulle/part', '--out', join(tmpdir(), 'c.xlsx')], /Impossible de lire « \/nulle\/part » \(ENOENT\)/],
    ['an unknown option', ['consolidate', 'x', '--sortie', 'c.xlsx'], /Option inconnue : --sortie/],
  ])('refuses %s with exit code 2', async (_name, argv, message) => {
    const { code, err } = await run(...argv);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });

  it('refuses an unknown respondent with exit code 2', async () => {
    const { code, err } = await run('consolidate', await returnsFolder(), '--respondents', '99999', '--out', join(tmpdir(), 'c.xlsx'));
    expect(code).toBe(2);
    expect(err).toMatch(/Répondant\(s\) inconnu\(s\) : 99999/);
  }, 60_000);

  it('refuses a folder without any workbook', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'ctg-empty-'));
    const { code, err } = await run('consolidate', empty, '--out', join(empty, 'c.xlsx'));
    expect(code).toBe(2);
    expect(err).toMatch(/ne contient aucun classeur \.xlsx/);
  });
});
