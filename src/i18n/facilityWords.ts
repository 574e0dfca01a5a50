/**
 * The words of the « Annexe 2 » tab of a collection workbook (issue 14, point 2): its name, its
 * headers, the status list and Excel's input messages. French only: the tab goes to the communes,
 * the EPCI and the partners, and its headers are what a return is read by (collect/layout/facilities.ts).
 * Excel limits a prompt's title to 32 characters and its text to 255.
 */
import type { FacilityStatus } from '../consolidate/followUp';

export const facilityWords = {
  sheet: 'Annexe 2',
  title: 'Annexe 2 : équipements et services soutenus par la collectivité locale',
  intro:
    'Convention, article 5 : « la collectivité s’engage à poursuivre son soutien financier … pour les équipements et services listés en Annexe 2 ». Pour chaque équipement dont vous répondez et chaque année : son statut en fin d’année, s’il est toujours soutenu et par qui, ce qui a changé (capacité, gestionnaire…). Un équipement ouvert depuis la signature : les lignes « Nouvel équipement » en bas.',
  readmeTitle: 'Annexe 2 — suivi des équipements et services soutenus',
  headers: {
    code: 'Code',
    name: 'Équipement',
    address: 'Adresse',
    commune: 'Commune',
    period: 'Année',
    status: 'Statut',
    supported: 'Soutenu',
    supportedBy: 'Soutenu par',
    change: 'Changements (capacité, gestionnaire…)',
  },
  /** Headers a respondent may have retyped and that are read as the same column. */
  headerVariants: {
    change: ['Changements', 'Changement'],
    supported: ['Toujours soutenu'],
  },
  newRow: 'Nouvel équipement',
  statuses: { ouvert: 'Ouvert', modifie: 'Modifié', ferme: 'Fermé' } satisfies Record<FacilityStatus, string>,
  yes: 'Oui',
  no: 'Non',
  input: {
    status: {
      prompt: { title: 'Statut en fin d’année', text: '« Ouvert » s’il fonctionne comme à la signature, « Modifié » si sa capacité ou son gestionnaire a changé (dites quoi à droite), « Fermé » s’il a fermé.' },
      error: { title: 'Statut de la liste', text: 'Choisissez « Ouvert », « Modifié » ou « Fermé » dans la liste déroulante.' },
    },
    supported: {
      prompt: { title: 'Toujours soutenu ?', text: 'Est-il toujours soutenu financièrement cette année ? « Oui » ou « Non » ; un équipement fermé n’est plus soutenu.' },
      error: { title: 'Réponse de la liste', text: 'Choisissez « Oui » ou « Non » dans la liste déroulante.' },
    },
    supportedBy: {
      prompt: { title: 'Soutenu par', text: 'Qui le soutient : la commune, l’EPCI, la Caf (bonus territoire)… (200 caractères au plus).' },
      error: { title: 'Texte trop long', text: '200 caractères au plus : nommez les financeurs sans détailler.' },
    },
    change: {
      prompt: { title: 'Changements', text: 'Ce qui a changé depuis la signature : capacité (nombre de places), gestionnaire, adresse, date de fermeture… (1 000 caractères au plus).' },
      error: { title: 'Texte trop long', text: 'Le texte dépasse 1 000 caractères : résumez-le.' },
    },
    name: {
      prompt: { title: 'Nouvel équipement', text: 'Son nom, tel qu’il figure dans vos documents ; puis sa commune, l’année et son statut (200 caractères au plus).' },
      error: { title: 'Texte trop long', text: 'Le nom dépasse 200 caractères : abrégez-le.' },
    },
    place: {
      prompt: { title: 'Adresse ou commune', text: 'Adresse ou commune du nouvel équipement (200 caractères au plus).' },
      error: { title: 'Texte trop long', text: '200 caractères au plus.' },
    },
    period: {
      prompt: { title: 'Année', text: 'L’année de cette réponse, dans la liste.' },
      error: { title: 'Année de la liste', text: 'Choisissez une année de la liste déroulante.' },
    },
  },
} as const;
