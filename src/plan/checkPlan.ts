/**
 * Checks that span several parts of a plan, run after the schema accepted its shape. Like zod's
 * own checks, they collect every issue: an adviser fixing a plan sees all its problems at once.
 */
import { isGovernanceFiche } from './governance';
import { checkRuleSyntax, parseCondition, parseExpression, referencedReads, type Reference } from '../rules';
import { checkFormation } from './checkFormation';
import type { CrossCheckCode, CrossCheckParams, DuplicateKind, PlanIssue, PlanPath } from './issues';
import type { Plan, Rule } from './schema';
import { parseSelector, type SelectableRespondent } from './selection';
import { indicatorSites, type IndicatorSite } from './walk';

type Report = (code: CrossCheckCode, path: PlanPath, params?: CrossCheckParams) => void;

export function checkPlan(plan: Plan): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const report: Report = (code, path, params = {}) => issues.push({ code, path, params });
  const sites = indicatorSites(plan);

  checkUnique(report, plan.periods.map((p, i) => [p.id, ['periods', i, 'id']]), 'period');
  checkUnique(report, plan.parties.map((p, i) => [p.code, ['parties', i, 'code']]), 'party');
  checkUnique(report, plan.territory.communes.map((c, i) => [c.insee, ['territory', 'communes', i, 'insee']]), 'commune');
  checkUnique(report, plan.territory.territories.map((t, i) => [t.code, ['territory', 'territories', i, 'code']]), 'territory');
  checkUnique(report, plan.fiches.map((f, i) => [f.number, ['fiches', i, 'number']]), 'fiche');
  checkUnique(
    report,
    plan.fiches.flatMap((f, i) => f.actions.map((a, j) => [a.code, ['fiches', i, 'actions', j, 'code']] as const)),
    'action',
  );
  checkUnique(report, sites.map((s) => [s.indicator.code, [...s.path, 'code']]), 'indicator');
  checkUnique(report, plan.lists.map((l, i) => [l.id, ['lists', i, 'id']]), 'list');
  checkUnique(report, plan.rules.map((r, i) => [r.id, ['rules', i, 'id']]), 'rule');

  checkTerritory(plan, report);
  checkFiches(plan, report);
  const respondents = selectableRespondents(plan);
  const byCode = new Map(sites.map((s) => [s.indicator.code, s]));
  for (const site of sites) {
    checkIndicator(plan, site, report);
    checkReporters(respondents, site, report);
    checkFormation(plan, site, byCode, report);
  }
  const listOptions = new Map(plan.lists.map((l) => [l.id, l.options.map((o) => o.code)]));
  plan.rules.forEach((rule, i) => checkRule(rule, ['rules', i], byCode, listOptions, report));
  return issues;
}

/** `what`: the kind of thing whose code is duplicated, a code worded by src/i18n/planIssues.ts. */
function checkUnique(report: Report, entries: ReadonlyArray<readonly [string, PlanPath]>, what: DuplicateKind): void {
  const seen = new Set<string>();
  for (const [value, path] of entries) {
    if (seen.has(value)) report('duplicate', path, { what, value });
    seen.add(value);
  }
}

function checkTerritory(plan: Plan, report: Report): void {
  const territories = new Set(plan.territory.territories.map((t) => t.code));
  const communes = new Set(plan.territory.communes.map((c) => c.insee));
  plan.territory.communes.forEach((commune, i) => {
    if (commune.territory !== undefined && !territories.has(commune.territory)) {
      report('unknown_territory', ['territory', 'communes', i, 'territory'], { value: commune.territory });
    }
  });
  const respondents = new Set(selectableRespondents(plan).map((r) => r.code));
  plan.territory.facilities.forEach((facility, i) => {
    if (!communes.has(facility.commune)) {
      report('unknown_commune', ['territory', 'facilities', i, 'commune'], { value: facility.commune });
    }
    if (facility.manager !== undefined && !respondents.has(facility.manager)) {
      report('unknown_respondent', ['territory', 'facilities', i, 'manager'], { value: facility.manager });
    }
    if (facility.holder !== undefined && !respondents.has(facility.holder)) {
      report('unknown_respondent', ['territory', 'facilities', i, 'holder'], { value: facility.holder });
    }
  });
}

/** The parties and the communes, as the reporters' selectors see them. */
function selectableRespondents(plan: Plan): SelectableRespondent[] {
  return [
    ...plan.parties.map((p) => ({ code: p.code, kind: p.kind, attributes: p.attributes })),
    ...plan.territory.communes.map((c) => ({ code: c.insee, kind: 'commune' as const, attributes: c.attributes })),
  ];
}

/** A named respondent must exist, and an attribute must be held by someone of that kind. */
function checkReporters(respondents: readonly SelectableRespondent[], { indicator, path }: IndicatorSite, report: Report): void {
  indicator.reporters.forEach((text, i) => {
    const selector = parseSelector(text);
    if (selector?.by === 'member' && !respondents.some((r) => r.code === selector.code)) {
      report('unknown_respondent', [...path, 'reporters', i], { value: selector.code });
    }
    if (selector?.by === 'attribute' && !respondents.some((r) => r.kind === selector.kind && r.attributes.includes(selector.attribute))) {
      report('attribute_unheld', [...path, 'reporters', i], { kind: selector.kind, attribute: selector.attribute });
    }
  });
}

function checkFiches(plan: Plan, report: Report): void {
  plan.fiches.forEach((fiche, i) => {
    const hasIndicators = fiche.indicators.length > 0 || fiche.actions.some((a) => a.indicators.length > 0);
    if (fiche.status === 'announced' && hasIndicators) {
      report('announced_with_content', ['fiches', i, 'status'], { fiche: fiche.number });
    }
    if (fiche.status === 'active' && fiche.actions.length === 0 && !isGovernanceFiche(fiche)) {
      report('active_without_action', ['fiches', i, 'actions'], { fiche: fiche.number });
    }
    fiche.actions.forEach((action, j) => {
      if (action.startPeriod !== undefined && !plan.periods.some((p) => p.id === action.startPeriod)) {
        report('unknown_period', ['fiches', i, 'actions', j, 'startPeriod'], { value: action.startPeriod });
      }
    });
  });
}

function checkIndicator(plan: Plan, { indicator, path }: IndicatorSite, report: Report): void {
  const periods = new Set(plan.periods.map((p) => p.id));
  const lists = new Set(plan.lists.map((l) => l.id));
  indicator.periods.forEach((period, i) => {
    if (!periods.has(period)) report('unknown_period', [...path, 'periods', i], { value: period });
  });
  indicator.breakdown.forEach((list, i) => {
    if (!lists.has(list)) report('unknown_list', [...path, 'breakdown', i], { value: list });
  });
  if (indicator.type === 'choice' && indicator.list === undefined) {
    report('list_required', [...path, 'list'], { indicator: indicator.code });
  }
  if (indicator.list !== undefined) {
    if (indicator.type !== 'choice') report('list_unexpected', [...path, 'list'], { indicator: indicator.code });
    else if (!lists.has(indicator.list)) report('unknown_list', [...path, 'list'], { value: indicator.list });
  }
  const { min, max } = indicator.bounds ?? {};
  if (min !== undefined && max !== undefined && min > max) {
    report('bounds_inverted', [...path, 'bounds'], { min, max });
  }
  for (const period of Object.keys(indicator.targets ?? {})) {
    if (!indicator.periods.includes(period)) report('target_period', [...path, 'targets', period], { value: period });
  }
}

function checkRule(
  rule: Rule,
  path: PlanPath,
  byCode: Map<string, IndicatorSite>,
  lists: Map<string, string[]>,
  report: Report,
): void {
  const syntaxErrors = checkRuleSyntax(rule);
  for (const { side, error } of syntaxErrors) {
    report('rule_syntax', [...path, side], { position: error.position, ...error.detail });
  }
  if (syntaxErrors.length > 0) return;
  const sides = { left: parseExpression(rule.left), right: parseExpression(rule.right) };
  const readsBySide: Array<[string, Reference[]]> = [];
  for (const [side, parsed] of Object.entries(sides)) {
    if (parsed.ok) readsBySide.push([side, referencedReads(parsed.value)]);
  }
  if (rule.when !== undefined) {
    const when = parseCondition(rule.when);
    if (when.ok) readsBySide.push(['when', [...referencedReads(when.value.left), ...referencedReads(when.value.right)]]);
  }
  for (const [side, reads] of readsBySide) {
    for (const code of new Set(reads.map((r) => r.code))) {
      const site = byCode.get(code);
      if (site === undefined) report('rule_unknown_indicator', [...path, side], { value: code });
      // Shown from another indicator, never asked: a rule on it would never have a value to check.
      else if (site.indicator.formation.kind === 'sameAs') report('rule_not_collected', [...path, side], { value: code, target: site.indicator.formation.indicator });
    }
    // `#{code:member}` names a member of one of the indicator's breakdown lists.
    for (const { code, member } of reads) {
      const indicator = byCode.get(code)?.indicator;
      if (member === null || indicator === undefined) continue;
      const known = indicator.breakdown.some((list) => lists.get(list)?.includes(member) === true);
      if (!known) report('rule_unknown_member', [...path, side], { value: member, indicator: code });
    }
  }
  // A rule applied « once per breakdown member » needs indicators broken down the same way
  // (a reference that names its member is pinned to it, whatever the scope).
  if (rule.scope === 'member') {
    const breakdowns = new Set(
      readsBySide
        .flatMap(([, reads]) => reads)
        .filter((read) => read.member === null)
        .map((read) => byCode.get(read.code)?.indicator.breakdown.join('×'))
        .filter((b): b is string => b !== undefined),
    );
    if (breakdowns.size > 1 || breakdowns.has('')) {
      report('rule_breakdown_mismatch', [...path, 'scope'], { rule: rule.id });
    }
  }
}
