/**
 * Who answers for each facility of Annexe 2 (plan/facilityHolder.ts), against the text: the
 * manager its name gives, the holder of the early-childhood competence (statuts, article 3), the
 * signatory commune where it stands, else the EPCI.
 */
import { isExpected, respondentsOf } from '../../src/collect/respondents';
import { checkPlan, planSchema, type PlanInput } from '../../src/plan';
import { epciCode } from '../../src/plan/default/parties';
import { facilitiesHeldBy, facilityHolder } from '../../src/plan/facilityHolder';
import { facilityIndex, plan } from './support';

describe('who answers for a facility of Annexe 2', () => {
  it.each([
    // The name gives the manager.
    ['Extrascolaire les Aiglons - IFAC', undefined, 'ifac'],
    ['Périscolaire Francas des Mées', 'HAMEAU DE DABISSE', 'francas-mees'],
    ['Périscolaire Commune de Digne', '2 AVENUE DU MARECHAL JUIN', '04070'],
    ['RPE CA P2A', undefined, epciCode],
    // A crèche where the EPCI holds early childhood (« hors communes de Château-Arnoux-Saint-Auban, Les Mées et Peyruis »).
    ['La Maisonnée', undefined, epciCode],
    ['Bédunia', undefined, epciCode],
    // A crèche where the commune kept the competence.
    ['Les Fruits de la Passion', undefined, '04116'],
    ['LAEP Pic et Poc', undefined, '04049'],
    // No manager named, not early childhood: the signatory commune where it stands.
    ['Extrascolaire de Peyruis', undefined, '04149'],
    ['Périsco les Chardons bleus', undefined, '04108'],
  ])('%s (%s) → %s', (name, address, holder) => {
    expect(facilityHolder(plan, plan.territory.facilities[facilityIndex(name, address)]!)).toBe(holder);
  });

  it.each([
    ['the plan names a holder', { holder: '04116' }, '04116'],
    ['the manager, over the commune', { manager: 'ifac' }, 'ifac'],
    ['a commune that did not sign: the EPCI', { commune: '04027' }, epciCode],
  ])('rule: %s', (_what, fields, holder) => {
    const facility = { name: 'Accueil test', type: 'Accueil de loisirs sans hébergement', nature: 'Périscolaire', address: '', postcode: '04190', commune: '04116', ...fields };
    expect(facilityHolder(plan, facility)).toBe(holder);
  });

  it('gives all 64 facilities to a respondent the campaign expects, each once', () => {
    const respondents = respondentsOf(plan);
    const holders = plan.territory.facilities.map((f) => respondents.find((r) => r.code === facilityHolder(plan, f)));
    expect(holders.filter((r) => r === undefined || !isExpected(r))).toEqual([]);
    expect(respondents.reduce((n, r) => n + facilitiesHeldBy(plan, r.code).length, 0)).toBe(64);
  });

  it('refuses a holder the plan does not know, at its path', () => {
    const input = structuredClone(plan) as unknown as PlanInput;
    input.territory.facilities![3]!.holder = 'inconnu';
    const issues = checkPlan(planSchema.parse(input));
    expect(issues.map((i) => i.path.join('.'))).toContain('territory.facilities.3.holder');
  });
});
