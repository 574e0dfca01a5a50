/**
 * The adviser's stored choices, read back through one schema whichever the store (the workbook's
 * settings in Excel, the browser's local storage standalone). A stored value comes from anywhere
 * — an older version, another application, a hand edit, a hostile workbook — so it is checked
 * field by field: a field that does not fit falls back to its default, the others are kept.
 */
import { z } from 'zod';
import { defaultPreferences, type Preferences } from './types';

/** The key of the one JSON value, in both stores. */
export const preferencesKey = 'ctg-indicateurs.preferences';

// Bounds, so that a tampered value cannot make the pane hold or render megabytes of choices.
const code = z.string().min(1).max(64);

const schema = z.object({
  selection: z.enum(['expected', 'all', 'signatories', 'codes']).catch(defaultPreferences.selection),
  codes: z.array(code).max(5000).catch(() => [...defaultPreferences.codes]),
  periods: z.array(code).max(200).catch(() => [...defaultPreferences.periods]),
  deadline: z
    .string()
    .regex(/^(\d{4}-\d{2}-\d{2})?$/)
    .catch(defaultPreferences.deadline),
  errorPolicy: z.enum(['include', 'quarantine']).catch(defaultPreferences.errorPolicy),
  consolidationTarget: z.enum(['workbook-tabs', 'new-workbook', 'download']).catch(defaultPreferences.consolidationTarget),
}) satisfies z.ZodType<Preferences>;

/** Stored data → preferences; the defaults for anything that is not an object. */
export function preferencesFrom(stored: unknown): Preferences {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return { ...defaultPreferences };
  const parsed = schema.safeParse(stored);
  return parsed.success ? parsed.data : { ...defaultPreferences };
}
