/**
 * « Générer dans le classeur ouvert », on the fake Excel: every chosen respondent's sheets,
 * prefixed by its code, links following, in a number of syncs that does not grow with the number
 * of respondents; a cancelled run writes nothing; an Excel failure comes back in French, and what
 * the adapter guarantees about a write that fails half-way holds.
 */
import { buildCollectionWorkbook, respondentsOf } from '../../../src/collect';
import { ExcelAdapterError, ExcelWorkbook, issueMessage } from '../../../src/excel';
import { parseMark } from '../../../src/excel/marks';
import { defaultPlan } from '../../../src/plan/default';
import { excelEffects } from '../../../src/taskpane/effects/excelEffects';
import { FileEffectError } from '../../../src/taskpane/effects/fileErrors';
import { TaskCancelled, type GenerateRequest, type TaskProgress } from '../../../src/taskpane/effects/types';
import { FakeExcel, FakeSettings, type SheetState } from '../../excel/fake';
import { userTypes } from '../../excel/support/user';
import { fakeEffects } from '../support/fakeEffects';

const now = '2026-11-29T10:00:00.000Z';
const plan = defaultPlan();
const communes = respondentsOf(plan).filter((r) => r.kind === 'commune');

function setup(fake = new FakeExcel()) {
  const files = fakeEffects();
  const workbook = new ExcelWorkbook(fake.host(), { retry: { delaysMs: [], sleep: async () => undefined } });
  const effects = excelEffects({ workbook, files, renderReport: jest.fn(), settings: new FakeSettings(), now: () => now });
  return { fake, files, effects };
}

const request = (codes: string[], extra: Partial<GenerateRequest> = {}): GenerateRequest => ({ selection: { kind: 'codes', codes }, periods: [], deadline: '', where: 'workbook', ...extra });
const sheetNames = (fake: FakeExcel) => fake.state.sheets.map((s) => s.name);
const markOf = (sheet: SheetState) => parseMark(sheet.customProperties.get('ctg')?.value);
const linksOf = (sheet: SheetState) => [...sheet.cells.values()].flatMap((c) => (c.hyperlink?.documentReference !== undefined ? [c.hyperlink.documentReference] : []));

it('writes the sheets of three respondents, prefixed by their codes, with links to the renamed sheets', async () => {
  const { fake, effects } = setup();
  const codes = communes.slice(0, 3).map((c) => c.code);
  const progress: TaskProgress[] = [];
  const summary = await effects.generate(plan, request(codes, { deadline: '2026-03-31' }), { progress: (p) => progress.push(p) });

  expect(summary.message).toMatch(/^3 recueils générés dans le classeur : \d+ feuilles créées\.$/);
  expect(summary.files).toEqual(communes.slice(0, 3).map((c) => ({ respondent: c.code, name: c.name, file: `${c.code} Lisez-moi`, bytes: 0, sheets: expect.any(Number), inputCells: expect.any(Number) })));
  for (const [i, code] of codes.entries()) {
    const own = fake.state.sheets.filter((s) => s.name.startsWith(`${code} `));
    // The visible sheets the summary counts are those written for this respondent.
    expect(summary.files[i]!.sheets).toBe(own.filter((s) => s.visibility === 'Visible').length);
    expect(own.map((s) => s.name)).toEqual(expect.arrayContaining([`${code} Lisez-moi`, `${code} _ctg`]));
    expect(own.find((s) => s.name === `${code} _ctg`)!.visibility).toBe('VeryHidden');
    // The « Lisez-moi » links lead to this respondent's own sheets, as renamed.
    const readme = own.find((s) => s.name === `${code} Lisez-moi`)!;
    const links = linksOf(readme);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      const target = /^'?(.*?)'?!A1$/.exec(link)![1]!.replace(/''/g, "'");
      expect(own.map((s) => s.name)).toContain(target);
    }
  }
  // Progress: one step per respondent, then the write, then done.
  expect(progress.map((p) => [p.done, p.total])).toEqual([[0, 4], [1, 4], [2, 4], [3, 4], [4, 4]]);
  expect(progress[3]!.label).toBe('Écriture dans le classeur…');
});

it('costs the same number of syncs for 3 and for 10 respondents', async () => {
  const syncs = async (count: number) => {
    const { fake, effects } = setup();
    fake.takeSyncs();
    await effects.generate(plan, request(communes.slice(0, count).map((c) => c.code)), {});
    return fake.takeSyncs();
  };
  const [three, ten] = [await syncs(3), await syncs(10)];
  expect(ten.length).toBe(three.length);
  expect(three.length).toBeLessThanOrEqual(2);
  expect(ten.reduce((n, s) => n + s.requestBytes, 0)).toBeGreaterThan(3 * three.reduce((n, s) => n + s.requestBytes, 0) * 0.9);
});

it('generating again replaces the add-in’s own sheets', async () => {
  const { effects } = setup();
  const codes = communes.slice(0, 2).map((c) => c.code);
  await effects.generate(plan, request(codes), {});
  expect((await effects.generate(plan, request(codes), {})).message).toMatch(/feuilles remplacées\.$/);
});

it('refuses to replace a sheet the adviser typed into, and replaces it when asked to overwrite', async () => {
  const { fake, effects } = setup();
  const codes = communes.slice(0, 2).map((c) => c.code);
  await effects.generate(plan, request(codes), {});
  // The first figure of the first commune's first fiche tab: an input cell, unlocked.
  const input = buildCollectionWorkbook(plan, communes[0]!, { now }).inputs.find((i) => i.type !== 'comment')!;
  const typedInto = fake.state.sheets.find((s) => s.name.startsWith(`${codes[0]} `) && input.sheet.startsWith(s.name.slice(codes[0]!.length + 1).replace(/…$/, '')))!;
  await userTypes(fake, typedInto.name, input.cell, '12');
  await expect(effects.generate(plan, request(codes), {})).rejects.toMatchObject({ issue: { code: 'sheet-modified', sheets: expect.arrayContaining([typedInto.name]) } });
  expect((await effects.generate(plan, request(codes, { overwrite: true }), {})).message).toMatch(/feuilles remplacées\.$/);
});

it('cancelled between two respondents: nothing written, not a single sync', async () => {
  const { fake, effects } = setup();
  const abort = new AbortController();
  const before = sheetNames(fake);
  fake.takeSyncs();
  const run = effects.generate(plan, request(communes.slice(0, 5).map((c) => c.code)), {
    signal: abort.signal,
    progress: (p) => p.done === 2 && abort.abort(),
  });
  await expect(run).rejects.toBeInstanceOf(TaskCancelled);
  expect(sheetNames(fake)).toEqual(before);
  expect(fake.takeSyncs()).toHaveLength(0);
});

it.each<[string, GenerateRequest, string, RegExp]>([
  ['an unknown respondent', request(['99999']), 'unknown_respondents', /^Répondant inconnu dans le plan « ctg-p2a-2022-2025 » : 99999\./],
  ['an unknown period', request([communes[0]!.code], { periods: ['2031'] }), 'unknown_periods', /^Période inconnue : 2031\. Périodes du plan : 2022, 2023, 2024, 2025\./],
  ['no respondent', request([]), 'no_respondents', /^Aucun répondant choisi/],
  ['a deadline that is not a date', request([communes[0]!.code], { deadline: '2026-02-30' }), 'invalid_deadline', /^Date limite invalide : « 2026-02-30 »/],
])('%s: refused in French (as the download refuses it), nothing written', async (_label, asked, code, message) => {
  const { fake, effects } = setup();
  const error = await effects.generate(plan, asked, {}).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(FileEffectError);
  expect(error).toMatchObject({ code, message: expect.stringMatching(message) });
  expect(sheetNames(fake)).toEqual(['Feuil1']);
  expect(fake.syncs).toHaveLength(0);
});

it('« download » goes to the file-based effects', async () => {
  const { files, effects, fake } = setup();
  const asked = request([communes[0]!.code], { where: 'download' });
  await effects.generate(plan, asked, {});
  expect(files.generate).toHaveBeenCalledWith(plan, asked, {});
  expect(sheetNames(fake)).toEqual(['Feuil1']);
});

describe('when Excel fails', () => {
  const codes = communes.slice(0, 3).map((c) => c.code);

  it('before writing (the first sync): a French message, no sheet added', async () => {
    const { fake, effects } = setup();
    fake.faults.push('GeneralException');
    const error = await effects.generate(plan, request(codes), {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelAdapterError);
    expect(issueMessage((error as ExcelAdapterError).issue)).toMatch(/^Excel a signalé une erreur \(GeneralException\)/);
    expect(sheetNames(fake)).toEqual(['Feuil1']);
  });

  it('half-way through the write: a French message, and the workbook as it was — the sheets and names begun are removed', async () => {
    const { fake, effects } = setup();
    const namesBefore = [...fake.state.names.keys()];
    fake.callFaults.push({ name: 'rule', code: 'GeneralException' });
    const error = await effects.generate(plan, request(codes), {}).catch((e: unknown) => e);
    expect((error as ExcelAdapterError).issue).toMatchObject({ code: 'office', officeCode: 'GeneralException' });
    expect((error as ExcelAdapterError).related).toEqual([]);
    expect(sheetNames(fake)).toEqual(['Feuil1']);
    expect([...fake.state.names.keys()]).toEqual(namesBefore);
    // The failed batch had added sheets (the fake applies a batch up to its failing call): two more round trips remove them.
    expect(fake.syncs.filter((s) => s.error === undefined).length).toBeGreaterThanOrEqual(3);

    const summary = await effects.generate(plan, request(codes), {});
    expect(summary.message).toMatch(/^3 recueils générés/);
    for (const sheet of fake.state.sheets.filter((s) => s.name !== 'Feuil1')) expect(markOf(sheet)?.state).toBe('written');
  });

  it('half-way through replacing its own sheets: they stay, marked « writing », and the next run replaces them without asking', async () => {
    const { fake, effects } = setup();
    await effects.generate(plan, request(codes), {});
    const written = sheetNames(fake);
    fake.callFaults.push({ name: 'rule', code: 'GeneralException' });
    await expect(effects.generate(plan, request(codes), {})).rejects.toBeInstanceOf(ExcelAdapterError);
    // Nothing of the adviser's is touched; the add-in's own sheets, half rewritten, say so.
    expect(sheetNames(fake)).toEqual(written);
    expect(fake.state.sheets.filter((s) => markOf(s)?.state === 'writing').length).toBeGreaterThan(0);
    expect((await effects.generate(plan, request(codes), {})).message).toMatch(/feuilles remplacées\.$/);
    for (const sheet of fake.state.sheets.filter((s) => s.name !== 'Feuil1')) expect(markOf(sheet)?.state).toBe('written');
  });

  it('a sheet of the same name that is not the add-in’s: refused in French, nothing written', async () => {
    const { fake, effects } = setup();
    const code = communes[0]!.code;
    const first = setup(fake);
    await first.effects.generate(plan, request([code]), {});
    const theirs = fake.state.sheets.find((s) => s.name === `${code} Lisez-moi`)!;
    // Not the add-in's: no mark in the sheet, nor in the document's properties.
    theirs.customProperties.clear();
    fake.state.documentProperties.delete(`ctg:${theirs.name}`.toLowerCase());
    const count = fake.state.sheets.length;
    const refused = await effects.generate(plan, request([code, communes[1]!.code]), {}).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ExcelAdapterError);
    expect(issueMessage((refused as ExcelAdapterError).issue)).toContain(`La feuille « ${code} Lisez-moi » existe déjà`);
    expect(fake.state.sheets).toHaveLength(count);
  });
});
