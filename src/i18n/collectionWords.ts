/**
 * The words of the collection workbook's fiche sheets and of the sheet names around them, read by
 * the layout (src/collect/layout): the writer prints them and the reader of returns looks for them.
 * French only: the workbook goes to French communes, and its headers are what a return is read by.
 */
import type { IndicatorType } from '../plan/schema';

export const collectionWords = {
  sheets: {
    readme: 'Lisez-moi',
    /** The annotated copy's first sheet (src/xlsx/annotate.ts); a copy annotated again adds « Contrôles (2) ». */
    findings: 'Contrôles',
    /** Prefix of a fiche sheet's name: « FA 3.2 - Accueil 0-3 ans ». */
    fiche: 'FA',
  },
  headers: {
    code: 'Code',
    label: 'Indicateur',
    unit: 'Unité',
    comment: 'Commentaire',
  },
  /** Headers a commune may have retyped and that are read as the same column. */
  headerVariants: {
    comment: ['Commentaires'],
  },
  /** « Année 2024 »: a period column a commune retitled is still read as the period. */
  periodPrefix: 'Année',
  total: 'Total',
  ficheTitle: (number: string, title: string) => `Fiche action ${number} : ${title}`,
  objectives: 'Objectifs :',
  targetPublic: (text: string) => `Public visé : ${text}`,
  actionTitle: (number: number, title: string) => `Action ${number} : ${title}`,
  ficheCriteria: 'Critères d’évaluation de la fiche',
  notApplicable: { value: '—', note: 'Non demandé pour cette période : ne rien saisir.' },
  units: {
    integer: 'nombre',
    decimal: 'nombre',
    amount: '€',
    percentage: '%',
    yesNo: 'oui / non',
    deliverable: 'oui / non',
    date: 'date',
    text: 'texte',
    choice: 'liste',
  } satisfies Record<IndicatorType, string>,
} as const;
