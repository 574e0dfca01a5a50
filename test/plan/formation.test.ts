/**
 * How each territory figure is formed is declared in the plan and checked: a plain sum over
 * several kinds of respondents (the double counts of issue 11) is refused unless their
 * contributions are declared distinct; an authoritative source must be asked and be one; shares
 * need amounts broken down; a figure shown from another indicator must name one that is asked.
 */
import { buildCollectionWorkbook, respondentsOf } from '../../src/collect';
import { describePlanIssue } from '../../src/i18n';
import { defaultPlanInput, formatPath, parsePlan, type PlanInput, type PlanIssue } from '../../src/plan';
import { evaluateRule } from '../../src/rules';

type IndicatorInput = NonNullable<PlanInput['fiches'][number]['indicators']>[number];
type Edit = (indicator: IndicatorInput & Record<string, unknown>, plan: PlanInput) => void;

/** The default plan with one indicator edited; the issues of the check, with their paths. */
function checked(code: string, edit: Edit): Array<PlanIssue & { at: string; message: string }> {
  const plan = structuredClone(defaultPlanInput);
  const indicator = plan.fiches.flatMap((f) => [...(f.actions ?? []).flatMap((a) => a.indicators ?? []), ...(f.indicators ?? [])]).find((i) => i.code === code);
  if (indicator === undefined) throw new Error(`no indicator ${code} in the default plan`);
  edit(indicator, plan);
  const result = parsePlan(plan);
  return result.ok ? [] : result.issues.map((issue) => ({ ...issue, at: formatPath(issue.path), message: describePlanIssue(issue) }));
}

/** The double counts the issue lists: reported by several kinds of respondents, once summed. */
const doubleCounts = [
  '4.1.reunions',
  '4.1.referents_proximite',
  '4.1.actions_collectives',
  '4.1.communications',
  '3.2.a1.projets',
  '3.2.a1.projets_soutenus',
  '3.2.a1.places_creees',
  '3.2.a1.places_fermees',
  '3.3.a1.rencontres_partenaires',
  '3.3.a2.rencontres_partenaires',
  '3.3.a2.projets_educatifs',
  '6.1.reunions_partenariales',
];

describe('a plain sum over several kinds of respondents', () => {
  it.each(doubleCounts)('« %s » summed as before is refused: the same meeting or project would count twice', (code) => {
    const issues = checked(code, (i) => (i.formation = { kind: 'sum' }));
    expect(issues).toEqual([expect.objectContaining({ code: 'formation_several_kinds', at: expect.stringMatching(/\.formation\.kind$/) })]);
    expect(issues[0]!.message).toMatch(/compté deux fois.*« authority ».*« distinctSum »/);
  });

  it.each(doubleCounts)('« %s » is declared either with one source that counts, or as distinct contributions', (code) => {
    const plan = parsePlan(structuredClone(defaultPlanInput));
    if (!plan.ok) throw new Error('the default plan is refused');
    const indicator = plan.plan.fiches.flatMap((f) => [...f.actions.flatMap((a) => a.indicators), ...f.indicators]).find((i) => i.code === code)!;
    expect(['authority', 'distinctSum']).toContain(indicator.formation.kind);
  });

  it('is accepted over the communes alone: each commune reports its own', () => {
    expect(checked('3.3.a2.projets_educatifs', (i) => ((i.reporters = ['commune']), (i.formation = { kind: 'sum' })))).toEqual([]);
  });
});

describe('every other way of declaring a figure wrongly', () => {
  it.each<[string, string, Edit, PlanIssue['code'], RegExp]>([
    ['a source nobody asks', '4.1.reunions', (i) => (i.formation = { kind: 'authority', source: 'commune' }), 'formation_source_not_reporter', /formation\.source$/],
    ['a source of which there are many', '3.2.a1.projets', (i) => (i.formation = { kind: 'authority', source: 'commune' }), 'formation_source_not_single', /formation\.source$/],
    ['shares of a figure without breakdown', '3.2.a2.reponses_aap', (i) => (i.formation = { kind: 'sum', shares: true }), 'formation_shares', /formation\.shares$/],
    ['shares of percentages', '3.2.a2.cout_financier', (i) => ((i.type = 'percentage'), (i.bounds = { min: 0, max: 1 })), 'formation_shares', /formation\.shares$/],
    ['a sum of texts', '6.1.questionnaires_resultats', (i) => (i.formation = { kind: 'sum' }), 'formation_type', /formation\.kind$/],
    ['a maximum of texts', '6.1.questionnaires_resultats', (i) => (i.formation = { kind: 'max' }), 'formation_type', /formation\.kind$/],
    ['a figure shown from an indicator the plan does not have', '2.1.a1.accompagnements_sociaux', (i) => (i.formation = { kind: 'sameAs', indicator: '2.2.a9.absent' }), 'formation_unknown_indicator', /formation\.indicator$/],
    ['a figure shown from itself', '2.1.a1.accompagnements_sociaux', (i) => (i.formation = { kind: 'sameAs', indicator: '2.1.a1.accompagnements_sociaux' }), 'formation_same_as_chain', /formation\.indicator$/],
    ['a figure shown from another indicator of another shape', '2.1.a1.accompagnements_sociaux', (i) => (i.formation = { kind: 'sameAs', indicator: '2.2.a1.montant_moyen_droits' }), 'formation_same_as_mismatch', /formation\.indicator$/],
    ['a figure shown for periods the other is not asked', '2.1.a1.accompagnements_sociaux', (i) => (i.formation = { kind: 'sameAs', indicator: '3.2.a2.reponses_aap' }), 'formation_same_as_periods', /formation\.indicator$/],
    [
      'a rule on a figure that is only shown',
      '2.1.a1.accompagnements_sociaux',
      (_i, plan) =>
        plan.rules!.push({ id: 'test.regle', left: '#{2.1.a1.accompagnements_sociaux}', operator: '>=', right: '0', missing: { left: 'skipIfAnyMissing', right: 'skipIfAnyMissing' }, severity: 'warning', message: 'x', fix: 'y', scope: 'total' }),
      'rule_not_collected',
      /^rules\[\d+\]\.left$/,
    ],
  ])('%s is refused with its path and a French message', (_name, code, edit, expected, path) => {
    const issues = checked(code, edit);
    expect(issues.map((i) => i.code)).toContain(expected);
    const issue = issues.find((i) => i.code === expected)!;
    expect(issue.at).toMatch(path);
    expect(issue.message).toContain(expected === 'rule_not_collected' ? 'ne s’appliquerait jamais' : code);
  });
});

describe('fiche 2.1 and fiche 2.2 ask « le nombre d’accompagnements sociaux » once', () => {
  it('fiche 2.1 shows the figure asked in fiche 2.2, which covers its periods', () => {
    const plan = parsePlan(structuredClone(defaultPlanInput));
    if (!plan.ok) throw new Error('the default plan is refused');
    const all = plan.plan.fiches.flatMap((f) => [...f.actions.flatMap((a) => a.indicators), ...f.indicators]);
    const shown = all.find((i) => i.code === '2.1.a1.accompagnements_sociaux')!;
    expect(shown.formation).toEqual({ kind: 'sameAs', indicator: '2.2.a2.accompagnements_sociaux' });
    const asked = all.filter((i) => i.source === shown.source && i.formation.kind !== 'sameAs');
    expect(asked.map((i) => i.code)).toEqual(['2.2.a2.accompagnements_sociaux']);
  });
});

describe('fiche 6.1 counts « les allocataires en situation d’impayés ou de mal logement » once', () => {
  const plan = parsePlan(structuredClone(defaultPlanInput));
  if (!plan.ok) throw new Error('the default plan is refused');
  const all = plan.plan.fiches.flatMap((f) => [...f.actions.flatMap((a) => a.indicators), ...f.indicators]);
  const rules = plan.plan.rules.filter((r) => r.id.startsWith('fa61.'));
  /** The outcome of each 6.1 rule for the Caf's three figures. */
  const outcomes = (union: number, unpaid: number, housing: number) => {
    const values: Record<string, number> = { '6.1.allocataires_impayes_ou_mal_logement': union, '6.1.allocataires_impayes': unpaid, '6.1.allocataires_mal_logement': housing };
    return rules.filter((r) => evaluateRule(r, (code) => values[code]).outcome === 'fail').map((r) => r.severity);
  };

  it('asks the Caf the figure of the text, each allocataire once, and no breakdown that would add up', () => {
    const union = all.find((i) => i.code === '6.1.allocataires_impayes_ou_mal_logement')!;
    expect(union).toMatchObject({ source: "Nombre d'allocataires en situation d'impayés ou de mal logement.", reporters: ['caf'], breakdown: [] });
    expect(all.filter((i) => i.source === union.source).every((i) => i.breakdown.length === 0)).toBe(true);
  });

  it.each<[string, [number, number, number], string[]]>([
    ['allocataires in both situations: fewer than the two counts added', [45, 30, 25], []],
    ['no one in both situations', [55, 30, 25], []],
    ['more in impayés than in « impayés ou mal logement »', [45, 50, 25], ['error']],
    ['more in « impayés ou mal logement » than in the two situations together', [60, 30, 25], ['warning']],
  ])('%s', (_name, [union, unpaid, housing], expected) => {
    expect(outcomes(union, unpaid, housing)).toEqual(expected);
  });
});

describe('the Caf’s collection workbook', () => {
  it('asks « le nombre d’accompagnements sociaux » once, under fiche 2.2', () => {
    const plan = parsePlan(structuredClone(defaultPlanInput));
    if (!plan.ok) throw new Error('the default plan is refused');
    const caf = respondentsOf(plan.plan).find((r) => r.kind === 'caf')!;
    const codes = new Set(buildCollectionWorkbook(plan.plan, caf, { now: '2026-01-01T00:00:00.000Z' }).inputs.map((i) => i.code));
    expect([codes.has('2.2.a2.accompagnements_sociaux'), codes.has('2.1.a1.accompagnements_sociaux')]).toEqual([true, false]);
  });
});
