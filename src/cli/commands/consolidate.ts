/**
 * `ctg consolidate FILE|DIR... [--plan FILE] [--exclude-errors] [--respondents all|signataires|partenaires|CODES]
 *   [--confirm-identity FILE[,FILE]] [--force] --out FILE.xlsx [--json]`: read every return given (folders recursively), validate, consolidate
 * and write the consolidation workbook atomically — never over an input or a file not ours, over a
 * previous consolidation only with --force. Progress on stderr; a French summary, or with `--json`
 * a JSON summary only, on stdout. Exit code 0 when written, 2 for unusable arguments or a failed write.
 */
import { consolidateSources, consolidationJson } from '../../app/consolidate';
import { runContext } from '../../app/run';
import { formatConsolidationSummary } from '../../i18n';
import { consolidationSummaryData } from '../../consolidate/summary';
import { renderRefusedList, renderReplaced } from '../../i18n/fileAccess';
import { parseArgs } from '../args';
import { consolidationChoice, readCommandInputs } from '../commandInputs';
import { nodeFileSystem, type FileIdentity, type FileSystem } from '../fileSystem';
import { refusals } from '../loadInput';
import type { ExitCode, Output } from '../output';
import { inspectTarget } from '../outputTarget';
import { consolidateWords, placeholders, progressWords, usageWords } from '../../i18n/cli/fr';
import { terminalProgress } from '../progress';
import { returnSources } from '../returnSources';

export const consolidateUsage = usageWords.consolidate;

export async function consolidateCommand(argv: readonly string[], output: Output, fs: FileSystem = nodeFileSystem): Promise<ExitCode> {
  const args = parseArgs(argv, {
    plan: { kind: 'value', placeholder: placeholders.file },
    out: { kind: 'value', placeholder: placeholders.xlsxFile },
    respondents: { kind: 'value', placeholder: placeholders.respondents },
    'exclude-errors': { kind: 'flag' },
    // Named for what the adviser vouches for (who sent the file), not a blanket « --force »: errors stay errors.
    'confirm-identity': { kind: 'value', placeholder: placeholders.files },
    json: { kind: 'flag' },
    force: { kind: 'flag' },
    into: { kind: 'value', placeholder: 'CONSOLIDATION.xlsx' },
  });
  // Continuing a campaign: the earlier consolidation takes in the new returns (consolidateInto.ts).
  if (args.values.has('into')) return (await import('./consolidateInto')).consolidateIntoCommand(args, output, fs);
  const out = args.values.get('out');
  if (out === undefined || !/\.xlsx$/i.test(out)) {
    output.err(`${consolidateWords.outMissing}\n${usageWords.line(consolidateUsage)}`);
    return 2;
  }
  if (args.positionals.length === 0) {
    output.err(`${consolidateWords.filesMissing}\n${usageWords.line(consolidateUsage)}`);
    return 2;
  }
  // A previous consolidation at --out is never read as a return, even when it sits in a folder given.
  const target = await inspectTarget(fs, out);
  const previous = target.exists && target.entry === 'file' && target.kind === 'consolidation' ? new Set([target.identity]) : new Set<FileIdentity>();
  const request = { paths: args.positionals, exclude: previous, out, judge: { state: target, kind: 'consolidation' as const, force: args.flags.has('force') }, planFile: args.values.get('plan') };
  const given = await readCommandInputs(request, output, fs);
  if (given === undefined) return 2;
  const { entries, plan } = given;
  const choice = consolidationChoice(args, plan, entries, output);
  if (choice === undefined) return 2;

  const { consolidationSink, nodeReturnReader } = await import('../xlsxPorts');
  // Each file read when its turn comes (one file's bytes in memory at a time); one that cannot be
  // opened is that file's refusal, and the next is read.
  const run = runContext({ now: new Date().toISOString(), progress: terminalProgress(progressWords.reading, output) });
  const done = await consolidateSources(plan, returnSources(fs, entries), { reader: nodeReturnReader, sink: consolidationSink(out, fs) }, run, choice);
  const written = done.written.file;
  const json = args.flags.has('json');
  if (json) output.out(JSON.stringify(consolidationJson(done.consolidation, written), null, 2));
  else output.out(formatConsolidationSummary(consolidationSummaryData(plan, done.consolidation), { output: written }));
  const say = json ? output.err : output.out;
  if (given.replaces) say(renderReplaced(out));
  const refused = renderRefusedList(refusals(entries.map((e) => e.path), done.results));
  if (refused !== '') say(`\n${refused}`);
  return 0;
}

/** What the command line's table loads (src/cli/main.ts). */
export const command = { run: consolidateCommand, usage: consolidateUsage };
