/**
 * Load a plan from a file's bytes, whichever surface supplies them: JSON, or an .xlsx holding the
 * plan sheets. The .xlsx reader is passed in (the command line gives src/xlsx, the task pane its
 * lazily loaded copy), so this workflow stays free of adapters.
 */
import { parsePlan, type Plan } from '../plan';
import { jsonSyntaxIssue, type PlanFileIssue } from '../plan/planFileIssue';
import { gridsToPlan, type LocatedIssue } from '../plan/sheets';
import type { Grid } from '../workbook/grid';

export type ReadGrids = (bytes: Uint8Array) => Promise<Grid[]>;

/** Where an issue sits, in the terms of the file it came from (src/i18n/planSheetIssues words it). */
export type { LocatedIssue };

export type LoadedPlan =
  | { ok: true; plan: Plan; format: PlanFormat }
  | { ok: false; format: PlanFormat; issues: LocatedIssue[] }
  /** Not read as a plan at all: a JSON this workflow cannot parse, or a surface's own refusal (src/i18n/planFile words it). */
  | { ok: false; format: PlanFormat; unreadable: PlanFileIssue };

export type { PlanFileIssue };

export type PlanFormat = 'json' | 'xlsx';

export function planFormatOf(fileName: string): PlanFormat | undefined {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.xlsx')) return 'xlsx';
  return undefined;
}

export async function loadPlan(format: PlanFormat, bytes: Uint8Array, readGrids: ReadGrids): Promise<LoadedPlan> {
  if (format === 'json') {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return { ok: false, format, unreadable: { code: 'json_not_utf8' } };
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      return { ok: false, format, unreadable: jsonSyntaxIssue(error instanceof Error ? error.message : String(error), text) };
    }
    const result = parsePlan(data);
    return result.ok ? { ok: true, plan: result.plan, format } : { ok: false, format, issues: result.issues.map((issue) => ({ kind: 'plan', issue })) };
  }
  const grids = await readGrids(bytes);
  const result = gridsToPlan(grids);
  if (result.ok) return { ok: true, plan: result.plan, format };
  return { ok: false, format, issues: result.located };
}
