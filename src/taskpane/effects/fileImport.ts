/**
 * Importing returned workbooks on the standalone page: each picked file, in order, is read and
 * checked; one bad file never stops the others. A file above the size cap is refused from the
 * size the browser reports, before a byte of it is read (a 2 GB file picked by mistake must not
 * be loaded into memory); the others go through the guards of the .xlsx chunk before any unzip.
 * The refusals are the guards' sentences (French) or the browser's failure to read, in `lang`.
 */
import { readReturnGrids, validateGrids } from '../../app/validate';
import type { Plan } from '../../plan/schema';
import { indexPlan } from '../../returns/planIndex';
import { templateReach } from '../../returns/reach';
import { refusedResult } from '../../returns/result';
import { sizeCap, type FileContext } from './fileContext';
import { readPicked } from './filePlan';
import { throwIfCancelled, type ImportedReturn, type PickedFile, type TaskControl } from './types';

export async function importReturnFiles(plan: Plan, files: readonly PickedFile[], control: TaskControl, context: FileContext): Promise<ImportedReturn[]> {
  if (files.length === 0) return [];
  throwIfCancelled(control.signal);
  const xlsx = await context.xlsx();
  const max = sizeCap(context, xlsx);
  const now = context.now();
  // One plan index for every file; completeness counts the periods ended by today.
  const options = { index: indexPlan(plan), now, asOf: now.slice(0, 10) };
  const imported: ImportedReturn[] = [];
  for (const [i, file] of files.entries()) {
    throwIfCancelled(control.signal);
    control.progress?.({ done: i, total: files.length, label: file.name });
    const fileDate = isoDate(file.lastModified);
    if (file.size > max) {
      imported.push({ fileName: file.name, fileDate, bytes: null, result: refusedResult(file.name, 'too_large', xlsx.tooLargeMessage(file.size, max)) });
      continue;
    }
    const read = await readPicked(file, context.lang);
    if (!read.ok) {
      imported.push({ fileName: file.name, fileDate, bytes: null, result: refusedResult(file.name, 'unreadable', read.unreadable) });
      continue;
    }
    const reach = templateReach(plan);
    const grids = await readReturnGrids({ fileName: file.name, bytes: read.bytes }, xlsx.readGrids, reach);
    const result = grids.ok ? validateGrids(plan, file.name, grids.grids, { ...options, reach }) : grids.result;
    imported.push({ fileName: file.name, fileDate, bytes: read.bytes, result });
  }
  control.progress?.({ done: files.length, total: files.length, label: '' });
  return imported;
}

/** `File.lastModified` (ms since 1970) as ISO; null when the browser gives none or nonsense. */
function isoDate(lastModified: number | undefined): string | null {
  if (lastModified === undefined || !Number.isFinite(lastModified)) return null;
  const date = new Date(lastModified);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
