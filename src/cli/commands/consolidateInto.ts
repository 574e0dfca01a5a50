/**
 * `ctg consolidate NEW-RETURNS… --into CONSOLIDATION.xlsx [--out FILE.xlsx]`: continue a campaign.
 * The earlier consolidation is read (through the .xlsx guards: it is a file from outside too) and
 * recognised by its ledger, or refused and left untouched; the new returns are taken in (a file
 * already taken in, by content hash, is skipped with a note); the workbook is written atomically
 * over the earlier one — whose bytes are first kept beside it as `….bak.xlsx`, since the workbook is
 * rewritten whole and a sheet the adviser added by hand would otherwise be lost — or at `--out`.
 */
import { dirname, resolve } from 'node:path';
import { campaignOf, continueSources } from '../../app/campaign';
import { consolidationJson } from '../../app/consolidate';
import { runContext } from '../../app/run';
import { selectRespondents } from '../../collect';
import { formatConsolidationSummary } from '../../i18n';
import { consolidationSummaryData } from '../../consolidate/summary';
import { campaignProgressLabel, confirmIdentityUnknown, intoUsage, renderBackup, renderCampaignLine, renderConsolidationIssue, renderIntoRefused, renderSkipped } from '../../i18n/campaign';
import { renderRefusedList, renderReplaced, renderSkippedDirectory, renderWriteFailure } from '../../i18n/fileAccess';
import { untrustedFileMessage } from '../../i18n/untrustedFile';
import { UntrustedFileError } from '../../workbook/fileIssues';
import type { ParsedArgs } from '../args';
import { ensureWritableFolder, writeAtomically } from '../files';
import { errnoOf, identityOf, nodeFileSystem, type FileSystem } from '../fileSystem';
import { listInputs, readInput } from '../inputs';
import { refusals, refusedInput } from '../loadInput';
import type { ExitCode, Output } from '../output';
import { inspectTarget, judgeTarget } from '../outputTarget';
import { terminalProgress } from '../progress';
import { resolvePlan } from '../resolvePlan';
import { returnSources } from '../returnSources';
import { confirmedFiles } from '../confirmedFiles';
import { parseSelection, unknownRespondentsMessage } from './generate';

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
  const { entries, skipped: skippedFolders, problems } = await listInputs(fs, args.positionals, { recursive: true, exclude: new Set([intoIdentity]) });
  if (problems.length > 0) {
    for (const p of problems) output.err(p);
    return 2;
  }
  const inputs = new Map(entries.flatMap((e) => (e.kind === 'file' ? [[e.identity, e.path] as const] : [])));
  let target = into;
  let replacesOut = false;
  if (out !== undefined) {
    // Beside the earlier one: never over it, an input, or a file not ours (the usual rules, --force included).
    const verdict = judgeTarget(out, await inspectTarget(fs, out), 'consolidation', new Map([...inputs, [intoIdentity, into]]), args.flags.has('force'));
    if (!verdict.ok) {
      output.err(verdict.message);
      return 2;
    }
    target = out;
    replacesOut = verdict.replaces;
  }
  for (const path of skippedFolders) output.err(renderSkippedDirectory(path));
  const folder = await ensureWritableFolder(dirname(resolve(target)), fs);
  if (!folder.ok) {
    output.err(renderWriteFailure(target, folder.reason));
    return 2;
  }
  const choice = await resolvePlan(args.values.get('plan'), output, fs);
  if (!choice.ok) return 2;
  const plan = choice.plan;

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

  let expected: string[] | undefined;
  const respondentsText = args.values.get('respondents');
  if (respondentsText !== undefined) {
    const selection = selectRespondents(plan, parseSelection(respondentsText, plan));
    if (!selection.ok) {
      output.err(unknownRespondentsMessage(selection.unknown, plan));
      return 2;
    }
    expected = selection.respondents.map((r) => r.code);
  }
  const confirmed = confirmedFiles(args.values.get('confirm-identity'), entries.map((e) => e.path));
  if (!confirmed.ok) {
    output.err(confirmIdentityUnknown(confirmed.unknown));
    return 2;
  }

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
  const done = await continueSources(plan, campaign.campaign, returnSources(fs, entries), { reader: nodeReturnReader, sink: consolidationSink(target, fs) }, run, {
    ...(args.flags.has('exclude-errors') ? { errors: 'quarantine' as const } : {}),
    ...(expected !== undefined ? { expected } : {}),
    confirmedIdentity: confirmed.files,
  });
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
  if (replacesOut) say(renderReplaced(target));
  const refused = renderRefusedList(refusals(entries.map((e) => e.path), done.results));
  if (refused !== '') say(`\n${refused}`);
  return 0;
}
