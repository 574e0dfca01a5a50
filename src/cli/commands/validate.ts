/**
 * `ctg validate FILE... [--plan FILE] [--json] [--annotate DIR]`: check returned collection
 * workbooks. A French report by file and sheet, or JSON only on stdout; a marked-up copy of
 * each file in DIR. Exit code 0 when no file has an error, 1 when some has, 2 for unusable
 * arguments. The files received are only read, never written.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { annotateReturns, exitCodeOf, validateReturn, validationJson, type ReturnFile } from '../../app/validate';
import { indexPlan, refusedResult, type ReturnResult } from '../../returns';
import { formatValidationReport } from '../../i18n';
import { parseArgs } from '../args';
import { ensureWritableFolder, writeAtomically } from '../files';
import type { ExitCode, Output } from '../output';
import { terminalProgress } from '../progress';
import { resolvePlan } from '../resolvePlan';

export const validateUsage = 'ctg validate FICHIER|DOSSIER... [--plan FICHIER] [--json] [--annotate DOSSIER]';

type Input = { path: string; size: number };

/** Files as given; a folder stands for the .xlsx files it holds. Unusable paths are all reported. */
async function listInputs(paths: readonly string[]): Promise<{ inputs: Input[]; problems: string[] }> {
  const inputs: Input[] = [];
  const problems: string[] = [];
  for (const path of paths) {
    try {
      const info = await stat(path);
      if (info.isDirectory()) {
        const names = (await readdir(path)).filter((n) => /\.xls[xm]?$/i.test(n) && !n.startsWith('~$')).sort();
        if (names.length === 0) problems.push(`Le dossier « ${path} » ne contient aucun classeur .xlsx.`);
        for (const name of names) inputs.push({ path: join(path, name), size: (await stat(join(path, name))).size });
      } else inputs.push({ path, size: info.size });
    } catch (error) {
      problems.push(`Impossible de lire « ${path} » (${(error as NodeJS.ErrnoException).code ?? 'erreur'}). Vérifiez le chemin du fichier.`);
    }
  }
  return { inputs, problems };
}

export async function validateCommand(argv: readonly string[], output: Output): Promise<ExitCode> {
  const args = parseArgs(argv, {
    plan: { kind: 'value', placeholder: 'FICHIER' },
    json: { kind: 'flag' },
    annotate: { kind: 'value', placeholder: 'DOSSIER' },
  });
  if (args.positionals.length === 0) {
    output.err(`Indiquez au moins un classeur retourné à contrôler.\nUsage : ${validateUsage}`);
    return 2;
  }
  const { inputs, problems } = await listInputs(args.positionals);
  if (problems.length > 0) {
    for (const p of problems) output.err(p);
    return 2;
  }
  const annotateDir = args.values.get('annotate');
  if (annotateDir !== undefined) {
    const folder = await ensureWritableFolder(annotateDir);
    if (!folder.ok) {
      output.err(`Impossible d’écrire dans le dossier « ${annotateDir} » (${folder.reason}). Choisissez un dossier accessible en écriture.`);
      return 2;
    }
  }
  const choice = await resolvePlan(args.values.get('plan'), output);
  if (!choice.ok) return 2;

  const { readGrids, defaultGuardCaps, UntrustedFileError } = await import('../../xlsx');
  const options = { asOf: new Date().toISOString().slice(0, 10), index: indexPlan(choice.plan) };
  const progress = inputs.length > 1 ? terminalProgress('Contrôle', output) : undefined;
  const files: ReturnFile[] = [];
  const results: ReturnResult[] = [];
  for (const [i, input] of inputs.entries()) {
    progress?.({ done: i, total: inputs.length, label: input.path });
    if (input.size > defaultGuardCaps.maxFileBytes) {
      // Refused from its size alone, without loading it in memory.
      const refusal = new UntrustedFileError({ code: 'too_large', params: { size: input.size, max: defaultGuardCaps.maxFileBytes } });
      files.push({ fileName: input.path, bytes: new Uint8Array(0) });
      results.push(refusedResult(input.path, refusal.code, refusal.message));
      continue;
    }
    const file = { fileName: input.path, bytes: new Uint8Array(await readFile(input.path)) };
    files.push(file);
    results.push(await validateReturn(choice.plan, file, { readGrids: (bytes, reach) => readGrids(bytes, { reach }) }, options));
  }
  progress?.({ done: inputs.length, total: inputs.length, label: '' });

  const json = args.flags.has('json');
  if (json) output.out(JSON.stringify(validationJson(results), null, 2));
  else output.out(formatValidationReport(results));

  if (annotateDir !== undefined) {
    const { annotateReturn } = await import('../../xlsx/annotate');
    const inputPaths = new Set(inputs.map((i) => resolve(i.path)));
    const written = await annotateReturns(
      results,
      files,
      {
        annotate: (bytes, findings, lang) => annotateReturn(bytes, findings, { lang }),
        write: async (name, bytes) => {
          // Never over a file being checked, whatever the folder given.
          let path = join(annotateDir, name);
          for (let i = 2; inputPaths.has(resolve(path)); i++) path = join(annotateDir, name.replace(/\.xlsx$/, `-${i}.xlsx`));
          await writeAtomically(path, bytes);
          return path;
        },
      },
    );
    const say = json ? output.err : output.out;
    say(`\nCopies annotées (dans ${annotateDir}) :`);
    for (const w of written) say(w.written !== null ? `  ${w.written}` : `  ${w.file} : refusé, pas de copie annotée (le fichier ne peut pas être ouvert).`);
  }
  return exitCodeOf(results);
}
