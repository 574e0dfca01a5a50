/**
 * The sentences of the consolidation workbook: titles, explanations, headers. French for the
 * advisers and the steering committee; English second.
 */
import type { IndicatorType } from '../plan/schema';
import type { CellValue } from '../workbook/grid';
import { formatValue } from './findingsFormat';
import type { Lang } from './lang';

/** « 2 erreurs », « 1 erreur »: a count with its word. */
export type Counted = (n: number) => string;

const s = (n: number) => (n > 1 ? 's' : '');

export type ReportText = {
  workbookTitle: (plan: string) => string;
  action: (n: number, title: string, start: string) => string;
  criteria: string;
  ficheTitle: (n: string, title: string) => string;
  ficheHowTo: string;
  detailTitle: string;
  code: string;
  indicator: string;
  unit: string;
  /** The column saying how each figure is formed. */
  formation: string;
  /** The rows of computed shares under an indicator with `shares`. */
  shareOf: (member: string) => string;
  respondent: string;
  respondentCode: string;
  kind: string;
  comment: string;
  /**
   * The fiche tab's header row, frozen on screen and repeated on each printed page: it stands above
   * the territory's columns and, further down, the detail's, so each title names both.
   */
  sharedHeader: { indicator: string; unit: string; formation: string; comment: string };
  total: string;
  evolution: string;
  evolutionPercent: string;
  respondentsBehind: string;
  evolutionConstant: string;
  constantNote: (both: number, previous: number | null, current: number | null) => string;
  remarks: string;
  target: string;
  targetReached: string;
  countsLabel: string;
  invalidCell: string;
  invalidNote: (raw: CellValue) => string;
  answers: (n: number) => string;
  unitOf: Record<IndicatorType, string>;
  summary: {
    title: (plan: string) => string;
    madeOn: (date: string, time: string, planId: string, version: string, files: number) => string;
    policy: (policy: string, isDefault: boolean) => string;
    inShort: string;
    files: string;
    filesUsed: Counted;
    filesSuperseded: Counted;
    filesQuarantined: Counted;
    filesUnconfirmed: Counted;
    filesRefused: Counted;
    filesUnattributed: Counted;
    findings: string;
    errors: Counted;
    warnings: Counted;
    infos: Counted;
    respondents: string;
    complete: Counted;
    partial: Counted;
    missing: Counted;
    excluded: Counted;
    valuesReplaced: string;
    completenessTitle: string;
    completenessNote: string;
    errorsHeader: string;
    warningsHeader: string;
    statusHeader: string;
    filesHeader: string;
    legend: string;
    keyFiguresTitle: string;
    keyFiguresNote: string;
    evolutionHeader: (period: string) => string;
    respondentsHeader: (previous: string, period: string) => string;
    remarksHeader: string;
    respondentsRow: string;
    marksLegend: string;
    chartsTitle: string;
    cellNote: (errors: number, warnings: number) => string;
  };
  data: { empty: string };
  findingsSheet: { empty: string; linkHeader: string; link: (row: number) => string };
  historySheet: { empty: string };
  outstandingSheet: { empty: string };
};

const fr: ReportText = {
  workbookTitle: (plan) => `Consolidation des indicateurs — ${plan}`,
  action: (n, title, start) => `Action ${n} : ${title}${start ? ` — ${start}` : ''}`,
  criteria: 'Critères d’évaluation de la fiche',
  ficheTitle: (n, title) => `Fiche action ${n} : ${title}`,
  ficheHowTo:
    'Résultats du territoire (en bleu) : des formules (somme, moyenne, maximum) sur le détail par répondant plus bas — corriger une valeur du détail met les résultats à jour. Une case vide n’est jamais comptée comme zéro ; « NC » : non concerné ; « — » : non demandé. Valeurs en rouge ou orange : signalées par le contrôle (voir la note de la cellule et l’onglet Anomalies) ; un résultat en orange inclut une telle valeur. L’évolution brute compare tous les répondants de chaque année ; l’évolution à périmètre constant, seulement ceux présents les deux années.',
  detailTitle: 'Détail par répondant',
  code: 'Code',
  indicator: 'Indicateur',
  unit: 'Unité',
  formation: 'Formation du chiffre',
  shareOf: (member) => `Part : ${member}`,
  respondent: 'Répondant',
  respondentCode: 'Code',
  kind: 'Type',
  comment: 'Commentaire du répondant',
  sharedHeader: { indicator: 'Indicateur · répondant', unit: 'Unité · code du répondant', formation: 'Formation du chiffre · type de répondant', comment: 'Commentaire du répondant' },
  total: 'Total',
  evolution: 'Évolution brute (en nombre)',
  evolutionPercent: 'Évolution brute (en %)',
  respondentsBehind: 'Répondants derrière le chiffre',
  evolutionConstant: 'Évolution à périmètre constant (en %)',
  constantNote: (both, previous, current) =>
    `Calculée sur les ${both} répondant${s(both)} présent${s(both)} les deux années : ${formatValue(previous)} → ${formatValue(current)}. Valeur calculée à la consolidation (elle ne suit pas une correction faite à la main dans le détail).`,
  remarks: 'À savoir',
  target: 'Cible',
  targetReached: 'Cible atteinte ?',
  countsLabel: 'Répondu · vide · NC',
  invalidCell: 'invalide',
  invalidNote: (raw) => `Valeur refusée par le contrôle : ${formatValue(raw)}. Voir l’onglet Anomalies.`,
  answers: (n) => `${n} réponse${n > 1 ? 's' : ''} (voir le détail)`,
  unitOf: { integer: 'nombre', decimal: 'nombre', amount: '€', percentage: '%', yesNo: 'oui / non', deliverable: 'oui / non', date: 'date', text: 'texte', choice: 'liste' },
  summary: {
    title: (plan) => `Consolidation — ${plan}`,
    madeOn: (date, time, planId, version, files) => `Établie le ${date} à ${time} · plan ${planId}, version ${version} · ${files} fichier${files > 1 ? 's' : ''} lu${files > 1 ? 's' : ''}`,
    policy: (policy, isDefault) => `Retours comportant des erreurs : ${policy}${isDefault ? ' (choix par défaut)' : ' (choix de la conseillère ou du conseiller)'}.`,
    inShort: 'En bref',
    files: 'Fichiers lus',
    filesUsed: (n) => `${n} retenu${s(n)}`,
    filesSuperseded: (n) => `${n} remplacé${s(n)} par un retour plus récent`,
    filesQuarantined: (n) => `${n} écarté${s(n)} (erreurs)`,
    filesUnconfirmed: (n) => `${n} mis de côté (répondant à confirmer)`,
    filesRefused: (n) => `${n} refusé${s(n)} (illisible${s(n)})`,
    filesUnattributed: (n) => `${n} non attribué${s(n)}`,
    findings: 'Anomalies relevées',
    errors: (n) => `${n} erreur${s(n)}`,
    warnings: (n) => `${n} avertissement${s(n)}`,
    infos: (n) => `${n} information${s(n)}`,
    respondents: 'Répondants attendus',
    complete: (n) => `${n} complet${s(n)}`,
    partial: (n) => `${n} partiel${s(n)}`,
    missing: (n) => `${n} sans réponse`,
    excluded: (n) => `${n} écarté${s(n)}`,
    valuesReplaced: 'Valeurs remplacées (onglet Historique)',
    completenessTitle: 'Complétude des réponses',
    completenessNote: 'Cellules remplies sur cellules attendues, périodes échues. « NC » compte comme une réponse. Détail par période : onglet Relances.',
    errorsHeader: 'Erreurs',
    warningsHeader: 'Avertissements',
    statusHeader: 'État',
    filesHeader: 'Fichier(s)',
    legend: 'Légende :',
    keyFiguresTitle: 'Chiffres clés du territoire',
    keyFiguresNote: 'Formules reliées aux onglets des fiches : une correction dans une fiche se reporte ici et dans les graphiques.',
    evolutionHeader: (period) => `Évolution ${period} à périmètre constant`,
    respondentsHeader: (previous, period) => `Répondants ${previous} → ${period} (les deux)`,
    remarksHeader: 'À savoir avant de présenter ce chiffre',
    respondentsRow: 'répondants derrière chaque chiffre',
    marksLegend:
      '⚠ périmètre changé : les répondants ne sont pas les mêmes d’une année à l’autre ; l’évolution est alors calculée à périmètre constant, sur les répondants présents les deux années (les chiffres bruts restent affichés). ⚠ valeur signalée : le chiffre inclut une valeur signalée par le contrôle (case orange ; voir sa note et l’onglet Anomalies).',
    chartsTitle: 'Évolution des indicateurs clés',
    cellNote: (errors, warnings) => `${errors} erreur${errors > 1 ? 's' : ''}, ${warnings} avertissement${warnings > 1 ? 's' : ''} dans cette fiche (onglet Anomalies).`,
  },
  data: { empty: 'Aucune valeur consolidée : aucun retour n’a pu être retenu.' },
  findingsSheet: { empty: 'Aucune anomalie relevée dans les retours.', linkHeader: 'ligne des données', link: (row) => `→ Données, ligne ${row}` },
  historySheet: { empty: 'Aucune valeur remplacée : chaque répondant n’a envoyé qu’un retour.' },
  outstandingSheet: { empty: 'Tous les répondants attendus ont répondu à tout.' },
};

const en: ReportText = {
  workbookTitle: (plan) => `Consolidated indicators — ${plan}`,
  action: (n, title, start) => `Action ${n}: ${title}${start ? ` — ${start}` : ''}`,
  criteria: 'Evaluation criteria of the fiche',
  ficheTitle: (n, title) => `Action sheet ${n}: ${title}`,
  ficheHowTo:
    'Territory results (in blue) are formulas (sum, mean, maximum) over the detail by respondent below — correcting a value there updates them. An empty cell never counts as zero; « NC »: not concerned; « — »: not asked. Values in red or orange were flagged by the checks (see the cell note and the Findings sheet); a result in orange includes such a value. The raw change compares every respondent of each year; the change at constant scope, only those present both years.',
  detailTitle: 'Detail by respondent',
  code: 'Code',
  indicator: 'Indicator',
  unit: 'Unit',
  formation: 'How the figure is formed',
  shareOf: (member) => `Share: ${member}`,
  respondent: 'Respondent',
  respondentCode: 'Code',
  kind: 'Kind',
  comment: 'Respondent’s comment',
  sharedHeader: { indicator: 'Indicator · respondent', unit: 'Unit · respondent code', formation: 'How the figure is formed · respondent kind', comment: 'Respondent’s comment' },
  total: 'Total',
  evolution: 'Raw change (number)',
  evolutionPercent: 'Raw change (%)',
  respondentsBehind: 'Respondents behind the figure',
  evolutionConstant: 'Change at constant scope (%)',
  constantNote: (both, previous, current) =>
    `Computed on the ${both} respondent${s(both)} present both years: ${formatValue(previous, 'en')} → ${formatValue(current, 'en')}. Computed by the consolidation (a correction made by hand in the detail does not change it).`,
  remarks: 'To know',
  target: 'Target',
  targetReached: 'Target reached?',
  countsLabel: 'Answered · empty · NC',
  invalidCell: 'invalid',
  invalidNote: (raw) => `Value refused by the checks: ${formatValue(raw, 'en')}. See the Findings sheet.`,
  answers: (n) => `${n} answer${n > 1 ? 's' : ''} (see the detail)`,
  unitOf: { integer: 'number', decimal: 'number', amount: '€', percentage: '%', yesNo: 'yes / no', deliverable: 'yes / no', date: 'date', text: 'text', choice: 'list' },
  summary: {
    title: (plan) => `Consolidation — ${plan}`,
    madeOn: (date, time, planId, version, files) => `Made on ${date} at ${time} · plan ${planId}, version ${version} · ${files} file${files > 1 ? 's' : ''} read`,
    policy: (policy, isDefault) => `Returns with errors: ${policy}${isDefault ? ' (default)' : ' (adviser’s choice)'}.`,
    inShort: 'In short',
    files: 'Files read',
    filesUsed: (n) => `${n} used`,
    filesSuperseded: (n) => `${n} replaced by a newer return`,
    filesQuarantined: (n) => `${n} excluded (errors)`,
    filesUnconfirmed: (n) => `${n} set apart (respondent to confirm)`,
    filesRefused: (n) => `${n} refused (unreadable)`,
    filesUnattributed: (n) => `${n} unattributed`,
    findings: 'Findings',
    errors: (n) => `${n} error${s(n)}`,
    warnings: (n) => `${n} warning${s(n)}`,
    infos: (n) => `${n} info${s(n)}`,
    respondents: 'Expected respondents',
    complete: (n) => `${n} complete`,
    partial: (n) => `${n} partial`,
    missing: (n) => `${n} without answer`,
    excluded: (n) => `${n} excluded`,
    valuesReplaced: 'Values replaced (History sheet)',
    completenessTitle: 'Completeness',
    completenessNote: 'Cells filled out of cells expected, periods due. « NC » counts as an answer. Detail by period: Reminders sheet.',
    errorsHeader: 'Errors',
    warningsHeader: 'Warnings',
    statusHeader: 'Status',
    filesHeader: 'File(s)',
    legend: 'Legend:',
    keyFiguresTitle: 'Key figures of the territory',
    keyFiguresNote: 'Formulas linked to the fiche sheets: a correction there shows here and in the charts.',
    evolutionHeader: (period) => `Change ${period} at constant scope`,
    respondentsHeader: (previous, period) => `Respondents ${previous} → ${period} (both)`,
    remarksHeader: 'To know before presenting this figure',
    respondentsRow: 'respondents behind each figure',
    marksLegend:
      '⚠ scope changed: the respondents differ from one year to the next; the change is then computed at constant scope, on the respondents present both years (raw figures stay shown). ⚠ flagged value: the figure includes a value flagged by the checks (orange cell; see its note and the Findings sheet).',
    chartsTitle: 'Key indicators over time',
    cellNote: (errors, warnings) => `${errors} error(s), ${warnings} warning(s) in this fiche (Findings sheet).`,
  },
  data: { empty: 'No consolidated value: no return could be used.' },
  findingsSheet: { empty: 'No finding in the returns.', linkHeader: 'data row', link: (row) => `→ Data, row ${row}` },
  historySheet: { empty: 'No value replaced: each respondent sent one return.' },
  outstandingSheet: { empty: 'Every expected respondent answered everything.' },
};

export const reportText: Record<Lang, ReportText> = { fr, en };
