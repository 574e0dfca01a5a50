/**
 * Continue a campaign: an earlier consolidation workbook (read back over grids, whichever surface
 * read it) takes in new returns. A file already taken in — the same bytes, by content hash — is
 * skipped with a note; every earlier value no newer return replaces is kept; replaced values go
 * to « Historique ». One road for the command line (`consolidate … --into`) and the pane.
 */
import { campaignChanges, type CampaignChanges } from '../consolidate/campaignChanges';
import { readConsolidation, type ConsolidationIssue, type TakenFile } from '../consolidate/readConsolidation';
import type { EarlierConsolidation } from '../consolidate/types';
import type { Plan } from '../plan/schema';
import type { ReturnResult } from '../returns/result';
import type { Grid } from '../workbook/grid';
import { checkReturns, type CheckedReturn } from './checkReturns';
import { consolidateChecked, type Consolidated, type ConsolidationChoice } from './consolidate';
import type { ReturnReader, ReturnSource } from './returnSource';
import type { RunContext } from './run';
import type { WorkbookSink } from './workbookSink';

/** An earlier consolidation, ready to be continued. */
export type Campaign = { earlier: EarlierConsolidation; taken: TakenFile[]; writtenAt: string };

export type CampaignRead = { ok: true; campaign: Campaign } | { ok: false; issue: ConsolidationIssue };

/** A consolidation workbook's grids → the campaign it holds, or why it is not one of this plan's. */
export function campaignOf(plan: Plan, grids: readonly Grid[]): CampaignRead {
  const read = readConsolidation(plan, grids);
  return read.ok ? { ok: true, campaign: { earlier: read.earlier, taken: read.taken, writtenAt: read.writtenAt } } : read;
}

/** A file given again: its name now, and the file of the campaign with the same content. */
export type SkippedFile = { file: string; takenAs: string; takenAt: string };

export type ContinuedCampaign<W> = Consolidated<W> & {
  /** The results of every file checked, in the order given (skipped ones included). */
  results: ReturnResult[];
  skipped: SkippedFile[];
  changes: CampaignChanges;
};

/** Checked returns (the pane's imports, or those just read) taken into the campaign. */
export async function continueChecked<W>(plan: Plan, campaign: Campaign, checked: readonly CheckedReturn[], sink: WorkbookSink<W>, run: RunContext, choice: ConsolidationChoice = {}): Promise<ContinuedCampaign<W>> {
  const known = new Map(campaign.taken.flatMap((t) => (t.hash !== null ? [[t.hash, t] as const] : [])));
  const skipped: SkippedFile[] = [];
  const taken: CheckedReturn[] = [];
  for (const c of checked) {
    const before = c.hash !== undefined ? known.get(c.hash) : undefined;
    if (before !== undefined) skipped.push({ file: c.result.file, takenAs: before.file, takenAt: before.takenAt });
    else taken.push(c);
  }
  const done = await consolidateChecked(plan, taken, sink, run, choice, campaign.earlier);
  return { ...done, results: checked.map((c) => c.result), skipped, changes: campaignChanges(campaign.earlier.values, done.consolidation.values) };
}

/** Every source read and checked (bytes let go once checked), then taken into the campaign. */
export async function continueSources<W>(
  plan: Plan,
  campaign: Campaign,
  sources: readonly ReturnSource[],
  ports: { reader: ReturnReader; sink: WorkbookSink<W> },
  run: RunContext,
  choice: ConsolidationChoice = {},
): Promise<ContinuedCampaign<W>> {
  return continueChecked(plan, campaign, await checkReturns(plan, sources, ports.reader, run, 'drop'), ports.sink, run, choice);
}
