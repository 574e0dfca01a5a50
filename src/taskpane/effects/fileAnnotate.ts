/**
 * The marked-up copy of one imported return, downloaded for the adviser to send back to the
 * commune: coloured cells with notes and a first « Contrôles » sheet (src/xlsx/annotate). The
 * received file itself is never changed: the copy is made from the bytes kept at import.
 */
import { annotatedFileName } from '../../app/validate';
import { formatCounts } from '../../i18n/findingsReport';
import { importEffectsWords } from '../../i18n/pane/importEffects';
import { countBySeverity } from '../../returns/findings';
import { xlsxMime } from './download';
import type { FileContext } from './fileContext';
import { FileEffectError } from './fileErrors';
import { formatFileSize } from './fileSize';
import type { ImportedReturn, Outcome } from './types';

export async function downloadAnnotatedCopy(imported: ImportedReturn, context: FileContext): Promise<Outcome> {
  const words = importEffectsWords[context.lang];
  if (imported.result.status === 'refused' || imported.bytes === null) throw new FileEffectError('refused_file', words.notAnnotated(imported.fileName));
  const xlsx = await context.xlsx();
  const bytes = await xlsx.annotate(imported.bytes, imported.result.findings, context.lang, imported.result.file);
  const name = annotatedFileName(imported.fileName);
  await context.download(name, bytes, xlsxMime);
  return {
    message: words.annotated(name, formatFileSize(bytes.length, context.lang)),
    details: [words.annotatedDetail(formatCounts(countBySeverity(imported.result.findings), context.lang))],
  };
}
