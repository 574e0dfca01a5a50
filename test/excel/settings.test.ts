/** The document's settings: found on office.js's global only when usable, saved through a promise, failures in French. */
import { issueMessage, officeDocumentSettings, readSetting, SettingsSaveError, writeSetting, type DocumentSettings } from '../../src/excel';
import { FakeSettings } from './fake';

describe('officeDocumentSettings', () => {
  it('is the settings of Office.context.document when office.js provides them', () => {
    const settings = new FakeSettings();
    expect(officeDocumentSettings({ Office: { context: { document: { settings } } } })).toBe(settings);
  });

  it.each<[string, object]>([
    ['no Office global (standalone page)', {}],
    ['Office without a document (before Office.onReady)', { Office: { context: {} } }],
    ['settings without saveAsync', { Office: { context: { document: { settings: { get: () => null, set: () => undefined } } } } }],
  ])('is undefined with %s', (_label, scope) => {
    expect(officeDocumentSettings(scope)).toBeUndefined();
  });
});

it('writes a value and saves it into the document', async () => {
  const settings = new FakeSettings();
  await writeSetting(settings, 'clé', { a: [1, 2], b: 'texte' });
  expect(settings.saves).toBe(1);
  expect(readSetting(settings.reopened(), 'clé')).toEqual({ a: [1, 2], b: 'texte' });
});

it('reads an absent setting as undefined, and one Office cannot give back as absent', () => {
  expect(readSetting(new FakeSettings(), 'absente')).toBeUndefined();
  const broken: DocumentSettings = { get: () => { throw new Error('partie du document illisible'); }, set: () => undefined, saveAsync: () => undefined };
  expect(readSetting(broken, 'x')).toBeUndefined();
});

it('a failed save rejects with a French message, the host’s error kept as cause', async () => {
  const settings = new FakeSettings();
  settings.saveFailures.push('Le document est en lecture seule.');
  const error = await writeSetting(settings, 'clé', 1).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(SettingsSaveError);
  expect(issueMessage((error as SettingsSaveError).issue)).toBe('Les préférences n’ont pas pu être enregistrées dans le classeur (Le document est en lecture seule). Elles restent valables pour cette session.');
  expect((error as SettingsSaveError).code).toBe('settings-save-failed');
  expect((error as SettingsSaveError).cause).toMatchObject({ code: 5001 });
  expect(settings.reopened().get('clé')).toBeNull();
});

it('a saveAsync that throws rejects the same way', async () => {
  const throwing: DocumentSettings = { get: () => null, set: () => undefined, saveAsync: () => { throw new Error('Office pas prêt'); } };
  const error = await writeSetting(throwing, 'clé', 1).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(SettingsSaveError);
  expect(issueMessage((error as SettingsSaveError).issue)).toMatch(/pas pu être enregistrées.*Office pas prêt/);
});
