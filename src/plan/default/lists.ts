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
    // « entre les familles et les partenaires », the partners named one by one (Caf, EPCI, communes,
    // Département): amounts per funder, so that each one's share is computed over the territory.
    id: 'financeur',
    label: 'Financeur',
    options: [
      { code: 'familles', label: 'Familles' },
      { code: 'caf', label: 'Caf' },
      { code: 'epci', label: 'EPCI' },
      { code: 'communes', label: 'Communes' },
      { code: 'departement', label: 'Département' },
      { code: 'autres', label: 'Autres financeurs' },
    ],
  },
];
