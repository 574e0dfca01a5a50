/**
 * The schema and the cross-checks: the default plan passes; each way of breaking a plan gives the
 * expected issue at the expected path, with a French message — and every issue is collected.
 */
import { defaultPlan, defaultPlanInput, formatPath, parsePlan, type PlanInput, type PlanIssue } from '../../src/plan';
import type { CrossCheckCode } from '../../src/plan/issues';
import { describePlanIssue, renderPlanIssue } from '../../src/i18n';

type Breakage = (plan: PlanInput & Record<string, any>) => void; // eslint-disable-line @typescript-eslint/no-explicit-any

function broken(breakage: Breakage): unknown {
  const plan = structuredClone(defaultPlanInput) as PlanInput & Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  breakage(plan);
  return plan;
}

function issuesOf(input: unknown): PlanIssue[] {
  const result = parsePlan(input);
  if (result.ok) throw new Error('the plan was accepted');
  return result.issues;
}

const fiche32 = 4; // index of fiche 3.2 in the default plan
const firstIndicator = ['fiches', 0, 'indicators', 0];

describe('the default plan', () => {
  it('passes the schema and every cross-check', () => {
    const result = parsePlan(structuredClone(defaultPlanInput));
    expect(result.ok).toBe(true);
  });

  it('survives JSON: what `ctg plan --json` prints parses back to the same plan', () => {
    const plan = defaultPlan();
    const again = parsePlan(JSON.parse(JSON.stringify(plan)));
    expect(again).toEqual({ ok: true, plan });
  });
});

describe('schema errors carry their path and a French message (every zod issue code: test/plan/schemaIssues.test.ts)', () => {
  it.each<[string, Breakage, string, RegExp]>([
    ['missing id', (p) => Reflect.deleteProperty(p, 'id'), 'id', /Champ manquant : ajoutez-le \(un texte\)/],
    ['bad version', (p) => (p.version = 'v1'), 'version', /Version invalide/],
    ['bad signature date', (p) => (p.signedOn = '31/10/2022'), 'signedOn', /AAAA-MM-JJ/],
    ['unknown indicator type', (p) => (p.fiches[0]!.indicators![0]!.type = 'nombre' as never), 'fiches[0].indicators[0].type', /Valeur « nombre » inconnue : choisissez parmi « integer », « decimal »/],
    ['unknown formation', (p) => (p.fiches[0]!.indicators![0]!.formation = { kind: 'median' } as never), 'fiches[0].indicators[0].formation.kind', /Formation du chiffre inconnue : une valeur parmi sum, distinctSum/],
    ['code with a space', (p) => (p.fiches[0]!.indicators![0]!.code = 'Mon code'), 'fiches[0].indicators[0].code', /Code invalide/],
    ['no reporter', (p) => (p.fiches[0]!.indicators![0]!.reporters = []), 'fiches[0].indicators[0].reporters', /répondant/],
    ['attribute on an unknown kind', (p) => (p.fiches[0]!.indicators![0]!.reporters = ['mairie[pig]']), 'fiches[0].indicators[0].reporters[0]', /Répondant invalide.*crochets/],
    ['reporter with a space', (p) => (p.fiches[0]!.indicators![0]!.reporters = ['toutes les communes']), 'fiches[0].indicators[0].reporters[0]', /Répondant invalide/],
    ['bad INSEE code', (p) => (p.territory.communes[0]!.insee = '4070'), 'territory.communes[0].insee', /INSEE/],
    ['fiche number', (p) => (p.fiches[0]!.number = 'FA1'), 'fiches[0].number', /3\.2/],
    ['rule operator', (p) => (p.rules![0]!.operator = '=<' as never), 'rules[0].operator', /Valeur « =< » inconnue : choisissez parmi « == », « != »/],
    ['empty label', (p) => (p.fiches[0]!.indicators![0]!.label = '  '), 'fiches[0].indicators[0].label', /Texte vide/],
  ])('%s', (_name, breakage, path, message) => {
    const issues = issuesOf(broken(breakage));
    const issue = issues.find((i) => formatPath(i.path) === path);
    expect(issue?.code).toBe('schema');
    expect(renderPlanIssue(issue!)).toMatch(message);
  });
});

describe('cross-checks', () => {
  it.each<[string, Breakage, PlanIssue['code'], string]>([
    ['duplicated indicator code', (p) => (p.fiches[0]!.indicators![1]!.code = p.fiches[0]!.indicators![0]!.code), 'duplicate', 'fiches[0].indicators[1].code'],
    ['duplicated period', (p) => (p.periods[1]!.id = '2022'), 'duplicate', 'periods[1].id'],
    ['unknown period', (p) => (p.fiches[0]!.indicators![0]!.periods = ['2023', '2031']), 'unknown_period', 'fiches[0].indicators[0].periods[1]'],
    ['unknown breakdown list', (p) => (p.fiches[0]!.indicators![3]!.breakdown = ['bassin']), 'unknown_list', 'fiches[0].indicators[3].breakdown[0]'],
    ['choice without list', (p) => (p.fiches[0]!.indicators![0]!.type = 'choice'), 'list_required', 'fiches[0].indicators[0].list'],
    ['list on a number', (p) => (p.fiches[0]!.indicators![0]!.list = 'thematique'), 'list_unexpected', 'fiches[0].indicators[0].list'],
    ['inverted bounds', (p) => (p.fiches[0]!.indicators![0]!.bounds = { min: 10, max: 1 }), 'bounds_inverted', 'fiches[0].indicators[0].bounds'],
    ['target outside periods', (p) => (p.fiches[0]!.indicators![0]!.targets = { '2022': 3 }), 'target_period', 'fiches[0].indicators[0].targets.2022'],
    ['facility in an unknown commune', (p) => (p.territory.facilities![0]!.commune = '13055'), 'unknown_commune', 'territory.facilities[0].commune'],
    ['reporter naming no respondent', (p) => (p.fiches[0]!.indicators![0]!.reporters = ['epci', '99999']), 'unknown_respondent', 'fiches[0].indicators[0].reporters[1]'],
    ['reporter attribute nobody holds', (p) => (p.fiches[0]!.indicators![0]!.reporters = ['commune[competence_petite_enfanse]']), 'attribute_unheld', 'fiches[0].indicators[0].reporters[0]'],
    // The attribute exists, but on communes: no partner holds it.
    ['reporter attribute held by another kind', (p) => (p.fiches[0]!.indicators![0]!.reporters = ['partner[perimetre_pig_opah]']), 'attribute_unheld', 'fiches[0].indicators[0].reporters[0]'],
    ['facility run by an unknown manager', (p) => (p.territory.facilities![0]!.manager = 'ifak'), 'unknown_respondent', 'territory.facilities[0].manager'],
    ['commune in an unknown territory', (p) => (p.territory.communes[0]!.territory = 'ubaye'), 'unknown_territory', 'territory.communes[0].territory'],
    ['rule syntax', (p) => (p.rules![0]!.left = '#{3.2.a1.projets_soutenus} <= ('), 'rule_syntax', 'rules[0].left'],
    ['rule cites an unknown indicator', (p) => (p.rules![0]!.right = '#{3.2.a1.projet}'), 'rule_unknown_indicator', 'rules[0].right'],
    ['rule cites an unknown member', (p) => (p.rules![0]!.right = '#{3.2.a1.projets:creche}'), 'rule_unknown_member', 'rules[0].right'],
    ['member rule across breakdowns', (p) => (p.rules![0]!.right = '#{3.2.a1.reunions_collectives}'), 'rule_breakdown_mismatch', 'rules[0].scope'],
    ['announced fiche with indicators', (p) => (p.fiches[7]!.indicators = [structuredClone(p.fiches[0]!.indicators![0]!)]), 'announced_with_content', 'fiches[7].status'],
    ['active fiche without actions', (p) => (p.fiches[fiche32]!.actions = []), 'active_without_action', `fiches[${fiche32}].actions`],
  ])('%s', (_name, breakage, code, path) => {
    const issues = issuesOf(broken(breakage));
    expect(issues.map((i) => [i.code, formatPath(i.path)])).toContainEqual([code, path]);
    for (const issue of issues) expect(describePlanIssue(issue)).toMatch(/[a-zé]/);
  });

  it('collects every issue instead of stopping at the first', () => {
    const issues = issuesOf(
      broken((p) => {
        p.fiches[0]!.indicators![0]!.periods = ['2031'];
        p.fiches[0]!.indicators![1]!.bounds = { min: 5, max: 0 };
        p.rules![0]!.right = '#{inconnu}';
      }),
    );
    expect(issues.map((i) => i.code).sort()).toEqual(['bounds_inverted', 'rule_unknown_indicator', 'unknown_period']);
  });

  it.each(['fr', 'en'] as const)('renders every issue code in %s, each with its own words', (lang) => {
    const codes: CrossCheckCode[] = [
      'duplicate', 'unknown_period', 'unknown_list', 'list_required', 'list_unexpected', 'bounds_inverted',
      'target_period', 'unknown_territory', 'unknown_commune', 'rule_syntax', 'rule_unknown_indicator',
      'rule_breakdown_mismatch', 'announced_with_content', 'active_without_action', 'rule_unknown_member', 'unknown_respondent', 'attribute_unheld',
    ];
    const params = { value: 'VALEUR', what: 'QUOI', indicator: 'IND', min: 9, max: 1, position: 0, why: 'empty', rule: 'REGLE', fiche: 'FICHE', kind: 'KIND', attribute: 'ATTR' };
    const texts = codes.map((code) => renderPlanIssue({ code, path: firstIndicator, params }, lang));
    expect(new Set(texts).size).toBe(codes.length);
    for (const text of texts) expect(text).not.toMatch(/undefined/);
  });
});
