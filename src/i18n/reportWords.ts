/**
 * The words of the consolidation workbook and its summaries: sheet names, headers, states,
 * statuses. French for the advisers; English second.
 */
import type { CompletenessStatus, ErrorPolicy, FileOutcome, TargetStatus } from '../consolidate/types';
import type { FindingsApart } from '../consolidate/figures';
import type { RespondentKind } from '../plan/schema';
import type { EntryState } from '../returns/submission';
import { ficheRefWords } from './ficheRefWords';
import type { Lang } from './lang';

export type ReportWords = {
  sheets: { summary: string; data: string; findings: string; history: string; outstanding: string };
  state: Record<EntryState, string>;
  kind: Record<RespondentKind, string>;
  target: Record<TargetStatus, string>;
  completeness: Record<CompletenessStatus, string>;
  outcome: Record<FileOutcome, string>;
  policy: Record<ErrorPolicy, string>;
  /** How a finding is counted: with the respondents' answers, or apart (its file was replaced, refused, attributed to nobody). */
  findingCount: Record<'counted' | FindingsApart['outcome'], string>;
  yes: string;
  no: string;
  /** The derived governance fiche where a fiche is named (its number is « 0 », which no reader should see). */
  governanceFiche: string;
  dataColumns: readonly string[];
  findingColumns: readonly string[];
  historyColumns: readonly string[];
  outstandingColumns: readonly string[];
};

const fr: ReportWords = {
  sheets: { summary: 'Synthèse', data: 'Données', findings: 'Anomalies', history: 'Historique', outstanding: 'Relances' },
  state: { value: 'valeur', empty: 'vide', nc: 'non concerné', invalid: 'invalide' },
  kind: { caf: 'Caf', epci: 'EPCI', commune: 'Commune', partner: 'Partenaire' },
  target: { achieved: 'atteinte', not_yet: 'pas encore', not_applicable: 'sans objet' },
  completeness: { answered: 'complet', partial: 'partiel', missing: 'sans réponse', excluded: 'écarté (erreurs)', not_due: 'pas encore dû' },
  outcome: {
    used: 'retenu',
    superseded: 'remplacé par un retour plus récent',
    quarantined: 'écarté (erreurs)',
    unconfirmed: 'mis de côté : son nom ou ses onglets désignent un autre répondant que sa feuille _ctg (à confirmer)',
    refused: 'refusé (illisible)',
    unattributed: 'non attribué (répondant ou plan inconnu)',
  },
  policy: {
    include: 'inclus, leurs valeurs signalées en couleur',
    quarantine: 'écartés jusqu’à réception d’un retour corrigé',
  },
  findingCount: { counted: 'comptée', superseded: 'à part : fichier remplacé', unconfirmed: 'à part : fichier mis de côté', refused: 'à part : fichier refusé', unattributed: 'à part : fichier non attribué' },
  yes: 'Oui',
  no: 'Non',
  governanceFiche: ficheRefWords.fr.governance,
  dataColumns: ['fiche', 'action', 'indicateur', 'libellé', 'répondant', 'nom', 'membre', 'période', 'valeur', 'état', 'fichier', 'feuille', 'cellule', 'version', 'importé le'],
  findingColumns: ['n°', 'gravité', 'décompte', 'fichier', 'répondant', 'nom', 'fiche', 'indicateur', 'période', 'membre', 'feuille', 'cellule', 'valeur saisie', 'message', 'contrôle'],
  historyColumns: [
    'répondant', 'nom', 'indicateur', 'libellé', 'membre', 'période', 'valeur remplacée', 'état', 'fichier', 'feuille', 'cellule',
    'version', 'date du fichier', 'importé le', 'remplacée par', 'nouvelle version', 'nouvelle valeur', 'modifiée',
  ],
  outstandingColumns: ['répondant', 'nom', 'fiche', 'période', 'état', 'cellules sans réponse', 'indicateurs à renseigner'],
};

const en: ReportWords = {
  sheets: { summary: 'Summary', data: 'Data', findings: 'Findings', history: 'Value history', outstanding: 'Reminders' }, // Excel reserves « History »
  state: { value: 'value', empty: 'empty', nc: 'not concerned', invalid: 'invalid' },
  kind: { caf: 'Caf', epci: 'EPCI', commune: 'Commune', partner: 'Partner' },
  target: { achieved: 'achieved', not_yet: 'not yet', not_applicable: 'not applicable' },
  completeness: { answered: 'complete', partial: 'partial', missing: 'no answer', excluded: 'excluded (errors)', not_due: 'not due yet' },
  outcome: {
    used: 'used',
    superseded: 'replaced by a newer return',
    quarantined: 'excluded (errors)',
    unconfirmed: 'set apart: its name or sheets name another respondent than its _ctg sheet (to confirm)',
    refused: 'refused (unreadable)',
    unattributed: 'unattributed (unknown respondent or plan)',
  },
  policy: { include: 'included, their values flagged in colour', quarantine: 'left out until a corrected return arrives' },
  findingCount: { counted: 'counted', superseded: 'apart: replaced file', unconfirmed: 'apart: file set apart', refused: 'apart: refused file', unattributed: 'apart: unattributed file' },
  yes: 'Yes',
  no: 'No',
  governanceFiche: ficheRefWords.en.governance,
  dataColumns: ['fiche', 'action', 'indicator', 'label', 'respondent', 'name', 'member', 'period', 'value', 'state', 'file', 'sheet', 'cell', 'version', 'imported on'],
  findingColumns: ['#', 'severity', 'count', 'file', 'respondent', 'name', 'fiche', 'indicator', 'period', 'member', 'sheet', 'cell', 'value as typed', 'message', 'check'],
  historyColumns: [
    'respondent', 'name', 'indicator', 'label', 'member', 'period', 'replaced value', 'state', 'file', 'sheet', 'cell',
    'version', 'file date', 'imported on', 'replaced by', 'new version', 'new value', 'changed',
  ],
  outstandingColumns: ['respondent', 'name', 'fiche', 'period', 'state', 'cells without answer', 'indicators to fill in'],
};

export const reportWords: Record<Lang, ReportWords> = { fr, en };
