/**
 * The adviser's last choices, kept in the workbook's document settings: they travel with the
 * workbook, so a colleague opening it finds the same selection. A workbook comes from anywhere,
 * so what is stored is checked field by field: a field that is not what this version expects
 * (garbage, or written by another version) falls back to its default, the others are kept.
 */
import { z } from 'zod';
import { readSetting, writeSetting, type DocumentSettings } from '../../excel';
import { defaultPreferences, type Preferences } from './types';

/** The settings key (one JSON value). */
export const preferencesKey = 'ctg-indicateurs.preferences';

// Bounds so that a hostile workbook cannot make the pane hold or render megabytes of choices.
const code = z.string().max(64);
const schema = z.object({
  selection: z.enum(['all', 'signatories', 'codes']).catch(defaultPreferences.selection),
  codes: z.array(code).max(5000).catch(() => [...defaultPreferences.codes]),
  periods: z.array(code).max(200).catch(() => [...defaultPreferences.periods]),
  deadline: z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/).catch(defaultPreferences.deadline),
  errorPolicy: z.enum(['include', 'quarantine']).catch(defaultPreferences.errorPolicy),
  consolidationTarget: z.enum(['workbook-tabs', 'new-workbook', 'download']).catch(defaultPreferences.consolidationTarget),
}) satisfies z.ZodType<Preferences>;

export function parsePreferences(stored: unknown): Preferences {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return defaultPreferences;
  const parsed = schema.safeParse(stored);
  return parsed.success ? parsed.data : defaultPreferences;
}

export function loadPreferences(settings: DocumentSettings): Preferences {
  return parsePreferences(readSetting(settings, preferencesKey));
}

/** Stored as plain JSON data; rejects with a French `SettingsSaveError` when the save fails. */
export function savePreferences(settings: DocumentSettings, preferences: Preferences): Promise<void> {
  return writeSetting(settings, preferencesKey, { ...preferences, codes: [...preferences.codes], periods: [...preferences.periods] });
}
