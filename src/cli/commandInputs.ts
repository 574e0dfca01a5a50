/**
 * What the commands that consolidate returns (`consolidate`, its `--into`, `bilan`) do before their
 * work, said once: the inputs listed, the file to write judged against them and its folder made
 * writable, the plan resolved; then the adviser's choice (`--exclude-errors`, `--respondents`,
 * `--confirm-identity`). Each refusal is said on stderr; the command then stops with exit code 2.
 */
import { dirname, resolve } from 'node:path';
import type { ConsolidationChoice } from '../app/consolidate';
import { consolidateWords, folderWords } from '../i18n/cli/fr';
import { renderSkippedDirectory } from '../i18n/fileAccess';
import type { Plan } from '../plan';
import type { OwnOutputKind } from '../xlsx/ownOutput';
import type { ParsedArgs } from './args';
import { confirmedFiles } from './confirmedFiles';
import { ensureWritableFolder } from './files';
import type { FileIdentity, FileSystem } from './fileSystem';
import { listInputs, type InputEntry } from './inputs';
import type { Output } from './output';
import { judgeTarget, type TargetState } from './outputTarget';
import { resolvePlan } from './resolvePlan';
import { chosenRespondents } from './respondentsOption';

export type CommandRequest = {
  /** The files and folders given, folders read recursively. */
  paths: readonly string[];
  /** Files met in those folders that are not returns: the command's previous output, the campaign's workbook. */
  exclude?: ReadonlySet<FileIdentity>;
  /** The file the command writes. */
  out: string;
  /**
   * How `out` is judged: never over an input (nor over a file in `alsoRead`), never over a file not
   * ours, over a previous output of `kind` only with `force`. Absent: the campaign's own workbook,
   * continued in place (`--into` without `--out`).
   */
  judge?: { state: TargetState; kind: OwnOutputKind; force: boolean; alsoRead?: ReadonlyMap<FileIdentity, string> };
  /** `--plan`, or the embedded plan. */
  planFile: string | undefined;
};

export type CommandInputs = {
  entries: InputEntry[];
  plan: Plan;
  /** `out` is a previous output of the same kind, replaced (`--force`). */
  replaces: boolean;
};

/** The prologue; undefined once a refusal is said. */
export async function readCommandInputs(request: CommandRequest, output: Output, fs: FileSystem): Promise<CommandInputs | undefined> {
  const { entries, skipped, problems } = await listInputs(fs, request.paths, { recursive: true, ...(request.exclude !== undefined ? { exclude: request.exclude } : {}) });
  if (problems.length > 0) {
    for (const p of problems) output.err(p);
    return undefined;
  }
  let replaces = false;
  if (request.judge !== undefined) {
    const { state, kind, force, alsoRead } = request.judge;
    // Never over an input, whatever the path that leads to it.
    const inputs = new Map([...entries.flatMap((e) => (e.kind === 'file' ? [[e.identity, e.path] as const] : [])), ...(alsoRead ?? [])]);
    const verdict = judgeTarget(request.out, state, kind, inputs, force);
    if (!verdict.ok) {
      output.err(verdict.message);
      return undefined;
    }
    replaces = verdict.replaces;
  }
  for (const path of skipped) output.err(renderSkippedDirectory(path));
  const folder = await ensureWritableFolder(dirname(resolve(request.out)), fs);
  if (!folder.ok) {
    output.err(folderWords.notWritableOf(request.out, folder.reason));
    return undefined;
  }
  const choice = await resolvePlan(request.planFile, output, fs);
  return choice.ok ? { entries, plan: choice.plan, replaces } : undefined;
}

/** `--exclude-errors`, `--respondents` (whom the consolidation expects) and `--confirm-identity` (files among `entries`); undefined once a refusal is said. */
export function consolidationChoice(args: ParsedArgs, plan: Plan, entries: readonly InputEntry[], output: Output): ConsolidationChoice | undefined {
  const respondentsText = args.values.get('respondents');
  const respondents = respondentsText !== undefined ? chosenRespondents(respondentsText, plan, output) : undefined;
  if (respondentsText !== undefined && respondents === undefined) return undefined;
  const confirmed = confirmedFiles(args.values.get('confirm-identity'), entries.map((e) => e.path));
  if (!confirmed.ok) {
    output.err(consolidateWords.unknownConfirmed(confirmed.unknown));
    return undefined;
  }
  return {
    ...(args.flags.has('exclude-errors') ? { errors: 'quarantine' as const } : {}),
    ...(respondents !== undefined ? { expected: respondents.map((r) => r.code) } : {}),
    ...(confirmed.files.length > 0 ? { confirmedIdentity: confirmed.files } : {}),
  };
}
