/**
 * Which effects for where the pane runs: inside Excel (office.js ready, the workbook and its
 * settings reachable) the Excel-backed ones, built over the file-based ones; anywhere else — a
 * browser page, another Office host, office.js missing or silent — the file-based ones alone.
 */
import { officeDocumentSettings } from '../excel/settings';
import type { Settled } from './App';
import { excelEffects } from './effects/excelEffects';
import { fileEffects } from './effects/fileEffects';
import type { PaneEffects } from './effects/types';
import { openWorkbook } from './openWorkbook';

export function chooseEffects(where: Settled, scope: object = globalThis): PaneEffects {
  const lang = where.kind === 'excel' ? where.lang : 'fr';
  const files = fileEffects({ lang });
  if (where.kind !== 'excel') return files;
  const workbook = openWorkbook(scope);
  const settings = officeDocumentSettings(scope);
  if (workbook === undefined || settings === undefined) return files;
  return excelEffects({
    workbook,
    files,
    settings,
    lang,
    documentName: () => documentName(scope),
    renderReport: async (spec) => (await import(/* webpackChunkName: "xlsx" */ './xlsxChunk')).renderReport(spec),
  });
}

/** The open document's file name (`Office.context.document.url`, a path or an address), or null. */
function documentName(scope: object): string | null {
  const url = (scope as { Office?: { context?: { document?: { url?: unknown } } } }).Office?.context?.document?.url;
  if (typeof url !== 'string' || url === '') return null;
  const name = url.split(/[\\/]/).pop() ?? '';
  try {
    return decodeURIComponent(name) || null;
  } catch {
    return name || null;
  }
}
