/**
 * `ctg generate [--plan FILE] [--respondents attendus|all|signataires|partenaires|CODES] [--period YEARS]
 *   [--deadline DATE] [--contact TEXT] [--password TEXT] --out DIR [--force] [--json]`. A file already
 * at a workbook's name is never replaced silently: it may be a return already filled in. With
 * --force, collection workbooks of ours are replaced; any other file, never.
 */
import { join } from 'node:path';
import { collectionFileName } from '../../app/fileNames';
import { parseDeadline } from '../../app/deadline';
import { generateCollections, generatedFiles } from '../../app/generate';
import { runContext } from '../../app/run';
import { respondentSelectionWords } from '../../i18n/respondentSelection';
import { folderWords, generateWords, placeholders, progressWords, usageWords } from '../../i18n/cli/fr';
import type { Plan } from '../../plan';
import { parseArgs } from '../args';
import { ensureWritableFolder } from '../files';
import { nodeFileSystem, type FileSystem } from '../fileSystem';
import { inspectTarget, judgeTarget } from '../outputTarget';
import type { ExitCode, Output } from '../output';
import { terminalProgress } from '../progress';
import { resolvePlan } from '../resolvePlan';
import { chosenRespondents } from '../respondentsOption';

export const generateUsage = usageWords.generate(respondentSelectionWords.placeholder);

/** « 2024 », « 2023,2025 » or « 2023-2025 » → period ids; undefined with the reason when unknown. */
export function parsePeriods(text: string, plan: Plan): { ok: true; periods: string[] } | { ok: false; unknown: string[] } {
  const known = plan.periods.map((p) => p.id);
  const wanted = text.split(',').flatMap((part) => {
    const range = /^(\d{4})-(\d{4})$/.exec(part.trim());
    if (!range) return [part.trim()];
    return known.filter((id) => id >= (range[1] as string) && id <= (range[2] as string));
  });
  const unknown = wanted.filter((id) => !known.includes(id));
  return unknown.length > 0 || wanted.length === 0 ? { ok: false, unknown: unknown.length > 0 ? unknown : [text] } : { ok: true, periods: wanted };
}

export async function generateCommand(argv: readonly string[], output: Output, fs: FileSystem = nodeFileSystem): Promise<ExitCode> {
  const args = parseArgs(argv, {
    plan: { kind: 'value', placeholder: placeholders.file },
    respondents: { kind: 'value', placeholder: respondentSelectionWords.placeholder },
    period: { kind: 'value', placeholder: placeholders.years },
    deadline: { kind: 'value', placeholder: placeholders.date },
    contact: { kind: 'value', placeholder: placeholders.text },
    password: { kind: 'value', placeholder: placeholders.word },
    out: { kind: 'value', placeholder: placeholders.folder },
    json: { kind: 'flag' },
    force: { kind: 'flag' },
  });
  const outDir = args.values.get('out');
  if (outDir === undefined) {
    output.err(`${generateWords.outMissing}\n${usageWords.line(generateUsage)}`);
    return 2;
  }
  const choice = await resolvePlan(args.values.get('plan'), output, fs);
  if (!choice.ok) return 2;
  const plan = choice.plan;
  const respondents = chosenRespondents(args.values.get('respondents'), plan, output);
  if (respondents === undefined) return 2;
  let periods: string[] | undefined;
  const periodText = args.values.get('period');
  if (periodText !== undefined) {
    const parsed = parsePeriods(periodText, plan);
    if (!parsed.ok) {
      output.err(generateWords.unknownPeriods(parsed.unknown, plan.periods.map((p) => p.id)));
      return 2;
    }
    periods = parsed.periods;
  }
  const deadlineText = args.values.get('deadline');
  const deadline = deadlineText !== undefined ? parseDeadline(deadlineText) : undefined;
  if (deadlineText !== undefined && deadline === undefined) {
    output.err(generateWords.deadlineUnreadable(deadlineText));
    return 2;
  }
  const folder = await ensureWritableFolder(outDir, fs);
  if (!folder.ok) {
    output.err(folderWords.notWritable(outDir, folder.reason));
    return 2;
  }
  // Every name checked before the first workbook is written: all the problems at once, or none written.
  const taken: string[] = [];
  for (const respondent of respondents) {
    const path = join(outDir, collectionFileName(plan, respondent));
    const verdict = judgeTarget(path, await inspectTarget(fs, path), 'collection', new Map(), args.flags.has('force'));
    if (!verdict.ok) taken.push(verdict.message);
  }
  if (taken.length > 0) {
    for (const message of taken) output.err(message);
    return 2;
  }
  const { folderSink } = await import('../xlsxPorts');
  const contact = args.values.get('contact');
  const password = args.values.get('password');
  const run = runContext({ now: new Date().toISOString(), progress: terminalProgress(progressWords.generating, output) });
  const asked = {
    ...(periods !== undefined ? { periods } : {}),
    ...(deadline !== undefined ? { deadline } : {}),
    ...(contact !== undefined ? { contact } : {}),
    ...(password !== undefined ? { password } : {}),
  };
  const files = generatedFiles(await generateCollections(plan, respondents, asked, folderSink(outDir, fs), run));
  if (args.flags.has('json')) {
    output.out(JSON.stringify(files, null, 2));
    return 0;
  }
  output.out(generateWords.written(files.length, outDir));
  for (const f of files) output.out(generateWords.file(f.file, f.sheets, f.inputCells));
  return 0;
}

/** What the command line's table loads (src/cli/main.ts). */
export const command = { run: generateCommand, usage: generateUsage };
