/** The signatories other than the communes (communes are in the territory, flagged `signatory`). */
import type { Party } from '../schema';

export const defaultParties: Party[] = [
  {
    code: 'caf04',
    kind: 'caf',
    name: "Caisse d'Allocations Familiales des Alpes de Haute-Provence",
    representedBy: ['Monsieur Thierry AUTARD, Directeur', "Monsieur Alain PICOZZI, Président du Conseil d'Administration"],
  },
  {
    // SIREN of the EPCI, as in @etalab/decoupage-administratif.
    code: '200067437',
    kind: 'epci',
    name: 'Provence Alpes Agglomération',
    representedBy: ['Madame Patricia GRANET-BRUNELLO, Présidente'],
  },
];
