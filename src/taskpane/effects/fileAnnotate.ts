/**
 * The marked-up copy of one imported return, downloaded for the adviser to send back to the
 * commune: coloured cells with notes and a first « Contrôles » sheet (src/xlsx/annotate). The
 * received file itself is never changed: the copy is made from the bytes kept at import.
 */
import { annotatedFileName } from '../../app/validate';
import { formatCounts } from '../../i18n/findingsReport';
import { xlsxMime } from './download';
import type { FileContext } from './fileContext';
import { FileEffectError } from './fileErrors';
import { formatFileSize } from './fileSize';
import type { ImportedReturn, Outcome } from './types';

export async function downloadAnnotatedCopy(imported: ImportedReturn, context: FileContext): Promise<Outcome> {
  if (imported.result.status === 'refused' || imported.bytes === null) {
    throw new FileEffectError(
      'refused_file',
      `« ${imported.fileName} » a été refusé à l’import : il ne peut pas être ouvert, donc pas annoté. Demandez au répondant de renvoyer son classeur au format .xlsx (voir le motif du refus dans la liste des anomalies).`,
    );
  }
  const xlsx = await context.xlsx();
  const bytes = await xlsx.annotate(imported.bytes, imported.result.findings, context.lang, imported.result.file);
  const name = annotatedFileName(imported.fileName);
  await context.download(name, bytes, xlsxMime);
  return {
    message: `Copie annotée téléchargée : ${name} (${formatFileSize(bytes.length)}).`,
    details: [`${formatCounts(imported.result.findings)} ; chaque cellule concernée est colorée et commentée, la liste complète est dans l’onglet « Contrôles ».`],
  };
}
