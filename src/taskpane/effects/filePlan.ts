/**
 * The plan on the standalone page: the embedded one to start with, or a file the adviser picks
 * (.json, or an .xlsx holding the plan sheets). A file that cannot be read at all comes back as
 * `unreadable` with its issue (src/plan/planFileIssue.ts), worded in the pane's language by
 * src/i18n/planFile; a readable plan with mistakes comes back with its located issues
 * (src/app/loadPlan).
 */
import { loadPlan, planFormatOf, type LoadedPlan, type PlanFormat } from '../../app/loadPlan';
import type { PlanFileIssue } from '../../plan/planFileIssue';
import { UntrustedFileError } from '../../workbook/fileIssues';
import type { PickedFile } from './types';
import { sizeCap, type FileContext } from './fileContext';

/** A JSON plan is tens of kilobytes (the embedded one: ~55 Ko); anything near this is not a plan. */
const jsonPlanMaxBytes = 5 * 1024 * 1024;

/** `LoadedPlan` needs a format even for a file of neither kind: a spreadsheet-like name counts as .xlsx. */
function nearestFormat(name: string): PlanFormat {
  return /\.(xls[xmb]?|ods|csv)$/i.test(name) ? 'xlsx' : 'json';
}

export async function readPlanFile(file: PickedFile, context: FileContext): Promise<LoadedPlan> {
  const name = file.name;
  const format = planFormatOf(name);
  if (format === undefined) return { ok: false, format: nearestFormat(name), unreadable: { code: 'not_a_plan_file', params: { name } } };
  if (format === 'json') {
    const max = context.maxFileBytes ?? jsonPlanMaxBytes;
    if (file.size > max) return { ok: false, format, unreadable: { code: 'too_large', params: { name, size: file.size, max } } };
    const bytes = await readPicked(file);
    // No .xlsx reader needed: a JSON plan never loads the ExcelJS chunk.
    return bytes.ok ? loadPlan(format, bytes.bytes, () => Promise.reject(new Error('not an .xlsx plan'))) : { ok: false, format, unreadable: bytes.unreadable };
  }
  const xlsx = await context.xlsx();
  const max = sizeCap(context, xlsx);
  if (file.size > max) {
    // Refused from its size alone, before reading it into memory, as the guards refuse it.
    return { ok: false, format, unreadable: { code: 'refused', params: { name }, refusal: { code: 'too_large', params: { size: file.size, max } } } };
  }
  const bytes = await readPicked(file);
  if (!bytes.ok) return { ok: false, format, unreadable: bytes.unreadable };
  try {
    return await loadPlan(format, bytes.bytes, xlsx.readGrids);
  } catch (error) {
    // readGrids refuses hostile or damaged workbooks with an UntrustedFileError: its issue.
    if (error instanceof UntrustedFileError) return { ok: false, format, unreadable: { code: 'refused', params: { name }, refusal: error.issue } };
    return { ok: false, format, unreadable: { code: 'workbook_not_read', params: { name, ...errorDetail(error) } } };
  }
}

/** The bytes of a picked file, or why the browser could not read them (moved, deleted, locked since it was chosen). */
export async function readPicked(file: PickedFile): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; unreadable: Extract<PlanFileIssue, { code: 'not_read_from_disk' }> }> {
  try {
    return { ok: true, bytes: new Uint8Array(await file.arrayBuffer()) };
  } catch (error) {
    return { ok: false, unreadable: { code: 'not_read_from_disk', params: { name: file.name, ...errorDetail(error) } } };
  }
}

/** The browser's or reader's own technical text, when it has one. */
function errorDetail(error: unknown): { detail?: string } {
  return error instanceof Error && error.message !== '' ? { detail: error.message } : {};
}
