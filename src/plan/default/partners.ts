/**
 * The partners of the convention that receive a workbook: the managers of the facilities of
 * Annexe 2 (« Liste des équipements et services soutenus par la collectivité locale ») whom the
 * text names in a facility's name — « Extrascolaire les Aiglons - IFAC », « Périscolaire Francas
 * des Mées », « Extrascolaire - Association GUZU », « Scouts territoire AHP ». Fiche 3.1 asks the
 * days of sick leave « par employeur »: each of them is an employer and answers for itself.
 *
 * Facilities whose name names no manager (« Les Petits Plus », « Extrascolaire de Peyruis »…) keep
 * none: the text does not say who runs them, and no one is guessed.
 */
import type { Facility, PlanInput } from '../schema';
import { epciCode } from './parties';

type PartyInput = PlanInput['parties'][number];

export const defaultPartners: PartyInput[] = [
  { code: 'ifac', kind: 'partner', name: 'IFAC', signatory: false },
  { code: 'francas-mees', kind: 'partner', name: 'Francas des Mées', signatory: false },
  { code: 'guzu', kind: 'partner', name: 'Association GUZU', signatory: false },
  { code: 'scouts-ahp', kind: 'partner', name: 'Scouts territoire AHP', signatory: false },
];

/**
 * Who runs a facility, read from its name in Annexe 2: a partner above, the EPCI (« de la CA
 * P2A », « RPE CA P2A ») or a commune (« Périscolaire Commune de Digne »). INSEE codes are given
 * by the caller, resolved from the names so that a renamed commune fails at load.
 */
export function managerOf(facility: Pick<Facility, 'name'>, communes: { digne: string; escale: string; volonne: string }): string | undefined {
  const name = facility.name;
  if (/ - IFAC$/.test(name)) return 'ifac';
  if (/Francas des Mées/.test(name)) return 'francas-mees';
  if (/Association GUZU/.test(name)) return 'guzu';
  if (/^Scouts territoire AHP$/.test(name)) return 'scouts-ahp';
  if (/\bCA P2A\b/.test(name)) return epciCode;
  if (/Commune de Digne/.test(name)) return communes.digne;
  if (/COMMUNE DE L'ESCALE/.test(name)) return communes.escale;
  if (/Commune Volonne/.test(name)) return communes.volonne;
  return undefined;
}
