/**
 * The plan on the standalone page: the embedded one at start, a picked .json or .xlsx read back
 * to the same plan, and every unusable file answered with its issue as data, worded in French
 * (what, how to fix), never an exception. A file above the cap is refused unread.
 */
import type { LoadedPlan } from '../../../src/app/loadPlan';
import { buildPlanWorkbook } from '../../../src/collect/planWorkbook';
import { renderPlanFileIssue } from '../../../src/i18n/planFile';
import { defaultPlan, defaultPlanInput } from '../../../src/plan/default';
import { renderSpec } from '../../../src/xlsx/renderSpec';
import { hugeFile, MB, now, picked, randomBytes, recordingEffects } from './fileSupport';

const text = (s: string) => new TextEncoder().encode(s);
/** What the pane says of a file it could not read as a plan. */
const said = (loaded: LoadedPlan) => ('unreadable' in loaded ? renderPlanFileIssue(loaded.unreadable, 'fr') : '');

it('starts from the embedded plan', async () => {
  const { effects } = recordingEffects();
  const { plan, problem } = await effects.initialPlan();
  expect(plan.source).toEqual({ kind: 'embedded' });
  expect(plan.plan).toEqual(defaultPlan());
  expect(problem).toBeUndefined();
  expect(effects.surface).toBe('files');
});

it.each<[string, () => Promise<Uint8Array> | Uint8Array, 'json' | 'xlsx']>([
  ['plan.json', () => text(JSON.stringify(defaultPlanInput)), 'json'],
  ['Plan CTG.XLSX', () => renderSpec(buildPlanWorkbook(defaultPlan(), now)), 'xlsx'],
])('reads %s back to the embedded plan', async (name, bytes, format) => {
  const { effects } = recordingEffects();
  const loaded = await effects.readPlanFile(picked(name, await bytes()));
  expect(loaded).toEqual({ ok: true, format, plan: defaultPlan() });
});

it('gives the located issues of a readable plan with mistakes', async () => {
  const { effects } = recordingEffects();
  const loaded = await effects.readPlanFile(picked('plan.json', text(JSON.stringify({ ...defaultPlanInput, periods: [] }))));
  expect(loaded.ok).toBe(false);
  expect(loaded).toMatchObject({ format: 'json', issues: expect.arrayContaining([expect.anything()]) });
});

it.each<[string, string, Uint8Array, RegExp]>([
  ['a text file', 'plan.txt', text('{}'), /^Le fichier « plan\.txt » n’est pas un plan : choisissez un fichier \.json .* ou un classeur \.xlsx/],
  ['an old .xls workbook', 'plan.xls', randomBytes(512), /Un classeur \.xls, \.xlsm ou \.ods doit d’abord être enregistré au format Classeur Excel \(\.xlsx\)/],
  ['broken JSON', 'plan.json', text('{"id": '), /^JSON illisible à la ligne 1, colonne 8 \(.+\)\. Vérifiez la syntaxe du fichier à cet endroit : une virgule, un guillemet/],
  ['not UTF-8', 'plan.json', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), /^Le fichier n’est pas un texte UTF-8, ce n’est donc pas un plan exporté\./],
  ['random bytes named .xlsx', 'plan.xlsx', randomBytes(4096), /^Plan « plan\.xlsx » refusé\. .*n’est pas un classeur Excel \(\.xlsx\)/],
])('answers %s with a French sentence saying what to do', async (_case, name, bytes, message) => {
  const { effects } = recordingEffects();
  const loaded = await effects.readPlanFile(picked(name, bytes));
  expect(loaded.ok).toBe(false);
  expect(said(loaded)).toMatch(message);
});

it.each<[string, number, RegExp]>([
  ['plan.xlsx', 25 * MB, /^Plan « plan\.xlsx » refusé\. Fichier trop volumineux : 25 Mo pour 20 Mo au plus\./],
  ['plan.json', 6 * MB, /^Le fichier « plan\.json » est trop volumineux pour être un plan \(6 Mo, 5 Mo au plus\)\./],
])('refuses %s of %i bytes without reading it', async (name, size, message) => {
  const { effects } = recordingEffects();
  const file = hugeFile(name, size);
  const loaded = await effects.readPlanFile(file);
  expect(said(loaded)).toMatch(message);
  expect(file.arrayBuffer).not.toHaveBeenCalled();
});
