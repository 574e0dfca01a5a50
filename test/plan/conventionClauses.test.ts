/**
 * The default plan read against the convention's text, clause by clause: where each indicator's
 * line stands (fiche, action, heading), the passage each rule enforces (quoted verbatim), and the
 * years each indicator is asked (a start date only where the text gives one). The text is read
 * by test/support/conventionIndicators.ts, independently of the plan code.
 */
import { readFileSync } from 'node:fs';
import { buildCollectionWorkbook, respondentsOf } from '../../src/collect';
import { defaultPlan, indicatorSites } from '../../src/plan';
import { withoutFollowUp } from '../../src/plan/followUpPlan';
import { parseExpression, referencedCodes } from '../../src/rules';
import { conventionIndicatorLines, conventionPath } from '../support/conventionIndicators';

// The convention's own indicators: the follow-up the plan derives from the actions is tested apart.
const plan = withoutFollowUp(defaultPlan());
const sites = indicatorSites(plan);
const lines = conventionIndicatorLines();
/** The text with its runs of spaces made single, as a quotation is compared. */
const text = readFileSync(conventionPath, 'utf8').replace(/\s+/g, ' ');
const allYears = plan.periods.map((p) => p.id);

describe('every indicator records the clause its line comes from', () => {
  it.each(sites.map((s) => [s.indicator.code, s] as const))('%s', (_code, site) => {
    const clause = site.indicator.clause;
    expect(clause).toBeDefined();
    expect(clause!.fiche).toBe(site.fiche.number);
    // The clause says where the plan puts the indicator: under its action, or the fiche's own list.
    expect(clause!.action).toBe(site.action?.number);
    // … and the convention lists the indicator's line under that heading, after that action (a
    // fiche-level list follows the last of the fiche's actions).
    const lastAction = Math.max(...site.fiche.actions.map((a) => a.number));
    const listed = lines.filter(
      (l) => l.fiche === clause!.fiche && l.text === site.indicator.source && l.heading === clause!.part && l.action === (clause!.action ?? lastAction),
    );
    expect(listed.length).toBeGreaterThan(0);
  });
});

describe('every rule names the passage it enforces, quoted verbatim', () => {
  it.each(plan.rules.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
    const clause = rule.clause;
    expect(clause).toBeDefined();
    const fiche = plan.fiches.find((f) => f.number === clause!.fiche);
    expect(fiche).toBeDefined();
    if (clause!.action !== undefined) expect(fiche!.actions.map((a) => a.number)).toContain(clause!.action);
    for (const piece of clause!.quote.split(' […] ')) expect(text).toContain(piece.replace(/\s+/g, ' '));
    // The rule checks indicators of the fiche it quotes.
    const read = [rule.left, rule.right].flatMap((side) => {
      const parsed = parseExpression(side);
      return parsed.ok ? referencedCodes(parsed.value) : [];
    });
    const ficheCodes = new Set(sites.filter((s) => s.fiche.number === clause!.fiche).map((s) => s.indicator.code));
    expect(read.some((code) => ficheCodes.has(code))).toBe(true);
  });
});

describe('start dates only where the text gives them', () => {
  it.each([
    ['3.3.a2.rencontres_partenaires', '« les territoires pourront proposer un projet éducatif de territoire » (no date)', allYears],
    ['3.3.a2.projets_educatifs', '« les territoires pourront proposer un projet éducatif de territoire » (no date)', allYears],
    ['4.1.reunions', '« poursuivre le travail engagé sur les différents territoires » (actions 2 to 4, no date)', allYears],
    ['4.1.referents_proximite', '« poursuivre le travail engagé sur les différents territoires »', allYears],
    ['4.1.actions_collectives', '« poursuivre le travail engagé sur les différents territoires »', allYears],
    ['4.1.communications', '« poursuivre le travail engagé sur les différents territoires »', allYears],
    ['1.1.etp_charge_cooperation', '« Étudier la possibilité de créer une fonction de chargé de coopération CTG » (no date)', allYears],
    ['1.1.reunions_groupe_travail', '« un groupe de travail se réunira en 2023 »', ['2023', '2024', '2025']],
    ['3.3.a1.projets_ps_jeunes', '« Dès 2023 : accompagner les projets PS jeunes »', ['2023', '2024', '2025']],
    ['3.2.a2.reponses_aap', '« En 2024, lancement d’un appel à projets »', ['2024', '2025']],
    ['3.1.a2.participants_forum', '« Printemps 2024 : Organiser un forum des métiers »', ['2024', '2025']],
    ['6.1.reunions_partenariales', '« Dès 2022 et selon les calendriers de mise en œuvre »', allYears],
  ] as const)('%s: %s', (code, _words, years) => {
    expect(sites.find((s) => s.indicator.code === code)?.indicator.periods).toEqual(years);
  });

  it('an action the text gives no date is measured every year of the convention', () => {
    const undated = sites.filter((s) => s.action !== undefined && s.action.start === '');
    expect(undated.map((s) => s.indicator.code)).toContain('3.3.a2.projets_educatifs');
    for (const site of undated) expect(site.indicator.periods).toEqual(allYears);
  });

  it('the collection workbook lets the EPCI fill 3.3 action 2 and 4.1 in 2022 (no longer greyed out)', () => {
    const epci = respondentsOf(plan).find((r) => r.kind === 'epci')!;
    const { inputs } = buildCollectionWorkbook(plan, epci, { now: '2026-11-29T10:00:00.000Z' });
    const in2022 = new Set(inputs.filter((i) => i.period === '2022').map((i) => i.code));
    for (const code of ['3.3.a2.projets_educatifs', '3.3.a2.rencontres_partenaires', '4.1.reunions', '4.1.communications']) {
      expect(in2022.has(code)).toBe(true);
    }
  });
});
