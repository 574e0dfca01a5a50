/** `--plan FILE` or the embedded default plan, with every problem reported in French. */
import { loadPlan, planFormatOf } from '../app/loadPlan';
import { describePlanIssue } from '../i18n';
import { checkPlan, defaultPlan, type Plan } from '../plan';
import { nodeFileSystem, type FileSystem } from './fileSystem';
import { readInput } from './inputs';
import { planWords } from '../i18n/cli/fr';
import { renderFileRefusal } from '../i18n/fileRefusal';
import { renderPlanFileIssue } from '../i18n/planFile';
import { untrustedFileMessage } from '../i18n/untrustedFile';
import { UntrustedFileError } from '../workbook/fileIssues';
import { renderSheetIssue } from '../i18n/planSheetIssues';
import type { ExitCode, Output } from './output';

export type PlanChoice = { ok: true; plan: Plan; origin: string } | { ok: false; exitCode: ExitCode };

export async function resolvePlan(file: string | undefined, output: Output, fs: FileSystem = nodeFileSystem, embedded: () => Plan = defaultPlan): Promise<PlanChoice> {
  if (file === undefined) return checkedEmbedded(embedded(), output);
  const format = planFormatOf(file);
  if (format === undefined) {
    output.err(planWords.notAPlanFile(file));
    return { ok: false, exitCode: 2 };
  }
  // Like a return: a regular file only (a FIFO given as --plan would block forever), bounded in size and time.
  const read = await readInput(fs, file);
  if (!read.ok) {
    const { code, params } = read.refusal;
    if (code === 'unreadable') output.err(planWords.unreadable(file, params.errno));
    else if (code === 'not_regular') output.err(planWords.notRegular(file));
    else output.err(planWords.refusedRead(file, renderFileRefusal({ reason: code, ...params })));
    return { ok: false, exitCode: 2 };
  }
  const bytes = read.bytes;
  let loaded;
  try {
    // ExcelJS is loaded only when a workbook is to be read: `ctg plan --json` stays fast.
    const { readGrids } = await import('../xlsx/readGrids');
    loaded = await loadPlan(format, bytes, readGrids);
  } catch (error) {
    output.err(planWords.refused(file, error instanceof UntrustedFileError ? untrustedFileMessage(error.issue) : (error as Error).message));
    return { ok: false, exitCode: 1 };
  }
  if (loaded.ok) return { ok: true, plan: loaded.plan, origin: file };
  if ('unreadable' in loaded) {
    output.err(planWords.notRead(file, renderPlanFileIssue(loaded.unreadable, 'fr')));
    return { ok: false, exitCode: 1 };
  }
  output.err(planWords.invalid(file, loaded.issues.length));
  for (const located of loaded.issues) {
    const where = located.sheet !== undefined ? `[${located.sheet}${located.cell !== undefined ? `!${located.cell}` : ''}] ` : '';
    output.err(`  - ${where}${located.kind === 'sheet' ? renderSheetIssue(located.issue) : describePlanIssue(located.issue)}`);
  }
  return { ok: false, exitCode: 1 };
}

/**
 * The embedded plan goes through the same cross-checks as any other: `ctg plan` says « contrôles
 * croisés sans erreur » only when they ran (a rule left pointing at a removed indicator was once
 * reported valid).
 */
function checkedEmbedded(plan: Plan, output: Output): PlanChoice {
  const issues = checkPlan(plan);
  if (issues.length === 0) return { ok: true, plan, origin: planWords.embeddedOrigin };
  output.err(planWords.embeddedInvalid(issues.length));
  for (const issue of issues) output.err(`  - ${describePlanIssue(issue)}`);
  return { ok: false, exitCode: 1 };
}
