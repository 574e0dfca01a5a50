/**
 * `ctg consolidate --confirm-identity`: a return whose file name names another commune than its
 * `_ctg` sheet is set apart (and said so, with the option to use), until the adviser confirms it.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectionFileName } from '../../src/app/fileNames';
import { simulateReturn } from '../../src/demo';
import { respondentsOf } from '../../src/collect';
import { defaultPlan } from '../../src/plan';
import { renderSpec } from '../../src/xlsx/renderSpec';
import { runCli as run } from '../support/cli';

const plan = defaultPlan();
const chateau = respondentsOf(plan).find((r) => r.code === '04049')!;
const digne = respondentsOf(plan).find((r) => r.code === '04070')!;
/** Château-Arnoux's workbook, saved under Digne-les-Bains's file name. */
const misnamed = collectionFileName(plan, digne);

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ctg-identity-'));
  const { spec } = simulateReturn(plan, chateau, { seed: 3, now: '2025-12-01T09:00:00.000Z', completeness: 'full', anomalies: [] });
  writeFileSync(join(dir, misnamed), await renderSpec(spec));
}, 60_000);

type FileJson = { file: string; outcome: string; respondent: string | null; identity: { status: string } };

describe('ctg consolidate --confirm-identity', () => {
  it.each([
    ['without the option: set apart, attributed to nobody', [], 'unconfirmed', null, 'unconfirmed'],
    ['confirmed by its name', [misnamed], 'used', '04049', 'confirmed'],
    ['confirmed by its path (folder included)', ['<dir>/' + misnamed], 'used', '04049', 'confirmed'],
  ])('%s', async (_name, confirm, outcome, respondent, status) => {
    const out = join(mkdtempSync(join(tmpdir(), 'ctg-identity-out-')), 'c.xlsx');
    const option = confirm.length > 0 ? ['--confirm-identity', confirm.map((c) => c.replace('<dir>/', `${dir}/`)).join(',')] : [];
    const { code, out: stdout } = await run('consolidate', dir, '--out', out, '--json', ...option);
    expect(code).toBe(0);
    const file = (JSON.parse(stdout).files as FileJson[])[0]!;
    expect(file).toMatchObject({ file: misnamed, outcome, respondent, identity: { status } });
  }, 60_000);

  it('says in French which file is set apart, why, and the option that uses it', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'ctg-identity-out-')), 'c.xlsx');
    const { code, out: stdout } = await run('consolidate', dir, '--out', out);
    expect(code).toBe(0);
    expect(stdout).toContain('1 mis de côté (répondant à confirmer)');
    expect(stdout).toContain(`${misnamed} mis de côté : sa feuille « _ctg » désigne Château-Arnoux-Saint-Auban (04049), mais son nom de fichier désigne Digne-les-Bains (04070). Pour l’utiliser quand même : --confirm-identity ${misnamed}`);
  }, 60_000);

  it('refuses a name that is none of the files given (exit 2), in French', async () => {
    const { code, err } = await run('consolidate', dir, '--out', join(dir, 'c.xlsx'), '--confirm-identity', 'autre.xlsx');
    expect(code).toBe(2);
    expect(err).toContain('--confirm-identity : aucun des classeurs donnés ne s’appelle « autre.xlsx »');
  });
});
