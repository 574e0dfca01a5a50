/**
 * The pane's Excel side: the Office.js adapter (src/excel) and the Excel-backed effects. Loaded as
 * its own chunk (`chooseEffects`) once office.js has said the pane runs in Excel, so that the first
 * script of the standalone page — and the first screen everywhere — does without it.
 */
import type { DocumentSettings } from '../excel/settings';
import type { Lang } from '../i18n/lang';
import { excelEffects } from './effects/excelEffects';
import type { PaneEffects } from './effects/types';
import { openWorkbook } from './openWorkbook';

/** The Excel-backed effects over `files`, or undefined when office.js gives no workbook to work on. */
export function workbookEffects(scope: object, files: PaneEffects, settings: DocumentSettings, lang: Lang): PaneEffects | undefined {
  const workbook = openWorkbook(scope);
  if (workbook === undefined) return undefined;
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
