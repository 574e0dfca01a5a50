/**
 * Who answers, each year, for a facility of Annexe 2 (« Liste des équipements et services soutenus
 * par la collectivité locale »): whether it is still open, still supported and by whom, what
 * changed. The plan may say it (`holder`); otherwise the rule, in this order:
 * 1. its manager, when the text names one: who runs it knows whether it is open, its capacity and
 *    its funders;
 * 2. the signatory commune where it stands: article 5, « la collectivité s'engage à poursuivre son
 *    soutien financier … pour les équipements et services listés en Annexe 2 », and a signatory
 *    commune is that collectivity for what stands on its ground;
 * 3. the EPCI, the collectivity that signed for the communes that did not.
 */
import type { Facility, Plan } from './schema';

/** The respondent code (a party's code or a commune's INSEE code) who answers for `facility`; undefined when the plan has no EPCI to fall back on. */
export function facilityHolder(plan: Pick<Plan, 'parties' | 'territory'>, facility: Facility): string | undefined {
  if (facility.holder !== undefined) return facility.holder;
  if (facility.manager !== undefined) return facility.manager;
  const commune = plan.territory.communes.find((c) => c.insee === facility.commune);
  if (commune?.signatory === true) return commune.insee;
  return plan.parties.find((p) => p.kind === 'epci')?.code;
}

/** The facilities `respondent` answers for, with their index in Annexe 2's order. */
export function facilitiesHeldBy(plan: Pick<Plan, 'parties' | 'territory'>, respondent: string): Array<{ index: number; facility: Facility }> {
  return plan.territory.facilities.flatMap((facility, index) => (facilityHolder(plan, facility) === respondent ? [{ index, facility }] : []));
}
