/**
 * The adviser's choices in local storage: they come back as saved; whatever else is stored under
 * the key (an older version, another application, a hand edit, garbage) gives the defaults,
 * field by field, never a crash; a storage that refuses access keeps them for the session.
 */
import { fileEffects } from '../../../src/taskpane/effects/fileEffects';
import { localPreferences, memoryStorage, parsePreferences, preferencesKey, type PreferenceStorage } from '../../../src/taskpane/effects/localPreferences';
import { defaultPreferences, type Preferences } from '../../../src/taskpane/effects/types';

const chosen: Preferences = {
  selection: 'codes',
  codes: ['04070', '04001'],
  periods: ['2024', '2025'],
  deadline: '2026-01-31',
  errorPolicy: 'quarantine',
  consolidationTarget: 'download',
};

it('gives back what was saved, as JSON under its own key', async () => {
  const storage = memoryStorage();
  const effects = fileEffects({ storage });
  expect(await effects.loadPreferences()).toEqual(defaultPreferences);
  await effects.savePreferences(chosen);
  expect(JSON.parse(storage.getItem(preferencesKey)!)).toEqual(chosen);
  // A new page (same storage) finds them again.
  expect(await fileEffects({ storage }).loadPreferences()).toEqual(chosen);
});

it('offers only the download as consolidation target on this page', async () => {
  const storage = memoryStorage();
  storage.setItem(preferencesKey, JSON.stringify({ ...chosen, consolidationTarget: 'workbook-tabs' }));
  expect(await fileEffects({ storage }).loadPreferences()).toEqual(chosen);
});

it.each<[string, string]>([
  ['not JSON', '{selection: all'],
  ['a number', '42'],
  ['null', 'null'],
  ['an array', '["all"]'],
  ['a string', '"codes"'],
  ['another application’s object', '{"theme":"dark","fontSize":14}'],
  ['every field of the wrong type', '{"selection":3,"codes":"04070","periods":[2024],"deadline":"demain","errorPolicy":"ignore","consolidationTarget":"cloud"}'],
  ['a prototype trap', '{"__proto__":{"selection":"codes"}}'],
])('gives the defaults for %s', (_case, stored) => {
  expect(parsePreferences(stored)).toEqual(defaultPreferences);
});

it('keeps the good fields of a partly broken value', () => {
  const stored = JSON.stringify({ ...chosen, codes: [42], deadline: '31/01/2026', extra: true });
  expect(parsePreferences(stored)).toEqual({ ...chosen, codes: [], deadline: '' });
});

it('never fails on a storage that refuses access: the choices last for the session', async () => {
  const refusing: PreferenceStorage = {
    getItem: jest.fn(() => {
      throw new DOMException('denied', 'SecurityError');
    }),
    setItem: jest.fn(() => {
      throw new DOMException('full', 'QuotaExceededError');
    }),
  };
  const store = localPreferences(refusing);
  expect(store.load()).toEqual(defaultPreferences);
  store.save(chosen);
  expect(store.load()).toEqual(chosen);
  expect(refusing.setItem).toHaveBeenCalledTimes(1);
});
