/**
 * Words of the « Plan » view of the task pane: the plan in use, its counts, importing a plan file
 * and writing the plan sheets. French is the reference. Plan issues themselves are rendered by
 * `renderPlanIssue` (src/i18n/planIssues.ts).
 */
const s = (n: number) => (n > 1 ? 's' : '');

export const planViewWords = {
  fr: {
    inUse: 'Plan en usage',
    version: (version: string) => `version ${version}`,
    signedOn: (date: string) => `signé le ${date}`,
    periods: (first: string, last: string, count: number) => (count > 1 ? `Périodes : ${first} à ${last} (${count})` : `Période : ${first}`),
    source: {
      embedded: 'Plan intégré : CTG Provence Alpes Agglomération 2022–2025',
      workbook: 'Plan lu dans les feuilles du classeur',
      file: (name: string) => `Plan importé : ${name}`,
    },
    fiches: 'Fiches actions du plan',
    fiche: 'Fiche',
    actions: 'Actions',
    indicators: 'Indicateurs',
    announced: 'annoncée',
    totals: (t: { fiches: number; announced: number; actions: number; indicators: number; communes: number }) =>
      `Total : ${t.fiches} fiche${s(t.fiches)}${t.announced > 0 ? ` (dont ${t.announced} annoncée${s(t.announced)})` : ''}, ${t.actions} action${s(t.actions)}, ${t.indicators} indicateur${s(t.indicators)}, ${t.communes} commune${s(t.communes)}`,
    changePlan: 'Changer de plan',
    importLabel: 'Importer un plan…',
    chooseFile: 'Choisir un fichier…',
    importHint: 'Un fichier .json, ou un classeur .xlsx contenant les feuilles du plan.',
    reading: (name: string) => `Lecture du plan « ${name} »…`,
    imported: (name: string) => `Plan « ${name} » importé : il est utilisé pour la suite de la session.`,
    importFailed: (name: string, count: number) =>
      `Le plan « ${name} » n’a pas été importé : ${count} problème${s(count)} à corriger dans le fichier. Le plan en usage n’a pas changé.`,
    unreadable: (name: string) => `Le fichier « ${name} » n’a pas pu être lu. Le plan en usage n’a pas changé.`,
    sheetCell: (sheet: string, cell: string | undefined) => (cell !== undefined ? `Feuille « ${sheet} », cellule ${cell}` : `Feuille « ${sheet} »`),
    root: 'Plan',
    colon: ' : ',
    revert: 'Revenir au plan intégré',
    reverted: 'Le plan intégré est de nouveau utilisé.',
    startupProblem: (count: number) =>
      `Les feuilles du plan de ce classeur n’ont pas pu être utilisées (${count} problème${s(count)}) : le plan intégré est utilisé à la place. Corrigez les feuilles, puis « Vérifier et utiliser les feuilles du plan ».`,
    embeddedInstead: 'Le plan intégré est utilisé à la place.',
    sheets: 'Feuilles du plan',
    writeHint: 'Écrit le plan en usage dans des feuilles modifiables de ce classeur (« Plan », « Fiches », « Indicateurs »…).',
    write: 'Insérer les feuilles du plan dans ce classeur',
    writing: 'Écriture des feuilles du plan…',
    overwriteHint: 'Remplacer efface les modifications faites à la main dans ces feuilles.',
    overwrite: 'Remplacer quand même',
    check: 'Vérifier et utiliser les feuilles du plan',
    checkHint: 'Après avoir modifié les feuilles du plan de ce classeur : les contrôle et, si elles sont justes, en fait le plan en usage.',
    checking: 'Lecture des feuilles du plan…',
    checked: 'Les feuilles du plan de ce classeur sont justes : c’est désormais le plan en usage.',
    noPlanSheets: 'Ce classeur n’a pas de feuilles du plan : insérez-les d’abord, modifiez-les, puis vérifiez-les ici.',
    checkFailed: (count: number) => `Les feuilles du plan comportent ${count} problème${s(count)} à corriger. Le plan en usage n’a pas changé.`,
  },
  en: {
    inUse: 'Plan in use',
    version: (version: string) => `version ${version}`,
    signedOn: (date: string) => `signed on ${date}`,
    periods: (first: string, last: string, count: number) => (count > 1 ? `Periods: ${first} to ${last} (${count})` : `Period: ${first}`),
    source: {
      embedded: 'Embedded plan: CTG Provence Alpes Agglomération 2022–2025',
      workbook: 'Plan read from the workbook’s sheets',
      file: (name: string) => `Imported plan: ${name}`,
    },
    fiches: 'Action sheets of the plan',
    fiche: 'Fiche',
    actions: 'Actions',
    indicators: 'Indicators',
    announced: 'announced',
    totals: (t: { fiches: number; announced: number; actions: number; indicators: number; communes: number }) =>
      `Total: ${t.fiches} fiche${s(t.fiches)}${t.announced > 0 ? ` (${t.announced} announced)` : ''}, ${t.actions} action${s(t.actions)}, ${t.indicators} indicator${s(t.indicators)}, ${t.communes} commune${s(t.communes)}`,
    changePlan: 'Change plan',
    importLabel: 'Import a plan…',
    chooseFile: 'Choose a file…',
    importHint: 'A .json file, or an .xlsx workbook holding the plan sheets.',
    reading: (name: string) => `Reading plan “${name}”…`,
    imported: (name: string) => `Plan “${name}” imported: it is used for the rest of the session.`,
    importFailed: (name: string, count: number) =>
      `Plan “${name}” was not imported: ${count} issue${s(count)} to fix in the file. The plan in use has not changed.`,
    unreadable: (name: string) => `File “${name}” could not be read. The plan in use has not changed.`,
    sheetCell: (sheet: string, cell: string | undefined) => (cell !== undefined ? `Sheet “${sheet}”, cell ${cell}` : `Sheet “${sheet}”`),
    root: 'Plan',
    colon: ': ',
    revert: 'Back to the embedded plan',
    reverted: 'The embedded plan is in use again.',
    startupProblem: (count: number) =>
      `The plan sheets of this workbook could not be used (${count} issue${s(count)}): the embedded plan is used instead. Fix the sheets, then reopen the pane.`,
    embeddedInstead: 'The embedded plan is used instead.',
    sheets: 'Plan sheets',
    writeHint: 'Writes the plan in use as editable sheets of this workbook (“Plan”, “Fiches”, “Indicateurs”…).',
    write: 'Insert the plan sheets into this workbook',
    writing: 'Writing the plan sheets…',
    overwriteHint: 'Replacing erases the changes made by hand in these sheets.',
    overwrite: 'Replace anyway',
    check: 'Check and use the plan sheets',
    checkHint: 'After editing this workbook’s plan sheets: checks them and, when they are right, makes them the plan in use.',
    checking: 'Reading the plan sheets…',
    checked: 'This workbook’s plan sheets are right: they are now the plan in use.',
    noPlanSheets: 'This workbook has no plan sheets: insert them first, edit them, then check them here.',
    checkFailed: (count: number) => `The plan sheets have ${count} problem${count > 1 ? 's' : ''} to fix. The plan in use has not changed.`,
  },
} as const;

export type PlanViewWords = (typeof planViewWords)['fr'] | (typeof planViewWords)['en'];
