/**
 * `ctg bilan CONSOLIDATION.xlsx|FILE|DIR... [--plan FILE] [--year YEAR | --evaluation] [--exclude-errors]
 *   [--respondents …] --out FILE.docx [--force] [--json]`: the returns read, checked and consolidated
 * as by `ctg consolidate` (no workbook written), then the COPIL's bilan of one year (by default the
 * last one ended) or the convention's evaluation, written as an editable Word document — never over
 * an input or a file not ours, over a previous bilan only with --force.
 *
 * A consolidation workbook among the inputs is read back as the campaign so far (its « Données »,
 * « Historique » and ledger), and returns given beside it are taken in as `consolidate --into` would.
 */
import { bilanFromSources, bilanJson, defaultBilanPeriod } from '../../app/bilan';
import { runContext } from '../../app/run';
import { bilanCommandWords as say } from '../../i18n/bilanCommand';
import { renderRefusedList } from '../../i18n/fileAccess';
import type { BilanRequest } from '../../report/bilan';
import { parseArgs } from '../args';
import { consolidationChoice, readCommandInputs } from '../commandInputs';
import { writeAtomically } from '../files';
import { nodeFileSystem, type FileSystem } from '../fileSystem';
import { refusals } from '../loadInput';
import type { ExitCode, Output } from '../output';
import { inspectTarget } from '../outputTarget';
import { terminalProgress } from '../progress';
import { returnSources } from '../returnSources';

export const bilanUsage = say.usage;

export async function bilanCommand(argv: readonly string[], output: Output, fs: FileSystem = nodeFileSystem): Promise<ExitCode> {
  const args = parseArgs(argv, {
    plan: { kind: 'value', placeholder: say.placeholder.file },
    out: { kind: 'value', placeholder: say.placeholder.docx },
    year: { kind: 'value', placeholder: say.placeholder.year },
    evaluation: { kind: 'flag' },
    respondents: { kind: 'value', placeholder: say.placeholder.respondents },
    'exclude-errors': { kind: 'flag' },
    json: { kind: 'flag' },
    force: { kind: 'flag' },
  });
  const out = args.values.get('out');
  const refuse = (message: string) => {
    output.err(say.withUsage(message, bilanUsage));
    return 2 as const;
  };
  if (out === undefined || !/\.docx$/i.test(out)) return refuse(say.missingOut);
  if (args.positionals.length === 0) return refuse(say.missingInputs);
  const year = args.values.get('year');
  if (year !== undefined && args.flags.has('evaluation')) return refuse(say.yearAndEvaluation);

  const judge = { state: await inspectTarget(fs, out), kind: 'bilan' as const, force: args.flags.has('force') };
  const given = await readCommandInputs({ paths: args.positionals, out, judge, planFile: args.values.get('plan') }, output, fs);
  if (given === undefined) return 2;
  const { entries, plan } = given;
  if (year !== undefined && !plan.periods.some((p) => p.id === year)) return refuse(say.unknownYear(year, plan.periods.map((p) => p.id)));
  const choice = consolidationChoice(args, plan, entries, output);
  if (choice === undefined) return 2;

  const { nodeCampaignReader, nodeReturnReader } = await import('../xlsxPorts');
  const { renderBilanDocx } = await import('../../docx/renderBilan');
  const { resvgPng } = await import('../../docx/resvgPng');
  const run = runContext({ now: new Date().toISOString(), progress: terminalProgress(say.progress, output) });
  const request: BilanRequest = args.flags.has('evaluation') ? { kind: 'evaluation' } : { kind: 'annual', period: year ?? defaultBilanPeriod(plan, run) };
  const done = await bilanFromSources(
    plan,
    returnSources(fs, entries),
    {
      reader: nodeReturnReader,
      campaign: nodeCampaignReader,
      render: (document) => renderBilanDocx(document, resvgPng),
      write: async (_name, bytes) => {
        await writeAtomically(out, bytes, fs);
        return out;
      },
    },
    run,
    request,
    choice,
  );
  const json = bilanJson(plan, request, done, out);
  if (args.flags.has('json')) output.out(JSON.stringify(json, null, 2));
  else output.out(say.written(done.document.cover.subtitle, out, json.fiches.length, json.charts, json.files));
  const aside = args.flags.has('json') ? output.err : output.out;
  if (given.replaces) aside(say.replaced(out));
  const refused = renderRefusedList(refusals(entries.map((e) => e.path), done.results));
  if (refused !== '') aside(`\n${refused}`);
  return 0;
}

/** What the command line's table loads (src/cli/main.ts). */
export const command = { run: bilanCommand, usage: bilanUsage };
