/**
 * The consolidation on the standalone page, from the returns already imported and checked: their
 * results are reused as they are (nothing is read twice); the use case consolidates, and its
 * workbook goes to a download sink — rendered with its charts, then handed to the browser.
 */
import { continueChecked } from '../../app/campaign';
import { heldCampaign } from './heldCampaign';
import { renderSkipped } from '../../i18n/campaign';
import { consolidateChecked } from '../../app/consolidate';
import { throwIfCancelled } from '../../app/run';
import type { WorkbookSink } from '../../app/workbookSink';
import { consolidateEffectsWords } from '../../i18n/pane/consolidateEffects';
import type { Plan } from '../../plan/schema';
import { xlsxMime } from './download';
import type { FileContext } from './fileContext';
import { consolidationDetails, consolidationMessage } from './fileConsolidationSummary';
import { FileEffectError } from './fileErrors';
import { consolidationChoice, paneRun } from './paneRun';
import type { ConsolidateChoice, ConsolidationSummary, ImportedReturn, TaskControl } from './types';

export async function consolidateDownload(
  plan: Plan,
  returns: readonly ImportedReturn[],
  options: ConsolidateChoice,
  control: TaskControl,
  context: FileContext,
): Promise<ConsolidationSummary> {
  const words = consolidateEffectsWords[context.lang];
  if (options.target !== 'download') throw new FileEffectError('not_available_here', words.notHere);
  // The steps are the effect's own (consolidate, write, download): the run reports none.
  const run = paneRun(context.now(), context.lang, control);
  throwIfCancelled(run);
  const steps = 3;
  control.progress?.({ done: 0, total: steps, label: words.download.consolidating });
  const xlsx = await context.xlsx();
  const download: WorkbookSink<{ name: string; bytes: number }> = async (spec, name) => {
    control.progress?.({ done: 1, total: steps, label: words.download.writing });
    const bytes = await xlsx.renderReport(spec);
    throwIfCancelled(run);
    control.progress?.({ done: 2, total: steps, label: words.download.downloading });
    await context.download(name, bytes, xlsxMime);
    control.progress?.({ done: steps, total: steps, label: '' });
    return { name, bytes: bytes.length };
  };
  // The campaign dropped last wins; its own entry holds no return.
  const campaign = heldCampaign(returns);
  const others = returns.filter((r) => r.campaign === undefined);
  const { consolidation, written, ...continued } =
    campaign !== undefined
      ? await continueChecked(plan, campaign, others, download, run, consolidationChoice(options))
      : { ...(await consolidateChecked(plan, others, download, run, consolidationChoice(options))), skipped: [] };
  return {
    message: consolidationMessage(written.name, written.bytes, context.lang),
    // A file given again (its content already in the campaign) is said, never silently dropped.
    details: [...consolidationDetails(consolidation, context.lang, plan), ...continued.skipped.map(renderSkipped)],
    consolidation,
    target: 'download',
    output: written.name,
  };
}
