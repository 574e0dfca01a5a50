/**
 * The adviser's last choices, kept in the browser's local storage on the standalone page. What is
 * stored is read back through a schema: a value from an older version, another application or a
 * hand edit never crashes the pane — each field that does not fit falls back to its default.
 * Storage itself may be missing or refuse access (private browsing, blocked cookies, full quota):
 * the preferences then live in memory for the session.
 */
import { preferencesFrom, preferencesKey } from './preferencesSchema';
import { defaultPreferences, type Preferences } from './types';

export { preferencesKey };

export type PreferenceStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** The stored text → preferences; defaults for anything unreadable. */
export function parsePreferences(text: string | null): Preferences {
  if (text === null) return { ...defaultPreferences };
  try {
    return preferencesFrom(JSON.parse(text));
  } catch {
    return { ...defaultPreferences };
  }
}

/** `globalThis.localStorage` when the browser gives access to it (reading it may throw), else none. */
export function browserStorage(): PreferenceStorage | undefined {
  try {
    const storage = (globalThis as { localStorage?: Storage }).localStorage;
    return storage ?? undefined;
  } catch {
    return undefined;
  }
}

export function memoryStorage(): PreferenceStorage {
  const values = new Map<string, string>();
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
  };
}

export type PreferenceStore = { load(): Preferences; save(preferences: Preferences): void };

export function localPreferences(storage: PreferenceStorage = browserStorage() ?? memoryStorage()): PreferenceStore {
  // Where a write was refused, the session keeps the last choices here.
  const fallback = memoryStorage();
  let failed = false;
  return {
    load() {
      try {
        return parsePreferences((failed ? fallback : storage).getItem(preferencesKey));
      } catch {
        return parsePreferences(fallback.getItem(preferencesKey));
      }
    },
    save(preferences) {
      const text = JSON.stringify(preferencesFrom(preferences));
      fallback.setItem(preferencesKey, text);
      try {
        storage.setItem(preferencesKey, text);
        failed = false;
      } catch {
        // Not worth an error message: the choices are only remembered for this session.
        failed = true;
      }
    },
  };
}
