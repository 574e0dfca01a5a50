/**
 * What consolidating tells the adviser about where the consolidation went (src/taskpane/effects:
 * fileConsolidate, excelConsolidate): refused outside Excel, the progress, the tabs written, the
 * new workbook opened or, where Excel cannot, downloaded instead. French is the reference; what
 * the consolidation holds is told by consolidationSummary.ts.
 */

export const consolidateEffectsWords = {
  fr: {
    notHere:
      'Hors d’Excel, la consolidation ne peut pas être écrite dans un classeur ouvert : elle est téléchargée. Choisissez « Télécharger », ou ouvrez le complément dans Excel pour l’ajouter en onglets.',
    /** Progress of the download (standalone page). */
    download: { consolidating: 'Consolidation des retours', writing: 'Écriture du classeur de consolidation', downloading: 'Téléchargement' },
    /** Progress inside Excel. */
    excel: { consolidating: 'Consolidation des retours…', writingTabs: 'Écriture des onglets…', opening: 'Ouverture d’un nouveau classeur…' },
    /** `written`: what the write did, lower-cased (« 13 feuilles créées. »). How many returns went in: the summary says it, once. */
    inTabs: (written: string) => `Consolidation écrite dans le classeur : ${written}`,
    inNewWorkbook: 'Consolidation ouverte dans un nouveau classeur Excel : pensez à l’enregistrer.',
    newWorkbook: 'Nouveau classeur Excel',
    /** A tab written, quoted: its name may hold a comma (« FA 3.1 - Métiers, formations »). */
    tab: (name: string) => `« ${name} »`,
    /** `why`: what this Excel could not do; `then`: the download's own sentence. */
    downloadedInstead: (why: string, then: string) => `${why} Le classeur de consolidation est téléchargé à la place. ${then}`,
  },
  en: {
    notHere:
      'Outside Excel, the consolidation cannot be written into an open workbook: it is downloaded. Choose “Download”, or open the add-in in Excel to add it as tabs.',
    download: { consolidating: 'Consolidating the returns', writing: 'Writing the consolidation workbook', downloading: 'Downloading' },
    excel: { consolidating: 'Consolidating the returns…', writingTabs: 'Writing the tabs…', opening: 'Opening a new workbook…' },
    inTabs: (written: string) => `Consolidation written into the workbook: ${written}`,
    inNewWorkbook: 'Consolidation opened in a new Excel workbook: remember to save it.',
    newWorkbook: 'New Excel workbook',
    tab: (name: string) => `“${name}”`,
    downloadedInstead: (why: string, then: string) => `${why} The consolidation workbook is downloaded instead. ${then}`,
  },
} as const;

export type ConsolidateEffectsWords = (typeof consolidateEffectsWords)['fr'] | (typeof consolidateEffectsWords)['en'];
