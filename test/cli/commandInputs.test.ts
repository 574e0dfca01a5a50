/**
 * The prologue `consolidate`, `consolidate --into` and `bilan` share (src/cli/commandInputs.ts):
 * the same wrong input is refused by each of them with the same French line and exit code 2, and
 * nothing is written.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectionFileName } from '../../src/app/fileNames';
import { respondentsOf } from '../../src/collect';
import { simulateReturn } from '../../src/demo';
import { defaultPlan } from '../../src/plan';
import { renderSpec } from '../../src/xlsx/renderSpec';
import { runCli as run } from '../support/cli';

const plan = defaultPlan();
const digne = respondentsOf(plan).find((r) => r.code === '04070')!;

let returns: string;
let earlier: string;
beforeAll(async () => {
  returns = mkdtempSync(join(tmpdir(), 'ctg-prologue-'));
  const { spec } = simulateReturn(plan, digne, { seed: 5, now: '2025-12-01T09:00:00.000Z', completeness: 'full', anomalies: [] });
  writeFileSync(join(returns, collectionFileName(plan, digne)), await renderSpec(spec));
  // The campaign so far, for --into: its refusals of the adviser's choice come after it is read.
  earlier = join(mkdtempSync(join(tmpdir(), 'ctg-prologue-into-')), 'c.xlsx');
  const made = await run('consolidate', returns, '--out', earlier);
  expect(made.code).toBe(0);
}, 120_000);

/** Each command, writing at `out` (a workbook for consolidate, a document for bilan). */
const commands: Array<[string, (out: string) => string[]]> = [
  ['consolidate', (out) => ['consolidate', '--out', `${out}.xlsx`]],
  ['consolidate --into --out', (out) => ['consolidate', '--into', earlier, '--out', `${out}.xlsx`]],
  ['bilan', (out) => ['bilan', '--out', `${out}.docx`]],
];

/** A wrong input, and the line every command refuses it with (`<out>`: the path to write, `<dir>`: the returns). */
const refusals: Array<[string, string[], string]> = [
  ['an unknown respondent', ['--respondents', 'zzz'], 'Répondant(s) inconnu(s) : zzz.'],
  ['an output whose folder is a file', ['<under-a-file>'], 'Impossible d’écrire dans le dossier de « <out> » (EEXIST). Choisissez un dossier accessible en écriture.'],
  ['a plan that is not there', ['--plan', '<dir>/absent.json'], 'Impossible de lire le plan « <dir>/absent.json » (ENOENT). Vérifiez le chemin du fichier.'],
  ['a returns folder that is not there', ['<dir>/absent'], 'Impossible de lire « <dir>/absent » (ENOENT). Vérifiez le chemin.'],
];

describe.each(commands)('ctg %s: the shared prologue', (_name, command) => {
  it.each(refusals)('refuses %s (exit 2), in the same words, writing nothing', async (_case, given, line) => {
    const folder = mkdtempSync(join(tmpdir(), 'ctg-prologue-out-'));
    const underAFile = given[0] === '<under-a-file>';
    if (underAFile) writeFileSync(join(folder, 'file'), '');
    const [name, ...options] = command(join(folder, underAFile ? 'file/out' : 'out'));
    const out = options[options.indexOf('--out') + 1]!;
    const inputs = given[0] === '<dir>/absent' ? [] : [returns];
    const extra = underAFile ? [] : given.map((g) => g.replace('<dir>', returns));
    const { code, err } = await run(name!, ...inputs, ...options, ...extra);
    expect(code).toBe(2);
    expect(err).toContain(line.replace('<out>', out).replace(/<dir>/g, returns));
    expect(existsSync(out)).toBe(false);
  }, 60_000);
});

describe.each(commands.slice(0, 2))('ctg %s --confirm-identity', (_name, command) => {
  it('refuses a name that is none of the files given (exit 2), in the same words', async () => {
    const [name, ...options] = command(join(mkdtempSync(join(tmpdir(), 'ctg-prologue-out-')), 'out'));
    const { code, err } = await run(name!, returns, ...options, '--confirm-identity', 'autre.xlsx');
    expect(code).toBe(2);
    expect(err).toBe(
      '--confirm-identity : aucun des classeurs donnés ne s’appelle « autre.xlsx ». Donnez le nom du fichier mis de côté, tel que le résumé l’écrit (plusieurs : séparés par des virgules).',
    );
  }, 60_000);
});
