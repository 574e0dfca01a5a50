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
import { dirname, resolve } from 'node:path';
import { bilanFromSources, bilanJson, defaultBilanPeriod } from '../../app/bilan';
import { runContext } from '../../app/run';
import { selectRespondents } from '../../collect';
import { bilanCommandWords as say } from '../../i18n/bilanCommand';
import { renderRefusedList, renderSkippedDirectory } from '../../i18n/fileAccess';
import type { BilanRequest } from '../../report/bilan';
import { parseArgs } from '../args';
import { ensureWritableFolder, writeAtomically } from '../files';
import { nodeFileSystem, type FileSystem } from '../fileSystem';
import { listInputs } from '../inputs';
import { refusals } from '../loadInput';
import type { ExitCode, Output } from '../output';
import { inspectTarget, judgeTarget } from '../outputTarget';
import { terminalProgress } from '../progress';
import { resolvePlan } from '../resolvePlan';
import { returnSources } from '../returnSources';
import { parseSelection, unknownRespondentsMessage } from './generate';

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

  const target = await inspectTarget(fs, out);
  const { entries, skipped, problems } = await listInputs(fs, args.positionals, { recursive: true });
  if (problems.length > 0) {
    for (const p of problems) output.err(p);
    return 2;
  }
  const inputs = new Map(entries.flatMap((e) => (e.kind === 'file' ? [[e.identity, e.path] as const] : [])));
  const verdict = judgeTarget(out, target, 'bilan', inputs, args.flags.has('force'));
  if (!verdict.ok) {
    output.err(verdict.message);
    return 2;
  }
  for (const path of skipped) output.err(renderSkippedDirectory(path));
  const folder = await ensureWritableFolder(dirname(resolve(out)), fs);
  if (!folder.ok) {
    output.err(say.folder(out, folder.reason));
    return 2;
  }
  const choice = await resolvePlan(args.values.get('plan'), output, fs);
  if (!choice.ok) return 2;
  const plan = choice.plan;
  if (year !== undefined && !plan.periods.some((p) => p.id === year)) return refuse(say.unknownYear(year, plan.periods.map((p) => p.id)));
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
    { ...(args.flags.has('exclude-errors') ? { errors: 'quarantine' as const } : {}), ...(expected !== undefined ? { expected } : {}) },
  );
  const json = bilanJson(plan, request, done, out);
  if (args.flags.has('json')) output.out(JSON.stringify(json, null, 2));
  else output.out(say.written(done.document.cover.subtitle, out, json.fiches.length, json.charts, json.files));
  const aside = args.flags.has('json') ? output.err : output.out;
  if (verdict.replaces) aside(say.replaced(out));
  const refused = renderRefusedList(refusals(entries.map((e) => e.path), done.results));
  if (refused !== '') aside(`\n${refused}`);
  return 0;
}
