/**
 * The plan on the standalone page: the embedded one to start with, or a file the adviser picks
 * (.json, or an .xlsx holding the plan sheets). A file that cannot be read at all comes back as
 * `unreadable` with a sentence in the pane's language saying what is wrong and how to fix it (the
 * .xlsx guards' own refusals stay French); a readable plan with mistakes comes back with its
 * located issues (src/app/loadPlan).
 */
import { loadPlan, planFormatOf, type LoadedPlan, type PlanFormat } from '../../app/loadPlan';
import type { Lang } from '../../i18n/lang';
import { importEffectsWords } from '../../i18n/pane/importEffects';
import { planEffectsWords } from '../../i18n/pane/planEffects';
import { untrustedFileMessage } from '../../i18n/untrustedFile';
import { UntrustedFileError } from '../../workbook/fileIssues';
import type { PickedFile } from './types';
import { sizeCap, type FileContext } from './fileContext';
import { formatFileSize } from './fileSize';

/** A JSON plan is tens of kilobytes (the embedded one: ~55 Ko); anything near this is not a plan. */
const jsonPlanMaxBytes = 5 * 1024 * 1024;

/** `LoadedPlan` needs a format even for a file of neither kind: a spreadsheet-like name counts as .xlsx. */
function nearestFormat(name: string): PlanFormat {
  return /\.(xls[xmb]?|ods|csv)$/i.test(name) ? 'xlsx' : 'json';
}

export async function readPlanFile(file: PickedFile, context: FileContext): Promise<LoadedPlan> {
  const words = planEffectsWords[context.lang];
  const format = planFormatOf(file.name);
  if (format === undefined) return { ok: false, format: nearestFormat(file.name), unreadable: words.notAPlan(file.name) };
  if (format === 'json') {
    const max = context.maxFileBytes ?? jsonPlanMaxBytes;
    if (file.size > max) {
      return { ok: false, format, unreadable: words.tooLarge(file.name, formatFileSize(file.size, context.lang), formatFileSize(max, context.lang)) };
    }
    const bytes = await readPicked(file, context.lang);
    // No .xlsx reader needed: a JSON plan never loads the ExcelJS chunk.
    return bytes.ok ? loadPlan(format, bytes.bytes, () => Promise.reject(new Error('not an .xlsx plan'))) : { ok: false, format, unreadable: bytes.unreadable };
  }
  const xlsx = await context.xlsx();
  const max = sizeCap(context, xlsx);
  if (file.size > max) {
    // Refused from its size alone, before reading it into memory (the guards' sentence is French).
    return { ok: false, format, unreadable: words.refused(file.name, xlsx.tooLargeMessage(file.size, max)) };
  }
  const bytes = await readPicked(file, context.lang);
  if (!bytes.ok) return { ok: false, format, unreadable: bytes.unreadable };
  try {
    return await loadPlan(format, bytes.bytes, xlsx.readGrids);
  } catch (error) {
    // readGrids refuses hostile or damaged workbooks with an UntrustedFileError: its issue, worded here.
    const message = error instanceof UntrustedFileError ? untrustedFileMessage(error.issue, context.lang) : error instanceof Error && error.message !== '' ? error.message : words.notRead;
    return { ok: false, format, unreadable: words.unreadable(file.name, message) };
  }
}

/** The bytes of a picked file, or why the browser could not read them. */
export async function readPicked(file: PickedFile, lang: Lang): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; unreadable: string }> {
  try {
    return { ok: true, bytes: new Uint8Array(await file.arrayBuffer()) };
  } catch (error) {
    return { ok: false, unreadable: unreadableFile(file.name, error, lang) };
  }
}

/** The browser could not read a picked file (moved, deleted, locked since it was chosen). */
export function unreadableFile(name: string, error: unknown, lang: Lang): string {
  const detail = error instanceof Error && error.message !== '' ? ` (${error.message})` : '';
  return importEffectsWords[lang].unreadableFile(name, detail);
}
