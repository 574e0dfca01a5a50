/**
 * The consolidation on the standalone page, from the returns already imported and checked: their
 * results are reused as they are (nothing is read twice), the consolidation workbook is built,
 * rendered with its charts, and downloaded.
 */
import { consolidationFileName, consolidationReport, returnInputs } from '../../app/consolidate';
import { consolidateEffectsWords } from '../../i18n/pane/consolidateEffects';
import type { Plan } from '../../plan/schema';
import { xlsxMime } from './download';
import type { FileContext } from './fileContext';
import { consolidationDetails, consolidationMessage } from './fileConsolidationSummary';
import { FileEffectError } from './fileErrors';
import { consolidateFilesOf, throwIfCancelled, type ConsolidateChoice, type ConsolidationSummary, type ImportedReturn, type TaskControl } from './types';

export async function consolidateDownload(
  plan: Plan,
  returns: readonly ImportedReturn[],
  options: ConsolidateChoice,
  control: TaskControl,
  context: FileContext,
): Promise<ConsolidationSummary> {
  const words = consolidateEffectsWords[context.lang];
  if (options.target !== 'download') throw new FileEffectError('not_available_here', words.notHere);
  throwIfCancelled(control.signal);
  const steps = 3;
  control.progress?.({ done: 0, total: steps, label: words.download.consolidating });
  const xlsx = await context.xlsx();
  const now = context.now();
  const inputs = returnInputs(consolidateFilesOf(returns), returns.map((r) => r.result), now);
  // Periods not ended today are « not due », as `ctg consolidate` counts them.
  const { consolidation, spec } = consolidationReport(plan, inputs, { now, asOf: now.slice(0, 10), errors: options.errorPolicy, confirmedIdentity: options.confirmedIdentity ?? [], lang: context.lang });
  throwIfCancelled(control.signal);
  control.progress?.({ done: 1, total: steps, label: words.download.writing });
  const bytes = await xlsx.renderReport(spec);
  throwIfCancelled(control.signal);
  control.progress?.({ done: 2, total: steps, label: words.download.downloading });
  const output = consolidationFileName(plan);
  await context.download(output, bytes, xlsxMime);
  control.progress?.({ done: steps, total: steps, label: '' });
  return {
    message: consolidationMessage(output, bytes.length, context.lang),
    details: consolidationDetails(consolidation, context.lang, plan),
    consolidation,
    target: 'download',
    output,
  };
}
