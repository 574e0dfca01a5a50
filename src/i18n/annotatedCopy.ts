/**
 * The annotated copy's own words (src/xlsx/annotate.ts): the « Contrôles » sheet placed first in
 * a checked return, and the title of the notes put on the cells. French first, English second.
 */

export const annotatedCopyWords = {
  fr: {
    headers: ['N°', 'Gravité', 'Onglet', 'Cellule', 'Indicateur', 'Période', 'Membre', 'Valeur saisie', 'Message', 'Code du contrôle'],
    title: 'Contrôles du classeur',
    noteTitle: 'Contrôle CTG',
    none: 'Aucune anomalie relevée.',
    workbook: '(classeur)',
  },
  en: {
    headers: ['#', 'Severity', 'Sheet', 'Cell', 'Indicator', 'Period', 'Member', 'Value as typed', 'Message', 'Check code'],
    title: 'Checks of the workbook',
    noteTitle: 'CTG check',
    none: 'No finding.',
    workbook: '(workbook)',
  },
} as const;
