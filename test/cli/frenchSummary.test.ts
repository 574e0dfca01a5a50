/** The plan told in French reads as a person writes: words agree with their number, no « (s) », no file names. */
import { summarisePlan } from '../../src/i18n';
import { defaultPlan, type Plan } from '../../src/plan';
import { planSummary } from '../../src/plan/planSummary';

const plan = defaultPlan();
const announced = plan.fiches.filter((f) => f.status === 'announced');
const withAnnounced = (n: number): Plan => ({
  ...plan,
  fiches: [...plan.fiches.filter((f) => f.status === 'active'), ...Array.from({ length: n }, (_, i) => ({ ...announced[0]!, number: `${9 + i}` }))],
});

it.each([
  { n: 0, words: '0 annoncée)' },
  { n: 1, words: '1 annoncée)' },
  { n: 2, words: '2 annoncées)' },
])('says « $words » for $n announced fiche(s)', ({ n, words }) => {
  expect(summarisePlan(planSummary(withAnnounced(n)))).toContain(words);
});

it('has no « (s) », no underscore in a facility type and no file name of the source', () => {
  const text = summarisePlan(planSummary(plan));
  expect(text).not.toContain('(s)');
  expect(text).not.toMatch(/[A-Za-zé]_[A-Z]/);
  expect(text).not.toMatch(/\.json/);
});
