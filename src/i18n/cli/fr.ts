/**
 * The command line's own words (src/cli), in French: usage lines, what a command says it did, and
 * what to do when it is called wrongly. The tool speaks French only; no English CLI exists.
 */

/** What `parseArgs` refuses, by the code of its `UsageIssue` (src/cli/args.ts). */
export const usageIssueWords: Record<'unknown_option' | 'flag_with_value' | 'value_missing', (p: { name: string; placeholder?: string }) => string> = {
  unknown_option: (p) => `Option inconnue : --${p.name}.`,
  flag_with_value: (p) => `L’option --${p.name} ne prend pas de valeur.`,
  value_missing: (p) => `L’option --${p.name} attend une valeur : --${p.name} ${p.placeholder}.`,
};

/** Placeholders of option values in usage lines and refusals. */
export const placeholders = {
  file: 'FICHIER',
  files: 'FICHIER[,FICHIER]',
  folder: 'DOSSIER',
  years: 'ANNÉES',
  date: 'JJ/MM/AAAA',
  text: 'TEXTE',
  word: 'MOT',
  xlsxFile: 'FICHIER.xlsx',
  respondents: 'all|signataires|partenaires|CODES',
};

export const usageWords = {
  line: (usage: string) => `Usage : ${usage}`,
  plan: 'ctg plan [--plan FICHIER.json|FICHIER.xlsx] [--json]',
  generate: (respondents: string) =>
    `ctg generate [--plan FICHIER] [--respondents ${respondents}] [--period ANNÉES] [--deadline JJ/MM/AAAA] [--contact TEXTE] [--password MOT] --out DOSSIER [--force] [--json]`,
  validate: 'ctg validate FICHIER|DOSSIER... [--plan FICHIER] [--json] [--annotate DOSSIER [--force]]',
  consolidate:
    'ctg consolidate FICHIER|DOSSIER... [--plan FICHIER] [--exclude-errors] [--respondents all|signataires|partenaires|CODES] [--confirm-identity FICHIER[,FICHIER]] (--out FICHIER.xlsx [--force] | --into CONSOLIDATION.xlsx [--out FICHIER.xlsx]) [--json]',
};

export const mainWords = {
  help: 'Usage : npm run --silent ctg -- <commande> [options]',
  commands: 'Commandes :',
  summaries: {
    plan: 'résumé du plan, ou le plan entier en JSON',
    generate: 'classeurs de recueil, un par répondant',
    validate: 'contrôle des classeurs retournés, anomalie par anomalie',
    consolidate: 'consolidation de tous les retours en un classeur qui trace chaque chiffre',
    demo: 'démonstration sur le plan intégré',
  },
  unknownCommand: (name: string) => `Commande inconnue : « ${name} ».`,
};

/** Progress labels (src/cli/progress.ts). */
export const progressWords = { generating: 'Génération', reading: 'Lecture et contrôle', checking: 'Contrôle' };

/** Outputs and folders. */
export const folderWords = {
  notWritable: (folder: string, reason: string) =>
    `Impossible d’écrire dans le dossier « ${folder} » (${reason}). Choisissez un dossier accessible en écriture.`,
  notWritableOf: (out: string, reason: string) =>
    `Impossible d’écrire dans le dossier de « ${out} » (${reason}). Choisissez un dossier accessible en écriture.`,
  notWritableBare: (folder: string, reason: string) => `Impossible d’écrire dans « ${folder} » (${reason}).`,
};

/** The files and folders given on the command line (src/cli/inputs.ts). */
export const inputWords = {
  emptyFolder: (path: string) => `Le dossier « ${path} » ne contient aucun classeur .xlsx.`,
  unreadable: (path: string, errno: string) => `Impossible de lire « ${path} » (${errno}). Vérifiez le chemin.`,
  /** The `errno` of a file that grew while it was read. */
  changedWhileRead: 'fichier modifié pendant la lecture',
  refused: 'refusé',
};

export const generateWords = {
  outMissing: 'Indiquez le dossier où écrire les classeurs : --out DOSSIER.',
  unknownPeriods: (unknown: readonly string[], known: readonly string[]) =>
    `Période(s) inconnue(s) : ${unknown.join(', ')}. Périodes du plan : ${known.join(', ')}.`,
  deadlineUnreadable: (text: string) => `Date limite illisible : « ${text} ». Écrivez-la JJ/MM/AAAA, par exemple 30/06/2025.`,
  written: (count: number, folder: string) =>
    `${count} ${count > 1 ? 'classeurs de recueil écrits' : 'classeur de recueil écrit'} dans ${folder} :`,
  file: (file: string, sheets: number, inputCells: number) => `  ${file}  (${sheets} onglets, ${inputCells} cellules à remplir)`,
};

export const validateWords = {
  filesMissing: 'Indiquez au moins un classeur retourné à contrôler.',
  forceWithoutAnnotate:
    'L’option --force ne sert qu’avec --annotate (remplacer les copies annotées d’un contrôle précédent) : le contrôle n’écrit rien d’autre.',
  annotated: (folder: string) => `\nCopies annotées (dans ${folder}) :`,
};

export const consolidateWords = {
  outMissing: 'Indiquez le classeur de consolidation à écrire : --out FICHIER.xlsx.',
  filesMissing: 'Indiquez les classeurs retournés (fichiers ou dossiers) à consolider.',
  unknownConfirmed: (unknown: readonly string[]) =>
    `--confirm-identity : aucun des classeurs donnés ne s’appelle ${unknown.map((n) => `« ${n} »`).join(', ')}. Donnez le nom du fichier mis de côté, tel que le résumé l’écrit (plusieurs : séparés par des virgules).`,
};

export const planWords = {
  unexpectedArgument: (argument: string, usage: string) => `Argument inattendu : « ${argument} ». Usage : ${usage}`,
  valid: (origin: string) => `\nPlan valide (${origin}) : schéma et contrôles croisés sans erreur.`,
  embeddedOrigin: 'plan intégré (convention P2A 2022-2025)',
  notAPlanFile: (file: string) =>
    `Le plan « ${file} » n’est ni un .json ni un .xlsx. Donnez un fichier plan au format JSON ou un classeur .xlsx contenant les feuilles du plan.`,
  unreadable: (file: string, errno: string | number | undefined) => `Impossible de lire le plan « ${file} » (${errno}). Vérifiez le chemin du fichier.`,
  notRegular: (file: string) =>
    `Le plan « ${file} » n’est pas un fichier ordinaire (tube, périphérique ou dossier) : il n’est pas lu. Donnez le fichier du plan (.json ou .xlsx).`,
  refusedRead: (file: string, why: string) => `Impossible de lire le plan « ${file} » : ${why}`,
  refused: (file: string, why: string) => `Plan « ${file} » refusé : ${why}`,
  notRead: (file: string, why: string) => `Plan « ${file} » : ${why}`,
  invalid: (file: string, count: number) => `Plan « ${file} » invalide : ${count} ${count > 1 ? 'erreurs' : 'erreur'}.`,
  embeddedInvalid: (count: number) => `Plan intégré invalide : ${count} ${count > 1 ? 'erreurs' : 'erreur'}.`,
};

export const demoWords = {
  title: '=== CTG Indicateurs — démonstration sur le plan intégré ===\n',
  planTitle: '\n=== 1. Validation du plan ===',
  planValid: 'Plan valide : schéma et contrôles croisés (codes uniques, périodes, listes, règles) sans erreur.',
  collectTitle: '\n=== 2. Classeurs de recueil (répondants attendus : Caf, EPCI, partenaires, communes signataires) ===',
  collected: (count: number, folder: string) => `${count} classeurs écrits dans ${folder}.`,
  returnsTitle: '\n=== 3. Retours simulés (2022-2025) ===',
  returnLine: (name: string, state: string, planted: readonly string[]) =>
    `  ${name} — ${state}${planted.length > 0 ? ` ; anomalies glissées : ${planted.join(' ; ')}` : ''}`,
  returnsWritten: (count: number, folder: string, silent: readonly string[]) =>
    `${count} retours écrits dans ${folder} ; sans réponse : ${silent.join(', ')}.`,
  checkTitle: '\n=== 4. Contrôle des retours et copies annotées ===',
  annotated: (count: number, folder: string) => `${count} copies annotées dans ${folder} (cellules en couleur, onglet « Contrôles »).`,
  consolidationTitle: '\n=== 5. Consolidation ===',
  partial: 'partiel (2022-2023)',
  complete: 'complet',
  done: (seconds: string) => `\nDémonstration terminée en ${seconds} s.`,
  /** The comment a commune writes in the return it corrects. */
  correctedComment: 'Chiffres corrigés après le contrôle de la Caf.',
};
