/**
 * Load a plan from a file's bytes, whichever surface supplies them: JSON, or an .xlsx holding the
 * plan sheets. The .xlsx reader is passed in (the command line gives src/xlsx, the task pane its
 * lazily loaded copy), so this workflow stays free of adapters.
 */
import { parsePlan, type PlanIssue, type Plan } from '../plan';
import { gridsToPlan } from '../plan/sheets';
import type { Grid } from '../workbook/grid';

export type ReadGrids = (bytes: Uint8Array) => Promise<Grid[]>;

/** Where an issue sits, in the terms of the file it came from. */
export type LocatedIssue = { issue: PlanIssue; sheet?: string; cell?: string; message?: string };

export type LoadedPlan =
  | { ok: true; plan: Plan; format: PlanFormat }
  | { ok: false; format: PlanFormat; issues: LocatedIssue[] }
  | { ok: false; format: PlanFormat; unreadable: string };

export type PlanFormat = 'json' | 'xlsx';

export function planFormatOf(fileName: string): PlanFormat | undefined {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.xlsx')) return 'xlsx';
  return undefined;
}

export async function loadPlan(format: PlanFormat, bytes: Uint8Array, readGrids: ReadGrids): Promise<LoadedPlan> {
  if (format === 'json') {
    let data: unknown;
    try {
      data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    } catch (error) {
      return { ok: false, format, unreadable: `JSON illisible (${(error as Error).message}). Vérifiez la syntaxe du fichier.` };
    }
    const result = parsePlan(data);
    return result.ok ? { ok: true, plan: result.plan, format } : { ok: false, format, issues: result.issues.map((issue) => ({ issue })) };
  }
  const grids = await readGrids(bytes);
  const result = gridsToPlan(grids);
  if (result.ok) return { ok: true, plan: result.plan, format };
  return { ok: false, format, issues: result.located };
}
