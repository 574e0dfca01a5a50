/**
 * What reading picked files and handing back a marked-up return tells the adviser
 * (src/taskpane/effects: filePlan's readPicked, fileImport, fileAnnotate). French is the reference.
 */
export const importEffectsWords = {
  fr: {
    /** `detail`: the browser's reason in parentheses, or empty. */
    unreadableFile: (name: string, detail: string) =>
      `Le fichier « ${name} » n’a pas pu être lu sur le disque${detail}. Vérifiez qu’il n’a pas été déplacé ou supprimé depuis qu’il a été choisi, puis choisissez-le à nouveau.`,
    notAnnotated: (name: string) =>
      `« ${name} » a été refusé à l’import : il ne peut pas être ouvert, donc pas annoté. Demandez au répondant de renvoyer son classeur au format .xlsx (voir le motif du refus dans la liste des anomalies).`,
    /** `size` is formatted (formatFileSize). */
    annotated: (name: string, size: string) => `Copie annotée téléchargée : ${name} (${size}).`,
    /** `counts`: « 1 erreur, 2 avertissements, 0 information ». « Contrôles »: the copy's first sheet, French in either language (src/xlsx/annotate). */
    annotatedDetail: (counts: string) =>
      `${counts} ; chaque cellule concernée est colorée et commentée, la liste complète est dans l’onglet « Contrôles ».`,
  },
  en: {
    unreadableFile: (name: string, detail: string) =>
      `The file “${name}” could not be read from the disk${detail}. Check that it was not moved or deleted since it was chosen, then choose it again.`,
    notAnnotated: (name: string) =>
      `“${name}” was refused at import: it cannot be opened, so it cannot be annotated. Ask the respondent to send their workbook again as .xlsx (the reason for the refusal is in the list of findings).`,
    annotated: (name: string, size: string) => `Annotated copy downloaded: ${name} (${size}).`,
    annotatedDetail: (counts: string) => `${counts}; each cell concerned is coloured and commented, the full list is in the “Contrôles” sheet.`,
  },
} as const;

export type ImportEffectsWords = (typeof importEffectsWords)['fr'] | (typeof importEffectsWords)['en'];
