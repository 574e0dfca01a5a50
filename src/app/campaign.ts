/**
 * Continue a campaign: an earlier consolidation workbook (read back over grids, whichever surface
 * read it) takes in new returns. A file already taken in — the same bytes, by content hash — is
 * skipped with a note; every earlier value no newer return replaces is kept; replaced values go
 * to « Historique ». One road for the command line (`consolidate … --into`) and the pane.
 */
import { campaignChanges, type CampaignChanges } from '../consolidate/campaignChanges';
import { ledgerSheetName } from '../consolidate/ledger';
import { campaignSheetNames, readConsolidation, type ConsolidationIssue, type TakenFile } from '../consolidate/readConsolidation';
import type { EarlierConsolidation } from '../consolidate/types';
import type { Plan } from '../plan/schema';
import { refusedResult, type FileRefusal, type ReturnResult } from '../returns/result';
import { baseName } from '../returns/fileName';
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

/** How a surface tells a consolidation from a return, and reads one (its .xlsx adapter). */
export type CampaignReader = {
  /** Cheap: the document properties only. */
  isConsolidation(bytes: Uint8Array): Promise<boolean>;
  /** Through the guards; throws as a return's reader does on a file it refuses. */
  readGrids(bytes: Uint8Array): Promise<Grid[]>;
};

/**
 * Among files dropped together, a consolidation of ours is the campaign to continue: null when
 * these bytes are not one (they are then a return, and checked as such).
 */
export async function recogniseCampaign(plan: Plan, bytes: Uint8Array, reader: CampaignReader): Promise<CampaignRead | null> {
  if (!(await reader.isConsolidation(bytes))) return null;
  return campaignOf(plan, await reader.readGrids(bytes));
}

/** A file checked, or recognised as the earlier consolidation of the campaign (then it holds no return). */
export type CheckedOrCampaign = CheckedReturn & { campaign?: Campaign };

/**
 * Files dropped together (the standalone page): an earlier consolidation among them is recognised
 * and read as the campaign (or refused with the reason, as a file); the others are checked as
 * returns. Each file is read once, in turn, by the same loop as any import (its progress, its
 * cancellation between two files, its size cap); the order given is kept.
 */
export async function checkReturnsOrCampaign(
  plan: Plan,
  sources: readonly ReturnSource[],
  readers: { returns: ReturnReader; campaign: CampaignReader },
  run: RunContext,
): Promise<CheckedOrCampaign[]> {
  const campaigns = new Map<number, CheckedOrCampaign>();
  const sorting = sources.map(
    (source, i): ReturnSource => ({
      ...source,
      read: async () => {
        const read = await source.read();
        if (!read.ok) return read;
        let recognised: CampaignRead | null;
        try {
          recognised = await recogniseCampaign(plan, read.bytes, readers.campaign);
        } catch {
          // Refused by the guards: checked as a return, whose reader words the refusal.
          recognised = null;
        }
        if (recognised === null) return read;
        const base = { fileName: source.name, fileDate: source.modified, bytes: null };
        campaigns.set(
          i,
          recognised.ok
            ? { ...base, result: campaignResult(source.name), campaign: recognised.campaign }
            : { ...base, result: refusedResult(source.name, consolidationRefusal(recognised.issue)) },
        );
        // Not a return: the loop moves on, and its entry is the campaign's (below).
        return { ok: false, refused: campaignResult(source.name) };
      },
    }),
  );
  const checked = await checkReturns(plan, sorting, readers.returns, run, 'keep');
  return checked.map((c, i) => campaigns.get(i) ?? c);
}

/** A consolidation that cannot be continued, refused as a file: its issue's code and params (src/i18n/fileRefusal words them). */
function consolidationRefusal(issue: ConsolidationIssue): FileRefusal {
  return { code: issue.code, params: 'params' in issue ? issue.params : {} };
}

/** What the list of files says of the consolidation itself: read, no finding, no respondent. */
function campaignResult(fileName: string): ReturnResult {
  return { file: baseName(fileName), respondent: null, status: 'ok', findings: [], submission: null };
}

/** Reads sheets of a workbook by name (the Excel adapter); null when one of them is not there. */
export type ReadSheets = (names: readonly string[]) => Promise<Grid[] | null>;

/**
 * The campaign of the open workbook, read sheet by sheet: its ledger, then « Données » and
 * « Historique » as the ledger names them. Null when it has no ledger (not a consolidation: the
 * Consolider step starts a new one); a ledger that cannot be continued is refused with its issue.
 */
export async function openWorkbookCampaign(plan: Plan, readSheets: ReadSheets): Promise<CampaignRead | null> {
  const ledger = await readSheets([ledgerSheetName]);
  if (ledger === null || ledger[0] === undefined) return null;
  const names = campaignSheetNames(ledger[0]);
  if (names === null) return { ok: false, issue: { code: 'not_a_consolidation' } };
  const tables = await readSheets(names);
  return campaignOf(plan, [...ledger, ...(tables ?? [])]);
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
