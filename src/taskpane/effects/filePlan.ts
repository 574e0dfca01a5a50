/**
 * The plan on the standalone page: the embedded one to start with, or a file the adviser picks
 * (.json, or an .xlsx holding the plan sheets). A file that cannot be read at all comes back as
 * `unreadable` with a French sentence saying what is wrong and how to fix it; a readable plan
 * with mistakes comes back with its located issues (src/app/loadPlan).
 */
import { loadPlan, planFormatOf, type LoadedPlan, type PlanFormat } from '../../app/loadPlan';
import type { PickedFile, PlanInUse } from './types';
import { sizeCap, type FileContext } from './fileContext';
import { formatFileSize } from './fileSize';

/** A JSON plan is tens of kilobytes (the embedded one: ~55 Ko); anything near this is not a plan. */
const jsonPlanMaxBytes = 5 * 1024 * 1024;

/** The embedded plan (CTG Provence Alpes Agglomération 2022–2025), loaded with the code that needs it. */
export async function embeddedPlan(): Promise<{ plan: PlanInUse }> {
  const { defaultPlan } = await import(/* webpackChunkName: "plan" */ '../../plan/default');
  return { plan: { plan: defaultPlan(), source: { kind: 'embedded' } } };
}

/** `LoadedPlan` needs a format even for a file of neither kind: a spreadsheet-like name counts as .xlsx. */
function nearestFormat(name: string): PlanFormat {
  return /\.(xls[xmb]?|ods|csv)$/i.test(name) ? 'xlsx' : 'json';
}

export async function readPlanFile(file: PickedFile, context: FileContext): Promise<LoadedPlan> {
  const format = planFormatOf(file.name);
  if (format === undefined) {
    return {
      ok: false,
      format: nearestFormat(file.name),
      unreadable: `Le fichier « ${file.name} » n’est pas un plan : choisissez un fichier .json (plan exporté) ou un classeur .xlsx contenant les feuilles du plan. Un classeur .xls, .xlsm ou .ods doit d’abord être enregistré au format Classeur Excel (.xlsx).`,
    };
  }
  if (format === 'json') {
    const max = context.maxFileBytes ?? jsonPlanMaxBytes;
    if (file.size > max) {
      return { ok: false, format, unreadable: `Le fichier « ${file.name} » est trop volumineux pour être un plan (${formatFileSize(file.size)}, ${formatFileSize(max)} au plus). Vérifiez que vous avez choisi le bon fichier.` };
    }
    const bytes = await readPicked(file);
    // No .xlsx reader needed: a JSON plan never loads the ExcelJS chunk.
    return bytes.ok ? loadPlan(format, bytes.bytes, () => Promise.reject(new Error('not an .xlsx plan'))) : { ok: false, format, unreadable: bytes.unreadable };
  }
  const xlsx = await context.xlsx();
  const max = sizeCap(context, xlsx);
  if (file.size > max) {
    // Refused from its size alone, before reading it into memory.
    return { ok: false, format, unreadable: `Plan « ${file.name} » refusé. ${xlsx.tooLargeMessage(file.size, max)}` };
  }
  const bytes = await readPicked(file);
  if (!bytes.ok) return { ok: false, format, unreadable: bytes.unreadable };
  try {
    return await loadPlan(format, bytes.bytes, xlsx.readGrids);
  } catch (error) {
    // readGrids refuses hostile or damaged workbooks with a French message (UntrustedFileError).
    const message = error instanceof Error && error.message !== '' ? error.message : 'Le classeur n’a pas pu être lu.';
    return { ok: false, format, unreadable: `Plan « ${file.name} » illisible. ${message}` };
  }
}

/** The bytes of a picked file, or why the browser could not read them. */
export async function readPicked(file: PickedFile): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; unreadable: string }> {
  try {
    return { ok: true, bytes: new Uint8Array(await file.arrayBuffer()) };
  } catch (error) {
    return { ok: false, unreadable: unreadableFile(file.name, error) };
  }
}

/** The browser could not read a picked file (moved, deleted, locked since it was chosen). */
export function unreadableFile(name: string, error: unknown): string {
  const detail = error instanceof Error && error.message !== '' ? ` (${error.message})` : '';
  return `Le fichier « ${name} » n’a pas pu être lu sur le disque${detail}. Vérifiez qu’il n’a pas été déplacé ou supprimé depuis qu’il a été choisi, puis choisissez-le à nouveau.`;
}
