/** The words of `ctg bilan` and of the demo's bilan step: usage, refusals with their fix, what was written. */
import { formatNumber } from './findingsFormat';

const s = (n: number) => (n > 1 ? 's' : '');

export const bilanCommandWords = {
  usage: 'ctg bilan CONSOLIDATION.xlsx|FICHIER|DOSSIER... [--plan FICHIER] [--year ANNÉE | --evaluation] [--exclude-errors] [--respondents all|signataires|partenaires|CODES] --out FICHIER.docx [--force] [--json]',
  summary: 'bilan du comité de pilotage (une année) ou évaluation de la convention, en document Word',
  placeholder: { file: 'FICHIER', docx: 'FICHIER.docx', year: 'ANNÉE', respondents: 'all|signataires|partenaires|CODES' },
  progress: 'Lecture et contrôle',
  withUsage: (message: string, usage: string) => `${message}\nUsage : ${usage}`,
  replaced: (path: string) => `Le bilan précédent « ${path} » a été remplacé (--force).`,
  missingOut: 'Indiquez le document Word à écrire : --out FICHIER.docx.',
  missingInputs: 'Indiquez les classeurs retournés (fichiers ou dossiers) dont le bilan doit rendre compte.',
  unknownYear: (year: string, periods: readonly string[]) =>
    `--year : « ${year} » n’est pas une période du plan. Choisissez parmi : ${periods.join(', ')}.`,
  yearAndEvaluation: '--year et --evaluation ne vont pas ensemble : l’évaluation couvre toute la convention, de la première année à la dernière. Retirez l’un des deux.',
  written: (title: string, path: string, fiches: number, charts: number, files: number) =>
    `${title} : document Word écrit dans « ${path} » (${formatNumber(fiches)} fiche${s(fiches)}, ${formatNumber(charts)} graphique${s(charts)}, d’après ${formatNumber(files)} classeur${s(files)} lu${s(files)}).`,
  demoStep: '=== 6. Bilan du comité de pilotage et évaluation de la convention ===',
  demoWritten: (title: string, path: string) => `  ${title} : ${path}`,
  demoHint: 'Des documents Word modifiables : relisez-les et complétez-les avant le comité de pilotage.',
} as const;
