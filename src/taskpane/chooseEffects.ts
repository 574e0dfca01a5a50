/**
 * Which effects for where the pane runs: inside Excel (office.js ready, the workbook and its
 * settings reachable) the Excel-backed ones, built over the file-based ones; anywhere else — a
 * browser page, another Office host, office.js missing or silent — the file-based ones alone.
 *
 * The Excel-backed ones come in a chunk of their own (excelChunk.ts), fetched only once Excel has
 * answered: the pane's first script carries no Office.js adapter. What decides is read here from
 * office.js's globals (`officeExcelHost`, a few lines), not from the adapter.
 */
import { officeExcelHost } from '../excel/host';
import { officeDocumentSettings } from '../excel/settings';
import type { Settled } from './App';
import { fileEffects } from './effects/fileEffects';
import type { PaneEffects } from './effects/types';

export async function chooseEffects(where: Settled, scope: object = globalThis): Promise<PaneEffects> {
  const lang = where.kind === 'excel' ? where.lang : 'fr';
  const files = fileEffects({ lang });
  if (where.kind !== 'excel') return files;
  const settings = officeDocumentSettings(scope);
  if (officeExcelHost(scope) === undefined || settings === undefined) return files;
  const { workbookEffects } = await import(/* webpackChunkName: "excel" */ './excelChunk');
  return workbookEffects(scope, files, settings, lang) ?? files;
}
