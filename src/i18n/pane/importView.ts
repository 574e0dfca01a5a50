/** Words of the « Retours » view of the task pane (import of the returned workbooks). French first. */
import { frenchDate } from '../../workbook/dates';

const s = (n: number) => (n > 1 ? 's' : '');

export const importViewWords = {
  fr: {
    title: 'Importer les retours',
    intro: 'Déposez les classeurs renvoyés par les répondants : chacun est lu et contrôlé, sans être modifié. Vous vérifiez l’aperçu avant de les ajouter.',
    dropZone: 'Déposez les fichiers .xlsx ici ou choisissez-les',
    dropHint: 'Classeurs Excel .xlsx. Un autre format (.xlsm à macros, .xls, .ods, PDF…) est refusé avec la raison : faites-le enregistrer au format Classeur Excel (.xlsx).',
    fileInput: 'Fichiers de retour à importer',
    reading: 'Lecture et contrôle des fichiers…',
    previewTitle: 'Aperçu avant import',
    previewList: 'Fichiers lus',
    previewEmpty: 'Aucun fichier n’a été lu.',
    respondent: 'Répondant',
    unrecognised: 'Non reconnu',
    version: 'Version du modèle',
    status: { ok: 'Conforme', warnings: 'Avertissements', errors: 'Erreurs', refused: 'Refusé' },
    counts: (errors: number, warnings: number) => `${errors} erreur${s(errors)}, ${warnings} avertissement${s(warnings)}`,
    refusedBecause: 'Motif du refus',
    replaces: 'Remplacera le fichier du même nom déjà importé.',
    // An earlier consolidation dropped with the returns: the campaign the consolidation continues.
    campaign: (writtenAt: string, files: number) => `Consolidation du ${frenchDate(writtenAt)} : ${files} fichier${files > 1 ? 's' : ''} déjà pris en compte`,
    importThese: (n: number) => (n === 1 ? 'Importer ce fichier' : `Importer ces ${n} fichiers`),
    /** The refused files of the preview: shown with their reason, never imported. */
    refusedNotImported: (n: number) =>
      n === 1
        ? 'Le fichier refusé ne sera pas importé : demandez au répondant de le renvoyer au format .xlsx.'
        : `Les ${n} fichiers refusés ne seront pas importés : demandez aux répondants de les renvoyer au format .xlsx.`,
    cancel: 'Annuler',
    close: 'Fermer',
    importedTitle: 'Retours importés',
    importedList: 'Retours importés',
    importedNone: 'Aucun retour importé pour l’instant.',
    importedCount: (n: number) => `${n} retour${s(n)} importé${s(n)}`,
    statusCount: {
      ok: (n: number) => `${n} conforme${s(n)}`,
      warnings: (n: number) => `${n} avec avertissements`,
      errors: (n: number) => `${n} avec erreurs`,
      refused: (n: number) => `${n} refusé${s(n)}`,
    },
    clear: 'Vider la liste',
    clearConfirm: (n: number) => `Retirer les ${n} retours importés ? Il faudra les importer de nouveau pour les consolider.`,
    clearYes: 'Oui, vider la liste',
    clearNo: 'Garder les retours',
    cleared: 'La liste des retours importés a été vidée.',
  },
  en: {
    title: 'Import the returns',
    intro: 'Drop the workbooks sent back by the respondents: each is read and checked, never changed. You check the preview before adding them.',
    dropZone: 'Drop the .xlsx files here or choose them',
    dropHint: 'Excel .xlsx workbooks. Another format (macro-enabled .xlsm, .xls, .ods, PDF…) is refused with the reason: have it saved as Excel Workbook (.xlsx).',
    fileInput: 'Return files to import',
    reading: 'Reading and checking the files…',
    previewTitle: 'Preview before import',
    previewList: 'Files read',
    previewEmpty: 'No file was read.',
    respondent: 'Respondent',
    unrecognised: 'Not recognised',
    version: 'Template version',
    status: { ok: 'OK', warnings: 'Warnings', errors: 'Errors', refused: 'Refused' },
    counts: (errors: number, warnings: number) => `${errors} error${s(errors)}, ${warnings} warning${s(warnings)}`,
    refusedBecause: 'Reason',
    replaces: 'Will replace the file of the same name already imported.',
    campaign: (writtenAt: string, files: number) => `Consolidation of ${frenchDate(writtenAt)}: ${files} file${files > 1 ? 's' : ''} already taken in`,
    importThese: (n: number) => (n === 1 ? 'Import this file' : `Import these ${n} files`),
    refusedNotImported: (n: number) =>
      n === 1 ? 'The refused file will not be imported: ask the respondent to send it again as .xlsx.' : `The ${n} refused files will not be imported: ask the respondents to send them again as .xlsx.`,
    cancel: 'Cancel',
    close: 'Close',
    importedTitle: 'Imported returns',
    importedList: 'Imported returns',
    importedNone: 'No return imported yet.',
    importedCount: (n: number) => `${n} return${s(n)} imported`,
    statusCount: {
      ok: (n: number) => `${n} OK`,
      warnings: (n: number) => `${n} with warnings`,
      errors: (n: number) => `${n} with errors`,
      refused: (n: number) => `${n} refused`,
    },
    clear: 'Clear the list',
    clearConfirm: (n: number) => `Remove the ${n} imported returns? They will have to be imported again to be consolidated.`,
    clearYes: 'Yes, clear the list',
    clearNo: 'Keep the returns',
    cleared: 'The list of imported returns was cleared.',
  },
} as const;
