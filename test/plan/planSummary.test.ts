/**
 * The plan's summary as data (src/plan/planSummary.ts): each fiche with its counts or as announced,
 * the totals, the territory, the facilities by type in the order of Annexe 2, and the derived
 * governance named as such (never « FA 0 »).
 */
import { summarisePlan } from '../../src/i18n';
import { defaultPlan, parsePlan, type Plan, type PlanInput } from '../../src/plan';
import { withoutFollowUp } from '../../src/plan/followUpPlan';
import { planSummary, type PlanSummaryFiche } from '../../src/plan/planSummary';
import { smallPlanInput } from '../consolidate/fixtures';

/** The small plan changed, as written (parsing derives the follow-up: left out, as `ctg plan` does). */
const planOf = (change: (input: PlanInput) => PlanInput): Plan => {
  const result = parsePlan(change(structuredClone(smallPlanInput)));
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return withoutFollowUp(result.plan);
};
const announced = { number: '9', theme: { number: 9, label: 'Thème 9' }, title: 'Fiche annoncée', status: 'announced' as const, actions: [], indicators: [] };
const facility = (name: string, type: string) => ({ name, type, nature: 'Structure', postcode: '04000', commune: '04001' });
const row = (f: PlanSummaryFiche) => (f.kind === 'announced' ? [f.fiche, 'announced'] : [f.fiche, f.actions, f.indicators]);
const fa = (number: string) => ({ kind: 'fiche', number });

describe('a plan in a few figures', () => {
  it.each<[string, (input: PlanInput) => PlanInput, unknown[][], { active: number; announced: number }]>([
    // Fiche 1.1: one action of seven indicators; 2.1: an action without any, one fiche-level indicator.
    ['the small plan', (i) => i, [[fa('1.1'), 1, 7], [fa('2.1'), 1, 1]], { active: 2, announced: 0 }],
    ['an announced fiche: no counts, told as awaiting', (i) => ({ ...i, fiches: [...i.fiches, announced] }), [[fa('1.1'), 1, 7], [fa('2.1'), 1, 1], [fa('9'), 'announced']], { active: 2, announced: 1 }],
    ['the plan’s order kept', (i) => ({ ...i, fiches: [...i.fiches].reverse() }), [[fa('2.1'), 1, 1], [fa('1.1'), 1, 7]], { active: 2, announced: 0 }],
  ])('%s', (_name, change, fiches, counts) => {
    const summary = planSummary(planOf(change));
    expect(summary.fiches.map(row)).toEqual(fiches);
    expect({ active: summary.activeFiches, announced: summary.announcedFiches }).toEqual(counts);
    expect(summary.totals).toMatchObject({ actions: 2, indicators: 8, brokenDown: 2, lists: 2 });
  });

  it.each<[string, Array<[string, string]>, Array<{ type: string; count: number }>]>([
    ['no facility', [], []],
    ['types in the order first met, each counted', [['A', 'EAJE'], ['B', 'RPE'], ['C', 'EAJE'], ['D', 'LAEP']], [{ type: 'EAJE', count: 2 }, { type: 'RPE', count: 1 }, { type: 'LAEP', count: 1 }]],
  ])('facilities: %s', (_name, facilities, byType) => {
    const summary = planSummary(planOf((i) => ({ ...i, territory: { ...i.territory, facilities: facilities.map(([n, t]) => facility(n, t)) } })));
    expect(summary.territory.facilitiesByType).toEqual(byType);
    expect(summary.territory.facilities).toBe(facilities.length);
  });

  it('counts the communes and names the signatories only', () => {
    expect(planSummary(planOf((i) => i)).territory).toMatchObject({ communes: 3, signatories: 2, signatoryNames: ['Aiglun', 'Bévons'] });
  });
});

describe('the convention’s plan', () => {
  it.each<[string, Plan, boolean]>([
    ['with its derived follow-up: the governance is a fiche of its own', defaultPlan(), true],
    ['as written (`ctg plan`, the demo): no governance', withoutFollowUp(defaultPlan()), false],
  ])('%s', (_name, plan, governance) => {
    const summary = planSummary(plan);
    expect(summary.fiches.some((f) => f.fiche.kind === 'governance')).toBe(governance);
    expect(summary.fiches.filter((f) => f.fiche.kind === 'fiche').map((f) => (f.fiche.kind === 'fiche' ? f.fiche.number : ''))).toEqual(['1.1', '2.1', '2.2', '3.1', '3.2', '3.3', '4.1', '5', '6.1']);
    expect(summary.fiches.find((f) => f.fiche.kind === 'fiche' && f.fiche.number === '5')?.kind).toBe('announced');
  });

  it.each([
    ['fr', /^ {2}Gouvernance /m],
    ['en', /^ {2}Governance /m],
  ] as const)('names the governance « %s » in the summary, never « FA 0 »', (lang, line) => {
    const text = summarisePlan(planSummary(defaultPlan()), lang);
    expect(text).toMatch(line);
    expect(text).not.toMatch(/FA 0\b/);
  });
});
