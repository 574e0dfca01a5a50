/**
 * What reading or writing the plan tells the adviser (src/taskpane/effects: filePlan, excelPlan):
 * a file that is no plan, too big or unreadable, plan sheets that could not be read, the plan
 * sheets written. French is the reference.
 */
export const planEffectsWords = {
  fr: {
    notAPlan: (name: string) =>
      `Le fichier « ${name} » n’est pas un plan : choisissez un fichier .json (plan exporté) ou un classeur .xlsx contenant les feuilles du plan. Un classeur .xls, .xlsm ou .ods doit d’abord être enregistré au format Classeur Excel (.xlsx).`,
    /** `size`, `max` are formatted (formatFileSize). */
    tooLarge: (name: string, size: string, max: string) =>
      `Le fichier « ${name} » est trop volumineux pour être un plan (${size}, ${max} au plus). Vérifiez que vous avez choisi le bon fichier.`,
    /** `why`: the guards' sentence (what, how to fix). */
    refused: (name: string, why: string) => `Plan « ${name} » refusé. ${why}`,
    unreadable: (name: string, why: string) => `Plan « ${name} » illisible. ${why}`,
    notRead: 'Le classeur n’a pas pu être lu.',
    sheetsNotRead: (why: string) => `Les feuilles du plan de ce classeur n’ont pas pu être lues : ${why}`,
    /** `written`: what the write did, lower-cased (« 11 feuilles créées. »). */
    written: (written: string) => `Feuilles du plan écrites dans le classeur : ${written}`,
  },
  en: {
    notAPlan: (name: string) =>
      `The file “${name}” is not a plan: choose a .json file (an exported plan) or an .xlsx workbook holding the plan sheets. An .xls, .xlsm or .ods workbook must first be saved as Excel Workbook (.xlsx).`,
    tooLarge: (name: string, size: string, max: string) =>
      `The file “${name}” is too large to be a plan (${size}, ${max} at most). Check that you chose the right file.`,
    refused: (name: string, why: string) => `Plan “${name}” refused. ${why}`,
    unreadable: (name: string, why: string) => `Plan “${name}” could not be read. ${why}`,
    notRead: 'The workbook could not be read.',
    sheetsNotRead: (why: string) => `The plan sheets of this workbook could not be read: ${why}`,
    written: (written: string) => `Plan sheets written into the workbook: ${written}`,
  },
} as const;

export type PlanEffectsWords = (typeof planEffectsWords)['fr'] | (typeof planEffectsWords)['en'];
