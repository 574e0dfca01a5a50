/**
 * Importing returned workbooks on the standalone page (and inside Excel, which delegates here):
 * the use case `checkReturns` over the picked files, bytes kept for the annotated copy and the
 * consolidation. A file above the size cap is refused from the size the browser reports, before a
 * byte of it is read (a 2 GB file picked by mistake must not be loaded into memory); the others
 * go through the guards of the .xlsx chunk before any unzip.
 */
import { checkReturnsOrCampaign } from '../../app/campaign';
import { throwIfCancelled } from '../../app/run';
import type { Plan } from '../../plan/schema';
import type { FileContext } from './fileContext';
import { paneRun } from './paneRun';
import { paneReader, pickedSources } from './pickedSources';
import type { ImportedReturn, PickedFile, TaskControl } from './types';

export async function importReturnFiles(plan: Plan, files: readonly PickedFile[], control: TaskControl, context: FileContext): Promise<ImportedReturn[]> {
  if (files.length === 0) return [];
  const run = paneRun(context.now(), context.lang, control, control.progress);
  throwIfCancelled(run);
  const xlsx = await context.xlsx();
  // An earlier consolidation dropped with the returns is the campaign the next consolidation continues.
  const campaign = { isConsolidation: xlsx.isConsolidation, readGrids: xlsx.readConsolidation };
  return checkReturnsOrCampaign(plan, pickedSources(files), { returns: paneReader(context, xlsx), campaign }, run);
}
