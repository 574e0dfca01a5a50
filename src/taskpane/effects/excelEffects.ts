/**
 * `PaneEffects` inside Excel: what concerns the open workbook goes through the Office.js adapter
 * (`ExcelWorkbook`), what concerns files (picking a plan file, importing returns, downloads) is
 * delegated to the file-based effects. Each operation loads its code on first use (its own chunk),
 * so the pane opens fast.
 *
 * The outcomes' sentences are in `lang` (src/i18n/pane). Errors of the adapter (`ExcelAdapterError`,
 * French message) are thrown as they are: the pane shows them (describeError). `TaskCancelled` is
 * thrown when the signal is aborted before anything is written.
 */
import type { ExcelWorkbook } from '../../excel';
import { readSetting, writeSetting, type DocumentSettings } from '../../excel/settings';
import type { Lang } from '../../i18n/lang';
import type { Plan } from '../../plan/schema';
import type { Finding } from '../../returns/findings';
import type { WorkbookSpec } from '../../workbook/spec';
import type { ImportedReturn, PaneEffects } from './types';

export type ExcelEffectsPorts = {
  workbook: ExcelWorkbook;
  /** The file-based implementation, for what is about files. */
  files: PaneEffects;
  /** A spec → .xlsx bytes (the lazily loaded ExcelJS adapter), for « nouveau classeur ». */
  renderReport: (spec: WorkbookSpec) => Promise<Uint8Array>;
  /** The workbook's document settings (officeDocumentSettings()), where the preferences live. */
  settings: DocumentSettings;
  /** The open workbook's file name, when Excel gives it (the name of the open return). */
  documentName?: () => string | null;
  /** ISO timestamp of « now »: generation time, import time of the consolidation. */
  now?: () => string;
  lang?: Lang;
};

export function excelEffects(ports: ExcelEffectsPorts): PaneEffects {
  const { workbook, files, settings } = ports;
  const now = ports.now ?? (() => new Date().toISOString());
  const lang = ports.lang ?? files.lang;
  const openContext = () => ({ workbook, settings, now: now(), lang, name: ports.documentName?.() ?? null });

  return {
    surface: 'excel',
    lang,

    async initialPlan() {
      const { workbookPlan } = await import('./excelPlan');
      return workbookPlan(workbook);
    },

    readPlanFile: (file) => files.readPlanFile(file),

    async readWorkbookPlan() {
      const { readPlanSheets } = await import('./excelPlan');
      return readPlanSheets(workbook);
    },

    async writePlanSheets(plan: Plan, options: { overwrite: boolean }) {
      const { writePlan } = await import('./excelPlan');
      return writePlan(workbook, plan, options.overwrite, now(), lang);
    },

    async generate(plan, request, control) {
      if (request.where === 'download') return files.generate(plan, request, control);
      const { generateInWorkbook } = await import('./excelGenerate');
      return generateInWorkbook(workbook, plan, request, control, now(), lang);
    },

    importReturns: (plan, picked, control) => files.importReturns(plan, picked, control),

    /** Only in the return itself (its `_ctg` names the respondent), on a visible sheet: excelSelect.ts. */
    async selectFinding(finding: Finding, from: ImportedReturn) {
      const { selectFindingCell } = await import('./excelSelect');
      return selectFindingCell(workbook, finding, from);
    },

    async checkOpenWorkbook(plan, control) {
      const { checkOpenWorkbook } = await import('./excelOpenReturn');
      return checkOpenWorkbook(openContext(), plan, control);
    },

    async markOpenWorkbook(imported) {
      const { markOpenWorkbook } = await import('./excelOpenReturn');
      return markOpenWorkbook(openContext(), imported);
    },

    async unmarkOpenWorkbook() {
      const { unmarkOpenWorkbook } = await import('./excelOpenReturn');
      return unmarkOpenWorkbook(openContext());
    },

    async rememberReturns(returns) {
      const { recordOf, returnsRecordKey } = await import('./returnsRecord');
      await writeSetting(settings, returnsRecordKey, await recordOf(returns, now()));
    },

    async rememberedReturns() {
      const { parseReturnsRecord, returnsRecordKey } = await import('./returnsRecord');
      return parseReturnsRecord(readSetting(settings, returnsRecordKey));
    },

    downloadAnnotated: (imported) => files.downloadAnnotated(imported),
    // A Word document has no place in the open workbook: downloaded, as in the standalone page.
    prepareBilan: (plan, consolidation, request, control) => files.prepareBilan!(plan, consolidation, request, control),

    async consolidate(plan, returns, options, control) {
      if (options.target === 'download') return files.consolidate(plan, returns, options, control);
      const { consolidateInExcel } = await import('./excelConsolidate');
      return consolidateInExcel({ workbook, files, renderReport: ports.renderReport, now: now(), lang }, plan, returns, { ...options, target: options.target }, control);
    },

    async loadPreferences() {
      const { loadPreferences } = await import('./excelPreferences');
      return loadPreferences(settings);
    },

    async savePreferences(preferences) {
      const { savePreferences } = await import('./excelPreferences');
      await savePreferences(settings, preferences);
    },
  };
}
