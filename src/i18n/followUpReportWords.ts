/** The consolidation's follow-up tabs (issue 14): « Suivi des actions », « Écarts », « Gouvernance ». */
import type { Gap } from '../consolidate/followUp';
import type { Lang } from './lang';

const frDate = (iso: string): string => {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
};

export type FollowUpReportWords = {
  sheets: { actions: string; gaps: string; governance: string };
  actionColumns: readonly string[];
  gapColumns: readonly string[];
  governanceColumns: readonly string[];
  empty: { actions: string; gaps: string; governance: string };
  gapKinds: Record<Gap['kind'], string>;
  /** Why the écart is flagged, with how to act on it. */
  why: (gap: Gap, names: { action: string; indicator: string; respondent: string; period: string }) => string;
  bodies: { copil: string; cotech: string };
  wholeFiche: string;
  yes: string;
};

export const followUpReportWords: Record<Lang, FollowUpReportWords> = {
  fr: {
    sheets: { actions: 'Suivi des actions', gaps: 'Écarts', governance: 'Gouvernance' },
    actionColumns: ['fiche', 'action', 'intitulé', 'pilote', 'période', 'état', 'ce qui a été fait', 'difficultés rencontrées'],
    gapColumns: ['écart', 'fiche', 'action ou indicateur', 'période', 'pourquoi il est signalé'],
    governanceColumns: ['instance', 'période', 'date', 'déclaré par', 'Caf', 'EPCI', 'communes', 'Département', 'SDJES'],
    empty: {
      actions: 'Aucun suivi d’action dans les retours consolidés : les pilotes le renseignent dans le bloc « Suivi de l’action » de chaque fiche de leur classeur.',
      gaps: 'Aucun écart : chaque action est engagée, chaque échéance passée atteinte, aucun chiffre ne baisse deux années de suite et chaque répondant attendu a répondu.',
      governance: 'Aucun comité déclaré : la Caf et l’EPCI renseignent l’onglet « Gouvernance » de leur classeur.',
    },
    gapKinds: {
      actionNotStarted: 'Action non engagée',
      milestoneMissed: 'Échéance dépassée',
      indicatorFalling: 'Indicateur en baisse',
      respondentSilent: 'Répondant silencieux',
    },
    why: (gap, n) => {
      switch (gap.kind) {
        case 'actionNotStarted':
          return `« ${n.action} » devait commencer (${gap.startedBy}) et n’est toujours pas engagée en ${n.period} d’après ses pilotes. À examiner en comité : la relancer, la reporter ou l’abandonner.`;
        case 'milestoneMissed':
          return `L’échéance « ${gap.milestone} » (au plus tard le ${frDate(gap.due)}) est passée et n’est pas déclarée atteinte. Demander au pilote où en est l’étape, ou acter un nouveau calendrier.`;
        case 'indicatorFalling':
          return `« ${n.indicator} » baisse deux périodes de suite (${gap.periods.join(' → ')} : ${gap.values.map((v) => v.toLocaleString('fr-FR')).join(' → ')}). Vérifier les chiffres, puis en chercher la cause.`;
        case 'respondentSilent':
          return `${n.respondent} n’a rien répondu pour ${n.period}. Le relancer (onglet « Relances »).`;
      }
    },
    bodies: { copil: 'Comité de pilotage', cotech: 'Comité technique' },
    wholeFiche: 'la fiche entière',
    yes: 'oui',
  },
  en: {
    sheets: { actions: 'Action follow-up', gaps: 'Gaps', governance: 'Governance' },
    actionColumns: ['fiche', 'action', 'title', 'pilot', 'period', 'state', 'what was done', 'difficulties'],
    gapColumns: ['gap', 'fiche', 'action or indicator', 'period', 'why it is flagged'],
    governanceColumns: ['body', 'period', 'date', 'reported by', 'Caf', 'EPCI', 'communes', 'Département', 'SDJES'],
    empty: {
      actions: 'No action follow-up in the consolidated returns.',
      gaps: 'No gap.',
      governance: 'No committee reported.',
    },
    gapKinds: {
      actionNotStarted: 'Action not started',
      milestoneMissed: 'Milestone missed',
      indicatorFalling: 'Indicator falling',
      respondentSilent: 'Silent respondent',
    },
    why: (gap, n) => {
      switch (gap.kind) {
        case 'actionNotStarted':
          return `« ${n.action} » was to start (${gap.startedBy}) and is still not started in ${n.period}.`;
        case 'milestoneMissed':
          return `The milestone « ${gap.milestone} » (due ${gap.due}) has passed and is not reported reached.`;
        case 'indicatorFalling':
          return `« ${n.indicator} » fell two periods in a row (${gap.periods.join(' → ')}: ${gap.values.join(' → ')}).`;
        case 'respondentSilent':
          return `${n.respondent} sent nothing for ${n.period}.`;
      }
    },
    bodies: { copil: 'Steering committee', cotech: 'Technical committee' },
    wholeFiche: 'the whole fiche',
    yes: 'yes',
  },
};
