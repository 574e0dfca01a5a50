/** Choice lists and breakdown dimensions of the default plan. */
import type { ChoiceList, Territory } from '../schema';

/** Breakdown « par territoire » uses the territories of fiche 4.1, kept in one place. */
export function territoryList(territories: Territory[]): ChoiceList {
  return {
    id: 'territoire',
    label: 'Territoire',
    options: territories.map((t) => ({ code: t.code, label: t.name })),
  };
}

export const defaultLists: ChoiceList[] = [
  {
    id: 'thematique',
    label: 'Thématique de la convention',
    options: [
      { code: 'coordination', label: 'La coordination territoriale' },
      { code: 'acces-droits', label: 'L’accès aux droits' },
      { code: 'enfance-jeunesse', label: 'La petite enfance, l’enfance et la jeunesse' },
      { code: 'parentalite', label: 'La parentalité' },
      { code: 'vie-sociale', label: 'L’animation de la vie sociale' },
      { code: 'logement', label: 'Le logement' },
    ],
  },
  {
    // « par type d'accueil (EAJE, MAM…) »: the convention names two and leaves the list open.
    id: 'type_accueil',
    label: "Type d'accueil",
    options: [
      { code: 'eaje', label: 'EAJE (crèche, multi-accueil, micro-crèche)' },
      { code: 'mam', label: 'MAM (maison d’assistants maternels)' },
      { code: 'autre', label: 'Autre mode d’accueil' },
    ],
  },
  {
    id: 'statut_vae',
    label: 'Statut de la VAE',
    options: [
      { code: 'en-cours', label: 'En cours' },
      { code: 'reussie', label: 'Réussie' },
      { code: 'arretee', label: 'Arrêtée' },
    ],
  },
  {
    id: 'financeur',
    label: 'Part du coût financier',
    options: [
      { code: 'familles', label: 'Familles' },
      { code: 'partenaires', label: 'Partenaires' },
    ],
  },
  {
    id: 'situation_logement',
    label: 'Situation de logement',
    options: [
      { code: 'impayes', label: 'Impayés locatifs' },
      { code: 'mal-logement', label: 'Mal logement' },
    ],
  },
];
