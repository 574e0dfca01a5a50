/**
 * The signatories other than the communes (communes are in the territory, flagged `signatory`),
 * then the partners of Annexe 2 (partners.ts).
 */
import type { PlanInput } from '../schema';

/** SIREN of the EPCI, as in @etalab/decoupage-administratif. */
export const epciCode = '200067437';

export const defaultSignatoryParties: PlanInput['parties'] = [
  {
    code: 'caf04',
    kind: 'caf',
    name: "Caisse d'Allocations Familiales des Alpes de Haute-Provence",
    representedBy: ['Monsieur Thierry AUTARD, Directeur', "Monsieur Alain PICOZZI, Président du Conseil d'Administration"],
  },
  {
    code: epciCode,
    kind: 'epci',
    name: 'Provence Alpes Agglomération',
    representedBy: ['Madame Patricia GRANET-BRUNELLO, Présidente'],
  },
];
