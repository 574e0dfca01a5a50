/**
 * The adviser's last choices, kept in the browser's local storage on the standalone page. What is
 * stored is read back through a schema: a value from an older version, another application or a
 * hand edit never crashes the pane — each field that does not fit falls back to its default.
 * Storage itself may be missing or refuse access (private browsing, blocked cookies, full quota):
 * the preferences then live in memory for the session.
 */
import { z } from 'zod';
import { defaultPreferences, type Preferences } from './types';

export const preferencesKey = 'ctg-indicateurs.preferences';

export type PreferenceStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** Bounds that keep a tampered value from filling the form with thousands of entries. */
const code = z.string().min(1).max(64);

/** Field by field, so that one bad field does not throw the good ones away. */
const preferencesSchema = z.object({
  selection: z.enum(['all', 'signatories', 'codes']).catch(defaultPreferences.selection),
  codes: z.array(code).max(2000).catch(defaultPreferences.codes),
  periods: z.array(code).max(100).catch(defaultPreferences.periods),
  deadline: z
    .string()
    .regex(/^(\d{4}-\d{2}-\d{2})?$/)
    .catch(defaultPreferences.deadline),
  errorPolicy: z.enum(['include', 'quarantine']).catch(defaultPreferences.errorPolicy),
  consolidationTarget: z.enum(['workbook-tabs', 'new-workbook', 'download']).catch(defaultPreferences.consolidationTarget),
}) satisfies z.ZodType<Preferences>;

/** The stored text → preferences; defaults for anything unreadable. */
export function parsePreferences(text: string | null): Preferences {
  if (text === null) return { ...defaultPreferences };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ...defaultPreferences };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ...defaultPreferences };
  const parsed = preferencesSchema.safeParse(data);
  return parsed.success ? parsed.data : { ...defaultPreferences };
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
      const text = JSON.stringify(preferencesSchema.parse(preferences));
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
