/**
 * The adviser's stored choices, read back through one schema whichever the store (the workbook's
 * settings in Excel, the browser's local storage standalone). A stored value comes from anywhere
 * — an older version, another application, a hand edit, a hostile workbook — so it is checked
 * field by field: a field that does not fit falls back to its default, the others are kept.
 */
import * as z from '../../plan/zod';
import { defaultPreferences, type Preferences } from './types';

/** The key of the one JSON value, in both stores. */
export const preferencesKey = 'ctg-indicateurs.preferences';

// Bounds, so that a tampered value cannot make the pane hold or render megabytes of choices.
const code = z.string().check(z.minLength(1), z.maxLength(64));

const schema = z.object({
  selection: z.catch(z.enum(['expected', 'all', 'signatories', 'codes']), defaultPreferences.selection),
  codes: z.catch(z.array(code).check(z.maxLength(5000)), () => [...defaultPreferences.codes]),
  periods: z.catch(z.array(code).check(z.maxLength(200)), () => [...defaultPreferences.periods]),
  deadline: z.catch(z.string().check(z.regex(/^(\d{4}-\d{2}-\d{2})?$/)), defaultPreferences.deadline),
  errorPolicy: z.catch(z.enum(['include', 'quarantine']), defaultPreferences.errorPolicy),
  consolidationTarget: z.catch(z.enum(['workbook-tabs', 'new-workbook', 'download']), defaultPreferences.consolidationTarget),
}) satisfies z.ZodMiniType<Preferences>;

/** Stored data → preferences; the defaults for anything that is not an object. */
export function preferencesFrom(stored: unknown): Preferences {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return { ...defaultPreferences };
  const parsed = schema.safeParse(stored);
  return parsed.success ? parsed.data : { ...defaultPreferences };
}
