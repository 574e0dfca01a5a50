/** Theme 5 : « Les fiches action feront l'objet d'un avenant au plus tard le 31 mars 2023 ». */
import type { FicheInput } from './types';

export const fiche5: FicheInput = {
  number: '5',
  theme: { number: 5, label: 'L’animation de la vie sociale' },
  title: 'L’animation de la vie sociale (fiches actions annoncées)',
  shortTitle: 'Vie sociale',
  context: ["Les fiches action feront l'objet d'un avenant au plus tard le 31 mars 2023"],
  status: 'announced',
};
