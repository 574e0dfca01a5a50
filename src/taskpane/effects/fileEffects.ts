/**
 * `PaneEffects` for the standalone page (surface 'files'): plans and returns come in as picked
 * files, collection workbooks, annotated copies and the consolidation go out as downloads, and
 * the adviser's choices are kept in the browser's local storage.
 *
 * This module stays tiny on purpose: the workflows (fileWorkflows, one chunk) and ExcelJS (the
 * .xlsx chunk) are loaded on first use, so that the pane's initial script carries neither.
 * Each operation is one small module (filePlan, fileGenerate, fileImport, fileAnnotate,
 * fileConsolidate, localPreferences); here they are only wired to their defaults, which tests
 * replace (download, clock, storage).
 */
import { defaultLang, type Lang } from '../../i18n/lang';
import { browserDownload, type Download } from './download';
import { embeddedPlan } from './embeddedPlan';
import { loadXlsxChunk, type FileContext } from './fileContext';
import type { PreferenceStorage, PreferenceStore } from './localPreferences';
import type { PaneEffects } from './types';

export type FileEffectsOptions = {
  /** Where files go; a browser download by default. */
  download?: Download;
  /** ISO timestamp of « now »; the system clock by default. */
  now?: () => string;
  /** The browser's local storage by default (in memory when there is none). */
  storage?: PreferenceStorage;
  /** Language of the workbooks written and of the sentences the effects return or throw. */
  lang?: Lang;
  /** Files above this size are refused unread; the .xlsx guards' cap by default (20 Mo). */
  maxFileBytes?: number;
};

function loadPreferences() {
  return import(/* webpackChunkName: "preferences" */ './localPreferences');
}

/**
 * Starts fetching the preferences' code now, alongside the embedded plan (index.tsx): measured, the
 * first screen otherwise waited for this small chunk's round trip after the plan had been parsed.
 * The first `loadPreferences` of the file effects then finds it loaded.
 */
export function startFilePreferences(): void {
  loadPreferences().catch(() => undefined);
}

function loadWorkflows() {
  return import(/* webpackChunkName: "files" */ './fileWorkflows');
}

export function fileEffects(options: FileEffectsOptions = {}): PaneEffects {
  const lang = options.lang ?? defaultLang;
  const context: FileContext = {
    download: options.download ?? browserDownload,
    now: options.now ?? (() => new Date().toISOString()),
    lang,
    maxFileBytes: options.maxFileBytes,
    xlsx: loadXlsxChunk,
  };
  // One store for the page's life: it keeps the choices in memory when storage refuses them.
  let store: Promise<PreferenceStore> | undefined;
  // A chunk of its own, not the workflows': the first screen waits for the preferences (embeddedPlan.ts says why).
  const preferences = () => (store ??= loadPreferences().then((m) => m.localPreferences(options.storage)));
  return {
    surface: 'files',
    lang,
    // Not through the workflows' chunk: the first screen waits only for the plan (embeddedPlan.ts).
    initialPlan: embeddedPlan,
    readPlanFile: async (file) => (await loadWorkflows()).readPlanFile(file, context),
    generate: async (plan, request, control) => (await loadWorkflows()).generateDownload(plan, request, control, context),
    importReturns: async (plan, files, control) => (await loadWorkflows()).importReturnFiles(plan, files, control, context),
    downloadAnnotated: async (imported) => (await loadWorkflows()).downloadAnnotatedCopy(imported, context),
    consolidate: async (plan, returns, choice, control) => (await loadWorkflows()).consolidateDownload(plan, returns, choice, control, context),
    prepareBilan: async (plan, consolidation, request, control) => (await loadWorkflows()).downloadBilan(plan, consolidation, request, control, context),
    // Only a download is possible here: a target remembered from Excel would offer what cannot be done.
    loadPreferences: async () => ({ ...(await preferences()).load(), consolidationTarget: 'download' }),
    savePreferences: async (chosen) => (await preferences()).save(chosen),
  };
}
