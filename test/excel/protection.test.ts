/**
 * Protection: the add-in checks `protection.protected` before protecting or unprotecting, lifts
 * the protection of its own sheets only while it writes (in a round trip of its own, so a refusal
 * is known before anything is written), and leaves each sheet protected as the spec says — or as
 * the user had protected it — also when the write fails.
 */
import { ExcelAdapterError, issueMessage } from '../../src/excel';
import type { WorkbookSpec } from '../../src/workbook/spec';
import { findSheet } from './fake';
import { writeOnFake } from './support/run';
import { collectionSpec, planSpec } from './support/specs';
import { userProtects, userUnprotects } from './support/user';

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (error: unknown) => error as ExcelAdapterError,
  );
const specProtection = (password: string | undefined) => ({
  protected: true,
  options: { allowFormatColumns: true, allowFormatRows: true, selectionMode: 'Normal' },
  ...(password !== undefined ? { password } : {}),
});
const protectionOf = (fake: Awaited<ReturnType<typeof writeOnFake>>['fake'], name: string) => findSheet(fake.state, name)!.protection;

it('protects the sheets the spec protects, once, with the spec’s options and password', async () => {
  const spec = collectionSpec('04070', undefined, { password: 'mdp' });
  const { fake } = await writeOnFake(spec);
  expect(spec.sheets.filter((s) => s.protection?.password === 'mdp').length).toBeGreaterThan(2);
  for (const sheet of spec.sheets) {
    expect(protectionOf(fake, sheet.name)).toEqual(specProtection(sheet.protection?.password));
  }
});

it('rewriting its protected sheets: unprotects them in a round trip of its own, then protects them again', async () => {
  const spec = collectionSpec('04070', undefined, { password: 'mdp' });
  const { fake } = await writeOnFake(spec);
  const { report } = await writeOnFake(spec, { fake });
  expect(report.syncs.map((s) => s.phase)).toEqual(['inspect', 'details', 'check', 'unprotect', 'write']);
  for (const sheet of spec.sheets) expect(protectionOf(fake, sheet.name)).toEqual(specProtection(sheet.protection?.password));
});

it('gives back the protection the user put on a sheet of the add-in (the spec has none)', async () => {
  const spec = planSpec();
  const { fake } = await writeOnFake(spec);
  await userProtects(fake, 'Fiches', { allowSort: true, allowAutoFilter: true });
  await writeOnFake(spec, { fake });
  expect(protectionOf(fake, 'Fiches')).toEqual({ protected: true, options: { allowSort: true, allowAutoFilter: true } });
  expect(protectionOf(fake, 'Actions').protected).toBe(false);
});

it('a sheet of the add-in protected with a password it does not have: stops before writing, names the sheet, protects back the others', async () => {
  const spec: WorkbookSpec = collectionSpec('04070');
  const { fake } = await writeOnFake(spec);
  const victim = spec.sheets[2]!.name;
  await userUnprotects(fake, victim);
  await userProtects(fake, victim, {}, 'secret-de-la-commune');
  const cellsBefore = fake.state.sheets.map((s) => s.cells.size);
  const error = await failure(writeOnFake(spec, { fake }));
  expect(error.issue).toEqual({ code: 'sheet-protected', sheet: victim });
  expect(issueMessage(error.issue)).toContain(`La feuille « ${victim} » est protégée par un mot de passe`);
  expect(fake.state.sheets.map((s) => s.cells.size)).toEqual(cellsBefore);
  for (const sheet of spec.sheets) expect(protectionOf(fake, sheet.name).protected).toBe(true);
  expect(protectionOf(fake, victim).password).toBe('secret-de-la-commune');
});

it('a write that fails half-way: the error is thrown (typed, with its cause) and the protection is back', async () => {
  const spec = collectionSpec('04070');
  const { fake } = await writeOnFake(spec);
  fake.callFaults.push({ name: 'dataValidation', code: 'GeneralException' }, { name: 'rule', code: 'GeneralException' });
  const error = await failure(writeOnFake(spec, { fake }));
  expect(error).toBeInstanceOf(ExcelAdapterError);
  expect(error.issue).toMatchObject({ code: 'office', officeCode: 'GeneralException' });
  expect(error.cause).toMatchObject({ name: 'RichApi.Error', code: 'GeneralException' });
  for (const sheet of spec.sheets) expect(protectionOf(fake, sheet.name).protected).toBe(true);
});

it('never protects a sheet twice nor unprotects one that is not protected (the fake refuses both)', async () => {
  const spec = collectionSpec('04070');
  const { fake } = await writeOnFake(spec);
  await userUnprotects(fake, spec.sheets[1]!.name);
  const { report } = await writeOnFake(spec, { fake });
  expect(report.syncs.filter((s) => s.phase === 'unprotect')[0]!.commands).toBe(spec.sheets.length - 1);
});
