/**
 * The consolidation, inside Excel: from the returns already imported (read and checked once, at
 * import), as tabs of the open workbook or as a new Excel workbook. Where this Excel cannot open
 * a new workbook (or the file is too big to hand over), the file-based effects download it
 * instead, and the outcome says why.
 */
import { consolidationReport, returnInputs } from '../../app/consolidate';
import type { Consolidation } from '../../consolidate/types';
import { ExcelAdapterError, issueMessage, requirementSets, type ExcelWorkbook } from '../../excel';
import type { Lang } from '../../i18n/lang';
import { consolidateEffectsWords } from '../../i18n/pane/consolidateEffects';
import type { Plan } from '../../plan/schema';
import type { WorkbookSpec } from '../../workbook/spec';
import { lowerFirst, writeOutcome } from './excelOutcome';
// The same details as the download (each file's fate, who to remind): one wording on both surfaces.
import { consolidationDetails } from './fileConsolidationSummary';
import { consolidateFilesOf, throwIfCancelled, type ConsolidateChoice, type ConsolidationSummary, type ConsolidationTarget, type ImportedReturn, type PaneEffects, type TaskControl } from './types';

export type ConsolidateInExcel = {
  workbook: ExcelWorkbook;
  files: PaneEffects;
  renderReport: (spec: WorkbookSpec) => Promise<Uint8Array>;
  now: string;
  lang: Lang;
};

type Options = Omit<ConsolidateChoice, 'target'> & { target: Exclude<ConsolidationTarget, 'download'> };

export async function consolidateInExcel(ports: ConsolidateInExcel, plan: Plan, returns: readonly ImportedReturn[], options: Options, control: TaskControl): Promise<ConsolidationSummary> {
  const { workbook } = ports;
  const words = consolidateEffectsWords[ports.lang];
  if (options.target === 'new-workbook' && !workbook.canCreateWorkbook) {
    return download(ports, plan, returns, options, control, issueMessage({ code: 'unsupported', feature: 'createWorkbook', version: requirementSets.base }, ports.lang));
  }
  throwIfCancelled(control.signal);
  control.progress?.({ done: 0, total: 2, label: words.excel.consolidating });
  const inputs = returnInputs(consolidateFilesOf(returns), returns.map((r) => r.result), ports.now);
  const { consolidation, spec } = consolidationReport(plan, inputs, { now: ports.now, errors: options.errorPolicy, confirmedIdentity: options.confirmedIdentity ?? [], lang: ports.lang });
  throwIfCancelled(control.signal);

  if (options.target === 'workbook-tabs') {
    control.progress?.({ done: 1, total: 2, label: words.excel.writingTabs });
    // Refuses to replace tabs the user changed since the last consolidation (a French error, thrown).
    const report = await workbook.writeSpec(spec, { onModified: 'refuse' });
    control.progress?.({ done: 2, total: 2, label: '' });
    const written = writeOutcome(report, ports.lang);
    return {
      message: words.inTabs(consolidatedCount(consolidation, ports.lang), lowerFirst(written.message)),
      details: [...consolidationDetails(consolidation, ports.lang, plan), ...written.details],
      consolidation,
      target: 'workbook-tabs',
      // Quoted: a tab's name may hold a comma (« FA 3.1 - Métiers, formations »).
      output: report.sheets.map((s) => words.tab(s.name)).join(', '),
    };
  }

  control.progress?.({ done: 1, total: 2, label: words.excel.opening });
  const bytes = await ports.renderReport(spec);
  try {
    await workbook.createWorkbook(bytes);
  } catch (error) {
    // Nothing was opened: the same workbook is offered as a file instead.
    if (error instanceof ExcelAdapterError && (error.issue.code === 'unsupported' || (error.issue.code === 'payload-too-large' && error.issue.what === 'file'))) {
      return download(ports, plan, returns, options, control, issueMessage(error.issue, ports.lang));
    }
    throw error;
  }
  control.progress?.({ done: 2, total: 2, label: '' });
  return {
    message: words.inNewWorkbook(consolidatedCount(consolidation, ports.lang)),
    details: consolidationDetails(consolidation, ports.lang, plan),
    consolidation,
    target: 'new-workbook',
    output: words.newWorkbook,
  };
}

/** `why`: what this Excel could not do, worded in the pane's language (src/i18n/excel). */
async function download(ports: ConsolidateInExcel, plan: Plan, returns: readonly ImportedReturn[], options: Options, control: TaskControl, why: string): Promise<ConsolidationSummary> {
  const summary = await ports.files.consolidate(plan, returns, { ...options, target: 'download' }, control);
  return { ...summary, message: consolidateEffectsWords[ports.lang].downloadedInstead(why, summary.message), details: summary.details };
}

/** « 4 retours consolidés » (those that count). */
function consolidatedCount(consolidation: Consolidation, lang: Lang): string {
  return consolidateEffectsWords[lang].consolidated(consolidation.files.filter((f) => f.outcome === 'used').length);
}
