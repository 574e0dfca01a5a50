/**
 * `ctg consolidate NEW-RETURNS… --into CONSOLIDATION.xlsx [--out FILE.xlsx]`: continue a campaign.
 * The earlier consolidation is read (through the .xlsx guards: it is a file from outside too) and
 * recognised by its ledger, or refused and left untouched; the new returns are taken in (a file
 * already taken in, by content hash, is skipped with a note); the workbook is written atomically
 * over the earlier one — whose bytes are first kept beside it as `….bak.xlsx`, since the workbook is
 * rewritten whole and a sheet the adviser added by hand would otherwise be lost — or at `--out`.
 */
import { campaignOf, continueSources } from '../../app/campaign';
import { consolidationJson } from '../../app/consolidate';
import { runContext } from '../../app/run';
import { formatConsolidationSummary } from '../../i18n';
import { consolidationSummaryData } from '../../consolidate/summary';
import { campaignProgressLabel, intoUsage, renderBackup, renderCampaignLine, renderConsolidationIssue, renderIntoRefused, renderSkipped } from '../../i18n/campaign';
import { renderRefusedList, renderReplaced, renderWriteFailure } from '../../i18n/fileAccess';
import { untrustedFileMessage } from '../../i18n/untrustedFile';
import { UntrustedFileError } from '../../workbook/fileIssues';
import type { ParsedArgs } from '../args';
import { consolidationChoice, readCommandInputs } from '../commandInputs';
import { writeAtomically } from '../files';
import { errnoOf, identityOf, nodeFileSystem, type FileSystem } from '../fileSystem';
import { readInput } from '../inputs';
import { refusals, refusedInput } from '../loadInput';
import type { ExitCode, Output } from '../output';
import { inspectTarget } from '../outputTarget';
import { terminalProgress } from '../progress';
import { returnSources } from '../returnSources';

/** `consolidation.xlsx` → `consolidation.bak.xlsx`: one step back, replaced at each round. */
export const backupPath = (path: string) => path.replace(/(\.xlsx)?$/i, '.bak.xlsx');

export async function consolidateIntoCommand(args: ParsedArgs, output: Output, fs: FileSystem = nodeFileSystem): Promise<ExitCode> {
  const into = args.values.get('into')!;
  const out = args.values.get('out');
  if (!/\.xlsx$/i.test(into) || (out !== undefined && !/\.xlsx$/i.test(out))) {
    output.err(intoUsage.notXlsx);
    return 2;
  }
  if (args.positionals.length === 0) {
    output.err(intoUsage.noReturns);
    return 2;
  }
  const earlier = await fs.lstat(into).catch(() => null);
  if (earlier === null || !earlier.isFile()) {
    output.err(intoUsage.missingFile(into));
    return 2;
  }
  // The earlier consolidation is never read as a return, even when it sits in a folder given.
  const intoIdentity = identityOf(earlier);
  // Beside the earlier one (--out): never over it, an input, or a file not ours (the usual rules, --force included).
  const judge = out !== undefined ? { state: await inspectTarget(fs, out), kind: 'consolidation' as const, force: args.flags.has('force'), alsoRead: new Map([[intoIdentity, into]]) } : undefined;
  const target = out ?? into;
  const request = { paths: args.positionals, exclude: new Set([intoIdentity]), out: target, ...(judge !== undefined ? { judge } : {}), planFile: args.values.get('plan') };
  const given = await readCommandInputs(request, output, fs);
  if (given === undefined) return 2;
  const { entries, plan } = given;

  const read = await readInput(fs, into);
  if (!read.ok) {
    output.err(renderIntoRefused(into, refusedInput(into, read.refusal).findings[0]?.params.detail as string));
    return 2;
  }
  const { consolidationSink, nodeReturnReader } = await import('../xlsxPorts');
  const { readConsolidationGrids } = await import('../../xlsx/consolidationGrids');
  const { nodeInflate } = await import('../../xlsx/inflateNode');
  let campaign;
  try {
    campaign = campaignOf(plan, await readConsolidationGrids(read.bytes, nodeInflate));
  } catch (error) {
    if (!(error instanceof UntrustedFileError)) throw error;
    output.err(renderIntoRefused(into, untrustedFileMessage(error.issue)));
    return 2;
  }
  if (!campaign.ok) {
    output.err(renderIntoRefused(into, renderConsolidationIssue(campaign.issue)));
    return 2;
  }

  const choice = consolidationChoice(args, plan, entries, output);
  if (choice === undefined) return 2;

  const backup = target === into ? backupPath(into) : null;
  if (backup !== null) {
    try {
      await writeAtomically(backup, read.bytes, fs);
    } catch (error) {
      output.err(error instanceof Error ? error.message : renderWriteFailure(backup, errnoOf(error)));
      return 2;
    }
  }
  const run = runContext({ now: new Date().toISOString(), progress: terminalProgress(campaignProgressLabel, output) });
  const done = await continueSources(plan, campaign.campaign, returnSources(fs, entries), { reader: nodeReturnReader, sink: consolidationSink(target, fs) }, run, choice);
  const summary = {
    into,
    earlierFiles: campaign.campaign.taken.length,
    newFiles: done.results.length - done.skipped.length,
    backup,
    ...done.changes,
    skipped: done.skipped,
  };
  const json = args.flags.has('json');
  if (json) output.out(JSON.stringify({ ...consolidationJson(done.consolidation, done.written.file), campaign: summary }, null, 2));
  else output.out(formatConsolidationSummary(consolidationSummaryData(plan, done.consolidation), { output: done.written.file }));
  const say = json ? output.err : output.out;
  say(renderCampaignLine({ ...summary, skipped: done.skipped.length }));
  for (const s of done.skipped) say(renderSkipped(s));
  if (backup !== null) say(renderBackup(backup));
  if (given.replaces) say(renderReplaced(target));
  const refused = renderRefusedList(refusals(entries.map((e) => e.path), done.results));
  if (refused !== '') say(`\n${refused}`);
  return 0;
}
