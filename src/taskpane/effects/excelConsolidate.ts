/**
 * The consolidation, inside Excel: from the returns already imported (read and checked once, at
 * import), the use case's workbook goes to the open workbook as tabs, or to a new Excel workbook.
 * Where this Excel cannot open a new workbook (or the file is too big to hand over), the file-based
 * effects download it instead, and the outcome says why.
 */
import { continueChecked, openWorkbookCampaign, type Campaign } from '../../app/campaign';
import { consolidateChecked } from '../../app/consolidate';
import { renderConsolidationIssue } from '../../i18n/campaign';
import { FileEffectError } from './fileErrors';
import { heldCampaign } from './heldCampaign';
import { throwIfCancelled } from '../../app/run';
import type { Consolidation } from '../../consolidate/types';
import { ExcelAdapterError, issueMessage, requirementSets, type ExcelWorkbook, type WriteReport } from '../../excel';
import type { Lang } from '../../i18n/lang';
import { consolidateEffectsWords } from '../../i18n/pane/consolidateEffects';
import type { Plan } from '../../plan/schema';
import type { WorkbookSpec } from '../../workbook/spec';
import { lowerFirst, writeOutcome } from './excelOutcome';
// The same details as the download (each file's fate, who to remind): one wording on both surfaces.
import { consolidationDetails } from './fileConsolidationSummary';
import { consolidationChoice, paneRun } from './paneRun';
import type { ConsolidateChoice, ConsolidationSummary, ConsolidationTarget, ImportedReturn, PaneEffects, TaskControl } from './types';

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
  // The steps are the effect's own (consolidate, then write or open): the run reports none.
  const run = paneRun(ports.now, ports.lang, control);
  throwIfCancelled(run);
  control.progress?.({ done: 0, total: 2, label: words.excel.consolidating });
  const choice = consolidationChoice(options);

  if (options.target === 'workbook-tabs') {
    // A consolidation dropped with the returns, else the open workbook's own: the campaign continued in place.
    const campaign = heldCampaign(returns) ?? (await openCampaign(workbook, plan, ports.lang));
    const intoTabs = async (spec: WorkbookSpec): Promise<WriteReport> => {
      control.progress?.({ done: 1, total: 2, label: words.excel.writingTabs });
      // Refuses to replace tabs the user changed since the last consolidation (a French error,
      // thrown) unless the adviser chose « Remplacer quand même ».
      const report = await workbook.writeSpec(spec, { onModified: options.overwrite === true ? 'overwrite' : 'refuse' });
      control.progress?.({ done: 2, total: 2, label: '' });
      return report;
    };
    const taken = returns.filter((r) => r.campaign === undefined);
    const { consolidation, written: report } =
      campaign !== undefined ? await continueChecked(plan, campaign, taken, intoTabs, run, choice) : await consolidateChecked(plan, taken, intoTabs, run, choice);
    const written = writeOutcome(report, ports.lang);
    return {
      message: words.inTabs(lowerFirst(written.message)),
      details: [...consolidationDetails(consolidation, ports.lang, plan), ...written.details],
      consolidation,
      target: 'workbook-tabs',
      // Quoted: a tab's name may hold a comma (« FA 3.1 - Métiers, formations »).
      output: report.sheets.map((s) => words.tab(s.name)).join(', '),
    };
  }

  const intoNewWorkbook = async (spec: WorkbookSpec): Promise<void> => {
    control.progress?.({ done: 1, total: 2, label: words.excel.opening });
    await workbook.createWorkbook(await ports.renderReport(spec));
    control.progress?.({ done: 2, total: 2, label: '' });
  };
  let consolidation: Consolidation;
  try {
    const campaign = heldCampaign(returns);
    const taken = returns.filter((r) => r.campaign === undefined);
    ({ consolidation } = campaign !== undefined ? await continueChecked(plan, campaign, taken, intoNewWorkbook, run, choice) : await consolidateChecked(plan, taken, intoNewWorkbook, run, choice));
  } catch (error) {
    // Nothing was opened: the same workbook is offered as a file instead.
    if (error instanceof ExcelAdapterError && (error.issue.code === 'unsupported' || (error.issue.code === 'payload-too-large' && error.issue.what === 'file'))) {
      return download(ports, plan, returns, options, control, issueMessage(error.issue, ports.lang));
    }
    throw error;
  }
  return {
    message: words.inNewWorkbook,
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


/**
 * The open workbook's campaign when it is a consolidation (constant round trips: the ledger, then
 * its two tables); undefined when it is not one; refused, with the reason, when it cannot be continued.
 */
async function openCampaign(workbook: ExcelWorkbook, plan: Plan, lang: Lang): Promise<Campaign | undefined> {
  // One round trip tells a consolidation (its ledger is there) from any other workbook; two more
  // read the ledger, two the tables it names: a constant number, whatever the campaign's size.
  const present = new Set((await workbook.sheets()).map((s) => s.name));
  const read = await openWorkbookCampaign(plan, async (names) => (names.every((n) => present.has(n)) ? workbook.readGrids(names) : null));
  if (read === null) return undefined;
  if (!read.ok) throw new FileEffectError('refused_file', renderConsolidationIssue(read.issue, lang));
  return read.campaign;
}
