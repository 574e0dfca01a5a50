/** The demo's simulated follow-up, as pilots would word it (src/demo/followUp.ts picks among them). */
import type { ActionState } from '../plan/actionStates';

export const demoFollowUpText: { account: Record<ActionState, string>; difficulties: Partial<Record<ActionState, string>>; noDifficulty: string } = {
  account: {
    non_engagee: 'Pas encore lancée : le calendrier sera revu au prochain comité technique.',
    en_cours: 'Groupe de travail réuni ; premières rencontres avec les partenaires, compte rendu diffusé.',
    realisee: 'Action menée à son terme ; bilan présenté en comité de pilotage.',
    reportee: 'Reportée à l’an prochain, d’un commun accord en comité technique.',
    abandonnee: 'Abandonnée : le besoin est couvert par un autre dispositif.',
  },
  difficulties: {
    non_engagee: 'Aucun porteur de projet identifié à ce jour.',
    reportee: 'Recrutement du poste de coordination plus long que prévu.',
    en_cours: 'Disponibilité des partenaires limitée pendant l’été.',
  },
  noDifficulty: 'Aucune difficulté particulière.',
};
