/**
 * `ctg consolidate FILE|DIR... [--plan FILE] [--exclude-errors] [--respondents all|signataires|partenaires|CODES]
 *   --out FILE.xlsx [--json]`: read every return given (folders recursively), validate, consolidate
 * and write the consolidation workbook atomically. Progress on stderr; a French summary, or with
 * `--json` a JSON summary only, on stdout. Exit code 0 when written, 2 for unusable arguments.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { consolidateFiles, consolidationJson, type ConsolidateFile } from '../../app/consolidate';
import { selectRespondents } from '../../collect';
import { formatConsolidationSummary } from '../../i18n';
import { refusedResult } from '../../returns/result';
import { parseArgs } from '../args';
import { ensureWritableFolder } from '../files';
import type { ExitCode, Output } from '../output';
import { resolvePlan } from '../resolvePlan';
import { parseSelection, unknownRespondentsMessage } from './generate';

export const consolidateUsage = 'ctg consolidate FICHIER|DOSSIER... [--plan FICHIER] [--exclude-errors] [--respondents all|signataires|partenaires|CODES] --out FICHIER.xlsx [--json]';

type Input = { path: string; size: number; modified: string };

const isWorkbook = (name: string) => /\.xls[xm]?$/i.test(name) && !name.startsWith('~$');

/** Files as given; a folder stands for the workbooks under it, at any depth, in name order. */
export async function listWorkbooks(paths: readonly string[], exclude: ReadonlySet<string> = new Set()): Promise<{ inputs: Input[]; problems: string[] }> {
  const inputs: Input[] = [];
  const problems: string[] = [];
  const visit = async (path: string, given: boolean): Promise<number> => {
    const info = await stat(path);
    if (info.isDirectory()) {
      let found = 0;
      for (const entry of (await readdir(path, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
        if (entry.isDirectory() || (entry.isFile() && isWorkbook(entry.name))) found += await visit(join(path, entry.name), false);
      }
      if (given && found === 0) problems.push(`Le dossier « ${path} » ne contient aucun classeur .xlsx.`);
      return found;
    }
    if (exclude.has(resolve(path))) return 0;
    inputs.push({ path, size: info.size, modified: info.mtime.toISOString() });
    return 1;
  };
  for (const path of paths) {
    try {
      await visit(path, true);
    } catch (error) {
      problems.push(`Impossible de lire « ${path} » (${(error as NodeJS.ErrnoException).code ?? 'erreur'}). Vérifiez le chemin.`);
    }
  }
  return { inputs, problems };
}

export async function consolidateCommand(argv: readonly string[], output: Output): Promise<ExitCode> {
  const args = parseArgs(argv, {
    plan: { kind: 'value', placeholder: 'FICHIER' },
    out: { kind: 'value', placeholder: 'FICHIER.xlsx' },
    respondents: { kind: 'value', placeholder: 'all|signataires|partenaires|CODES' },
    'exclude-errors': { kind: 'flag' },
    json: { kind: 'flag' },
  });
  const out = args.values.get('out');
  if (out === undefined || !/\.xlsx$/i.test(out)) {
    output.err(`Indiquez le classeur de consolidation à écrire : --out FICHIER.xlsx.\nUsage : ${consolidateUsage}`);
    return 2;
  }
  if (args.positionals.length === 0) {
    output.err(`Indiquez les classeurs retournés (fichiers ou dossiers) à consolider.\nUsage : ${consolidateUsage}`);
    return 2;
  }
  // The workbook written is never read as a return, even when it sits in a folder given.
  const { inputs, problems } = await listWorkbooks(args.positionals, new Set([resolve(out)]));
  if (problems.length > 0) {
    for (const p of problems) output.err(p);
    return 2;
  }
  const folder = await ensureWritableFolder(dirname(resolve(out)));
  if (!folder.ok) {
    output.err(`Impossible d’écrire dans le dossier de « ${out} » (${folder.reason}). Choisissez un dossier accessible en écriture.`);
    return 2;
  }
  const choice = await resolvePlan(args.values.get('plan'), output);
  if (!choice.ok) return 2;
  const plan = choice.plan;
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

  const { defaultGuardCaps, UntrustedFileError } = await import('../../xlsx');
  const { nodeConsolidationPorts } = await import('../consolidationPorts');
  const files: ConsolidateFile[] = [];
  for (const input of inputs) {
    if (input.size > defaultGuardCaps.maxFileBytes) {
      // Refused from its size alone, without loading it in memory.
      const refusal = new UntrustedFileError({ code: 'too_large', params: { size: input.size, max: defaultGuardCaps.maxFileBytes } });
      files.push({ fileName: input.path, fileDate: input.modified, refused: refusedResult(input.path, refusal.code, refusal.message) });
    } else files.push({ fileName: input.path, fileDate: input.modified, bytes: new Uint8Array(await readFile(input.path)) });
  }
  const now = new Date().toISOString();
  const run = await consolidateFiles(
    plan,
    files,
    nodeConsolidationPorts(out, 'Lecture et contrôle', output),
    {
      now,
      asOf: now.slice(0, 10),
      validate: { asOf: now.slice(0, 10) },
      ...(args.flags.has('exclude-errors') ? { errors: 'quarantine' as const } : {}),
      ...(expected !== undefined ? { expected } : {}),
    },
  );
  if (args.flags.has('json')) output.out(JSON.stringify(consolidationJson(run.consolidation, run.output), null, 2));
  else output.out(formatConsolidationSummary(plan, run.consolidation, { output: run.output }));
  return 0;
}
