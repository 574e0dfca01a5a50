/**
 * The adviser's last choices, kept in the workbook's document settings: they travel with the
 * workbook, so a colleague opening it finds the same selection. A workbook comes from anywhere,
 * so what is stored is checked field by field: a field that is not what this version expects
 * (garbage, or written by another version) falls back to its default, the others are kept.
 */
import { readSetting, writeSetting, type DocumentSettings } from '../../excel';
import { preferencesFrom, preferencesKey } from './preferencesSchema';
import type { Preferences } from './types';

export { preferencesKey };

export const parsePreferences = preferencesFrom;

export function loadPreferences(settings: DocumentSettings): Preferences {
  return parsePreferences(readSetting(settings, preferencesKey));
}

/** Stored as plain JSON data; rejects with a French `SettingsSaveError` when the save fails. */
export function savePreferences(settings: DocumentSettings, preferences: Preferences): Promise<void> {
  return writeSetting(settings, preferencesKey, { ...preferences, codes: [...preferences.codes], periods: [...preferences.periods] });
}
