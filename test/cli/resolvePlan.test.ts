/** The embedded plan goes through the plan's cross-checks like any other before a command uses it. */
import { resolvePlan } from '../../src/cli/resolvePlan';
import { defaultPlan, type Plan } from '../../src/plan';

const collect = () => {
  const lines: string[] = [];
  return { lines, output: { out: (t: string) => lines.push(t), err: (t: string) => lines.push(t) } };
};

it.each<[string, (p: Plan) => void, boolean]>([
  ['as shipped', () => undefined, true],
  ['a rule pointing at an indicator the plan no longer has', (p) => void (p.rules[0]!.left = '#{6.1.allocataires_impayes_mal_logement}'), false],
])('embedded plan %s: used only when its cross-checks pass', async (_name, spoil, usable) => {
  const { lines, output } = collect();
  const choice = await resolvePlan(undefined, output, undefined, () => {
    const plan = defaultPlan();
    spoil(plan);
    return plan;
  });
  expect(choice.ok).toBe(usable);
  if (!usable) {
    expect(choice).toEqual({ ok: false, exitCode: 1 });
    expect(lines.join('\n')).toMatch(/Plan intégré invalide : 1 erreur\.\n  - .*6\.1\.allocataires_impayes_mal_logement/);
  }
});
