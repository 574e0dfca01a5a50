/**
 * Where is the task pane running? Inside Excel, in another Office host, or standalone in a
 * browser (office.js then resolves `Office.onReady` with `host: null`), or office.js did not
 * load at all. Nothing here imports office.js: the global `Office` is read from `globalThis`
 * (the page loads office.js with a <script> tag), so a failed load never crashes the page.
 */

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
}

export type HostState =
  | { kind: 'excel'; platform: string | null }
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
  if (host === 'Excel') return { kind: 'excel', platform: info.platform ? String(info.platform) : null };
  return { kind: 'other-host', host };
}
