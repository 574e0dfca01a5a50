/**
 * Where is the task pane running? Inside Excel, in another Office host, or standalone in a
 * browser (office.js then resolves `Office.onReady` with `host: null`), or office.js did not
 * load at all. Nothing here imports office.js: the global `Office` is read from `globalThis`
 * (the page loads office.js with a <script> tag), so a failed load never crashes the page.
 */

import type { Lang } from '../i18n/lang';

/**
 * The part of office.js used here (`typeof Office` satisfies it). @types/office-js types
 * host and platform as numeric enums, but office.js gives strings ('Excel', 'OfficeOnline'),
 * and null outside Office: hence `unknown`, read through String().
 */
export interface OfficeReadyInfo {
  host: unknown;
  platform?: unknown;
}
export interface OfficeLike {
  onReady(): Promise<OfficeReadyInfo>;
  /** `displayLanguage`: 'fr-FR', 'en-US'… (set once Office is ready). */
  context?: { displayLanguage?: unknown };
}

/** The pane speaks English only when Office's display language is English; French otherwise. */
export function paneLang(displayLanguage: unknown): Lang {
  return typeof displayLanguage === 'string' && /^en\b/i.test(displayLanguage) ? 'en' : 'fr';
}

export type HostState =
  /** `lang`: Office's display language (English when it is English, French otherwise). */
  | { kind: 'excel'; platform: string | null; lang: Lang }
  | { kind: 'other-host'; host: string }
  | { kind: 'standalone'; reason: 'not-in-office' | 'office-js-missing' | 'office-js-error' };

/** The `Office` global if office.js loaded, else undefined. */
export function officeGlobal(scope: object = globalThis): OfficeLike | undefined {
  const candidate: unknown = (scope as { Office?: unknown }).Office;
  if (
    typeof candidate === 'object' &&
    candidate !== null &&
    typeof (candidate as { onReady?: unknown }).onReady === 'function'
  ) {
    return candidate as OfficeLike;
  }
  return undefined;
}

/** Waits for office.js and tells where we run. Never rejects. */
export async function detectHost(office: OfficeLike | undefined): Promise<HostState> {
  if (!office) return { kind: 'standalone', reason: 'office-js-missing' };
  let info: OfficeReadyInfo;
  try {
    info = await office.onReady();
  } catch {
    return { kind: 'standalone', reason: 'office-js-error' };
  }
  // Outside Office, office.js resolves with host null.
  if (info.host === null || info.host === undefined) {
    return { kind: 'standalone', reason: 'not-in-office' };
  }
  const host = String(info.host);
  if (host === 'Excel') return { kind: 'excel', platform: info.platform ? String(info.platform) : null, lang: paneLang(office.context?.displayLanguage) };
  return { kind: 'other-host', host };
}
