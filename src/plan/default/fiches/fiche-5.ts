/** Theme 5 : « Les fiches action feront l'objet d'un avenant au plus tard le 31 mars 2023 ». */
import type { FicheInput } from './types';

export const fiche5: FicheInput = {
  number: '5',
  theme: { number: 5, label: 'L’animation de la vie sociale' },
  title: 'L’animation de la vie sociale (fiches actions annoncées)',
  shortTitle: 'Vie sociale',
  context: ["Les fiches action feront l'objet d'un avenant au plus tard le 31 mars 2023"],
  status: 'announced',
  // « Les fiches action feront l'objet d'un avenant au plus tard le 31 mars 2023 »: reached when the
  // plan holds the amended fiche (status `active`), missed while it is still announced after that date.
  milestones: [{ wording: "Les fiches action feront l'objet d'un avenant au plus tard le 31 mars 2023", due: '2023-03-31' }],
};
