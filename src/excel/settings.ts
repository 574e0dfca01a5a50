/**
 * The document's settings (`Office.context.document.settings`): a small key → JSON value store
 * saved inside the workbook, where the pane keeps the adviser's last choices for this workbook.
 * Read from `globalThis` like the rest of office.js (nothing imports it); tests hand in a fake.
 *
 * Office keeps the settings in memory once the document is open: `get` and `set` are synchronous,
 * and only `saveAsync` writes them into the file (a callback, wrapped in a promise here).
 */

import type { ExcelIssue } from '../workbook/hostIssues';

/** What the pane uses of `Office.Settings` (checked against @types/office-js at the end). */
export interface DocumentSettings {
  /** The stored value (parsed JSON), or null/undefined when absent. */
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback: (result: SettingsSaveResult) => void): void;
}

/**
 * `Office.AsyncResult<void>` as far as the pane reads it. @types/office-js types `status` as a
 * numeric enum, office.js gives the string « succeeded » / « failed »: hence `unknown`.
 */
export type SettingsSaveResult = { status: unknown; error?: { message?: string; code?: unknown } | null };

type OfficeGlobal = { context?: { document?: { settings?: Partial<Record<'get' | 'set' | 'saveAsync', unknown>> } } };

/** The open document's settings, or undefined outside Office (or before office.js is ready). */
export function officeDocumentSettings(scope: object = globalThis): DocumentSettings | undefined {
  const settings = (scope as { Office?: OfficeGlobal }).Office?.context?.document?.settings;
  if (typeof settings?.get !== 'function' || typeof settings.set !== 'function' || typeof settings.saveAsync !== 'function') return undefined;
  return settings as DocumentSettings;
}

/** Saving the settings failed: the issue carries the host's words (`detail`), the host's error is kept as `cause`. */
export class SettingsSaveError extends Error {
  override readonly name = 'SettingsSaveError';
  readonly code = 'settings-save-failed';
  readonly issue: Extract<ExcelIssue, { code: 'settings-save-failed' }>;
  constructor(detail: string, options: { cause?: unknown } = {}) {
    super('settings-save-failed', options);
    this.issue = { code: 'settings-save-failed', detail };
  }
}

/** Sets `name` and saves the settings into the document; rejects with `SettingsSaveError`. */
export function writeSetting(settings: DocumentSettings, name: string, value: unknown): Promise<void> {
  settings.set(name, value);
  return saveSettings(settings);
}

export function saveSettings(settings: DocumentSettings): Promise<void> {
  return new Promise((resolve, reject) => {
    try {
      settings.saveAsync((result) => {
        if (String(result.status) === 'succeeded') resolve();
        else reject(new SettingsSaveError(result.error?.message ?? '', { cause: result.error }));
      });
    } catch (error) {
      reject(new SettingsSaveError(error instanceof Error ? error.message : String(error), { cause: error }));
    }
  });
}

/** The stored value of `name`, or undefined when absent; validating it is the caller's business. */
export function readSetting(settings: DocumentSettings, name: string): unknown {
  try {
    return settings.get(name) ?? undefined;
  } catch {
    // A setting Office cannot give back (corrupt document part) is as good as absent.
    return undefined;
  }
}

// tsc proves that the real `Office.Settings` satisfies the interface above.
type Satisfies<Real extends Subset, Subset> = Real;
export type RealSettingsSatisfySubset = Satisfies<Office.Settings, DocumentSettings>;
