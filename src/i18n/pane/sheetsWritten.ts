/**
 * What a write into the open workbook did, as the pane says it: « 3 feuilles créées, 2 feuilles
 * remplacées. » Shared by the plan sheets, the collection sheets and the consolidation tabs.
 * French is the reference.
 */
const s = (n: number) => (n > 1 ? 's' : '');

export const sheetsWrittenWords = {
  fr: {
    created: (n: number) => `${n} ${n > 1 ? 'feuilles créées' : 'feuille créée'}`,
    replaced: (n: number) => `${n} ${n > 1 ? 'feuilles remplacées' : 'feuille remplacée'}`,
    none: 'Aucune feuille écrite',
  },
  en: {
    created: (n: number) => `${n} sheet${s(n)} created`,
    replaced: (n: number) => `${n} sheet${s(n)} replaced`,
    none: 'No sheet written',
  },
} as const;

export type SheetsWrittenWords = (typeof sheetsWrittenWords)['fr'] | (typeof sheetsWrittenWords)['en'];
