/**
 * What generating collection workbooks tells the adviser (src/taskpane/effects: fileGenerate,
 * excelGenerate, generateRequest): a request the plan cannot honour, refused with what to do,
 * the progress, and what was generated. French is the reference.
 */
const s = (n: number) => (n > 1 ? 's' : '');

export const generateEffectsWords = {
  fr: {
    notHere:
      'Hors d’Excel, les classeurs de collecte ne peuvent pas être écrits dans un classeur ouvert : ils sont téléchargés. Choisissez « Télécharger », ou ouvrez le complément dans Excel.',
    unknownRespondents: (planId: string, unknown: readonly string[]) =>
      `${unknown.length > 1 ? 'Répondants inconnus' : 'Répondant inconnu'} dans le plan « ${planId} » : ${unknown.join(', ')}. Choisissez les répondants dans la liste proposée, ou chargez le plan qui les contient.`,
    noRespondents: 'Aucun répondant choisi : cochez au moins une commune, l’EPCI ou la Caf, puis relancez la génération.',
    unknownPeriods: (unknown: readonly string[], known: readonly string[]) =>
      `${unknown.length > 1 ? 'Périodes inconnues' : 'Période inconnue'} : ${unknown.join(', ')}. Périodes du plan : ${known.join(', ')}. Cochez des périodes de la liste.`,
    invalidDeadline: (deadline: string) =>
      `Date limite invalide : « ${deadline} ». Choisissez une date du calendrier (par exemple le 30/06/2025), ou laissez le champ vide.`,
    /** Downloaded: `size` is formatted (formatFileSize). */
    downloaded: (n: number, name: string, size: string) => `${n} classeur${s(n)} de collecte généré${s(n)} : ${name} (${size}).`,
    fileLine: (name: string, file: string, sheets: number, cells: number) =>
      `${name} : ${file} (${sheets} onglet${s(sheets)}, ${cells} cellule${s(cells)} à remplir)`,
    preparing: (name: string) => `Préparation des feuilles : ${name}`,
    writing: 'Écriture dans le classeur…',
    /** In the open workbook: `written` is what the write did, lower-cased (« 3 feuilles créées. »). */
    inWorkbook: (n: number, written: string) => `${n} ${n > 1 ? 'recueils générés' : 'recueil généré'} dans le classeur : ${written}`,
  },
  en: {
    notHere:
      'Outside Excel, collection workbooks cannot be written into an open workbook: they are downloaded. Choose “Download”, or open the add-in in Excel.',
    unknownRespondents: (planId: string, unknown: readonly string[]) =>
      `${unknown.length > 1 ? 'Unknown respondents' : 'Unknown respondent'} in the plan “${planId}”: ${unknown.join(', ')}. Choose the respondents from the list offered, or load the plan that holds them.`,
    noRespondents: 'No respondent chosen: tick at least one commune, the EPCI or the Caf, then generate again.',
    unknownPeriods: (unknown: readonly string[], known: readonly string[]) =>
      `${unknown.length > 1 ? 'Unknown periods' : 'Unknown period'}: ${unknown.join(', ')}. Periods of the plan: ${known.join(', ')}. Tick periods from the list.`,
    invalidDeadline: (deadline: string) =>
      `Invalid deadline: “${deadline}”. Choose a date from the calendar (for example 30/06/2025), or leave the field empty.`,
    downloaded: (n: number, name: string, size: string) => `${n} collection workbook${s(n)} generated: ${name} (${size}).`,
    fileLine: (name: string, file: string, sheets: number, cells: number) =>
      `${name}: ${file} (${sheets} sheet${s(sheets)}, ${cells} cell${s(cells)} to fill in)`,
    preparing: (name: string) => `Preparing the sheets: ${name}`,
    writing: 'Writing into the workbook…',
    inWorkbook: (n: number, written: string) => `${n} collection form${s(n)} generated in the workbook: ${written}`,
  },
} as const;

export type GenerateEffectsWords = (typeof generateEffectsWords)['fr'] | (typeof generateEffectsWords)['en'];
