/**
 * The words of the follow-up the collection workbooks ask (issue 14): each action's state, account
 * and difficulties, its milestones reached, and the comités held (annexe 5). The plan derives
 * indicators from the actions (plan/actionFollowUp.ts); their labels, lists and notes are these.
 */
import type { ActionState } from '../plan/actionStates';

/** The convention's clause the follow-up answers, quoted as each derived indicator's source. */
const article9 = '« une évaluation des actions est conduite au fur et à mesure … lors des revues du plan d’actions » (article 9)';
const annexe5 = '« l’évaluation de la démarche elle-même (gouvernance, dynamiques partenariales…) » (annexe 5)';

export const actionStateLabels: Record<ActionState, string> = {
  non_engagee: 'Non engagée',
  en_cours: 'En cours',
  realisee: 'Réalisée',
  reportee: 'Reportée',
  abandonnee: 'Abandonnée',
};

export const followUpWords = {
  stateList: { label: 'État d’avancement d’une action' },
  state: {
    label: (title: string) => `Suivi de l’action « ${title} » : état d’avancement`,
    source: article9,
    note: 'Choisissez l’état de l’action à la fin de l’année dans la liste. À renseigner pour chaque année écoulée depuis le début de l’action.',
  },
  account: {
    label: (title: string) => `Suivi de l’action « ${title} » : ce qui a été fait`,
    source: article9,
    note: 'En quelques lignes : ce qui a été réalisé dans l’année (rencontres, documents, publics touchés).',
  },
  difficulties: {
    label: (title: string) => `Suivi de l’action « ${title} » : difficultés rencontrées`,
    source: article9,
    note: 'Les obstacles rencontrés et ce qu’il faudrait pour les lever ; laissez vide s’il n’y en a pas.',
  },
  milestone: {
    label: (wording: string, due: string) => `Échéance « ${wording} » (au plus tard le ${frenchDate(due)}) atteinte`,
    source: (wording: string) => `« ${wording} »`,
    note: 'Oui quand l’étape est franchie ; Non tant qu’elle ne l’est pas.',
  },
  governance: {
    fiche: { title: 'Gouvernance de la convention (comités de pilotage et techniques)', shortTitle: 'Gouvernance', theme: 'La gouvernance' },
    objectives: ['Rendre compte des comités de pilotage et des comités techniques tenus chaque année, et des partenaires présents (annexes 4 et 5).'],
    meetingList: { label: 'Comité tenu' },
    date: {
      label: 'Date du comité',
      source: annexe5,
      note: 'La date de chaque comité tenu dans l’année (JJ/MM/AAAA) ; « NC » sur les lignes d’un comité non tenu.',
    },
    present: {
      label: (partner: string) => `${partner} présent(e)`,
      source: annexe5,
      note: 'Oui si le partenaire était représenté à ce comité ; « NC » pour un comité non tenu.',
    },
  },
  meetings: {
    copil1: '1er comité de pilotage',
    copil2: '2e comité de pilotage',
    cotech1: '1er comité technique',
    cotech2: '2e comité technique',
    cotech3: '3e comité technique',
  },
  partners: {
    caf: 'Caf',
    epci: 'EPCI',
    communes: 'Communes',
    departement: 'Conseil départemental',
    sdjes: 'SDJES (éducation nationale)',
  },
} as const;

function frenchDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
