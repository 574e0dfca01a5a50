/**
 * What checking the workbook open in Excel, marking its cells and recording the returns taken in
 * tell the adviser (src/taskpane/effects/excelOpenReturn.ts, excelReturnsRecord.ts). French first.
 */
import { formatDayMonth } from './dayMonth';

const s = (n: number) => (n > 1 ? 's' : '');

export const openReturnWords = {
  fr: {
    check: 'Contrôler ce classeur',
    checkLabel: 'Contrôler le classeur ouvert dans Excel et l’ajouter aux retours',
    checking: 'Lecture du classeur ouvert…',
    /** The name of the open return when Excel does not give its file's. */
    openWorkbook: 'Classeur ouvert dans Excel',
    notAReturn: 'Le classeur ouvert n’est pas un classeur de recueil : il n’a pas de feuille « _ctg ». Ouvrez dans Excel le classeur renvoyé par le répondant, puis recommencez.',
    checked: (name: string, errors: number, warnings: number) =>
      `« ${name} » contrôlé et ajouté aux retours : ${errors} erreur${s(errors)}, ${warnings} avertissement${s(warnings)}.`,
    mark: 'Marquer les cellules',
    markLabel: (name: string) => `Marquer dans le classeur ouvert les cellules en cause de ${name}`,
    marking: 'Marquage des cellules…',
    marked: (n: number) => `${n} cellule${s(n)} marquée${s(n)} dans le classeur (couleur et note). « Retirer les marques » les remet comme elles étaient.`,
    markedWithoutNotes: 'Cette version d’Excel ne pose pas de notes par le complément : seules les couleurs sont posées.',
    missingSheets: (sheets: string[]) => `Onglets absents du classeur, non marqués : ${sheets.join(', ')}.`,
    unmark: 'Retirer les marques',
    unmarkLabel: 'Retirer les marques posées dans le classeur ouvert',
    unmarking: 'Retrait des marques…',
    unmarked: (n: number) => `Marques retirées : ${n} cellule${s(n)} remise${s(n)} comme avant.`,
    noMarks: 'Aucune marque du complément dans ce classeur.',
    notThisWorkbook: 'Le classeur ouvert n’est pas ce retour : ouvrez-le dans Excel pour y marquer les cellules.',
    /** « 6 retours pris en compte le 3 décembre, rétablis. » */
    restored: (n: number, takenAt: string) => `${n} retour${s(n)} pris en compte le ${formatDayMonth(takenAt, 'fr')}, rétabli${s(n)}.`,
  },
  en: {
    check: 'Check this workbook',
    checkLabel: 'Check the workbook open in Excel and add it to the returns',
    checking: 'Reading the open workbook…',
    openWorkbook: 'Workbook open in Excel',
    notAReturn: 'The open workbook is not a collection workbook: it has no « _ctg » sheet. Open the workbook the respondent sent in Excel, then try again.',
    checked: (name: string, errors: number, warnings: number) => `“${name}” checked and added to the returns: ${errors} error${s(errors)}, ${warnings} warning${s(warnings)}.`,
    mark: 'Mark the cells',
    markLabel: (name: string) => `Mark the cells concerned by ${name} in the open workbook`,
    marking: 'Marking the cells…',
    marked: (n: number) => `${n} cell${s(n)} marked in the workbook (colour and note). « Remove the marks » puts them back as they were.`,
    markedWithoutNotes: 'This version of Excel does not let the add-in add notes: only the colours are set.',
    missingSheets: (sheets: string[]) => `Sheets missing from the workbook, not marked: ${sheets.join(', ')}.`,
    unmark: 'Remove the marks',
    unmarkLabel: 'Remove the marks set in the open workbook',
    unmarking: 'Removing the marks…',
    unmarked: (n: number) => `Marks removed: ${n} cell${s(n)} put back as before.`,
    noMarks: 'No mark of the add-in in this workbook.',
    notThisWorkbook: 'The open workbook is not this return: open it in Excel to mark its cells.',
    restored: (n: number, takenAt: string) => `${n} return${s(n)} taken in on ${formatDayMonth(takenAt, 'en')}, restored.`,
  },
} as const;
