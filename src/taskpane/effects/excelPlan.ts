/**
 * The plan and the open workbook: the plan sheets read at start-up (when the adviser keeps the
 * plan in this workbook), and written on request. Loaded on first use (its own chunk).
 */
import type { LoadedPlan } from '../../app/loadPlan';
import { buildPlanWorkbook } from '../../collect/planWorkbook';
import { ExcelAdapterError, type ExcelWorkbook, type SheetEntry } from '../../excel';
import type { Lang } from '../../i18n/lang';
import { planEffectsWords } from '../../i18n/pane/planEffects';
import type { Plan } from '../../plan/schema';
import { gridsToPlan, normaliseTitle, sheetNames } from '../../plan/sheets';
import { embeddedPlan as embeddedPlanStarted } from './embeddedPlan';
import { lowerFirst, writeOutcome } from './excelOutcome';
import type { Outcome, PlanInUse } from './types';

const planSheetName = normaliseTitle(sheetNames.plan);
const planSheetNames = new Set(Object.values(sheetNames).map(normaliseTitle));

/**
 * The workbook's sheets that are plan sheets (matched as `gridsToPlan` matches them: case, accents
 * and spaces forgiven), or undefined when the workbook does not hold a plan. It does when it has
 * the « Plan » sheet (the plan's identity) and at least one other plan sheet: a lone « Plan » is
 * more likely the user's own sheet than a plan with ten sheets missing. Any other missing plan
 * sheet is then reported by `gridsToPlan`, at its place.
 */
export function planSheetsIn(sheets: readonly SheetEntry[]): string[] | undefined {
  const found = sheets.filter((s) => planSheetNames.has(normaliseTitle(s.name))).map((s) => s.name);
  const hasPlan = found.some((name) => normaliseTitle(name) === planSheetName);
  return hasPlan && found.length >= 2 ? found : undefined;
}

async function embeddedPlan(): Promise<PlanInUse> {
  return (await embeddedPlanStarted()).plan;
}

/**
 * The workbook's plan sheets when present and valid; else the embedded plan — with, when the
 * sheets are there but cannot be used, why (each issue at its sheet and cell), so the pane can say
 * so instead of silently using another plan. Costs one sync to list the sheets, and the read.
 */
export async function workbookPlan(workbook: ExcelWorkbook): Promise<{ plan: PlanInUse; problem?: LoadedPlan }> {
  let read: LoadedPlan | null;
  try {
    read = await readPlanSheets(workbook);
  } catch (error) {
    // Start-up must not fail because Excel is busy: the pane opens on the embedded plan and says why.
    if (!(error instanceof ExcelAdapterError)) throw error;
    return { plan: await embeddedPlan(), problem: { ok: false, format: 'xlsx', unreadable: { code: 'sheets_not_read', excel: error.issue } } };
  }
  if (read === null) return { plan: await embeddedPlan() };
  if (read.ok) return { plan: { plan: read.plan, source: { kind: 'workbook' } } };
  return { plan: await embeddedPlan(), problem: read };
}

/** The workbook's plan sheets, read and checked (each issue at its sheet and cell); null when it has none. Two or three syncs. */
export async function readPlanSheets(workbook: ExcelWorkbook): Promise<LoadedPlan | null> {
  const names = planSheetsIn(await workbook.sheets());
  if (names === undefined) return null;
  const result = gridsToPlan(await workbook.readGrids(names));
  return result.ok ? { ok: true, plan: result.plan, format: 'xlsx' } : { ok: false, format: 'xlsx', issues: result.located };
}

/** Writes the plan sheets; refuses to replace sheets the user changed unless `overwrite` (adapter errors are thrown, in French). */
export async function writePlan(workbook: ExcelWorkbook, plan: Plan, overwrite: boolean, now: string, lang: Lang): Promise<Outcome> {
  const report = await workbook.writeSpec(buildPlanWorkbook(plan, now), { onModified: overwrite ? 'overwrite' : 'refuse' });
  const { message, details } = writeOutcome(report, lang);
  return { message: planEffectsWords[lang].written(lowerFirst(message)), details };
}
