/**
 * Every indicator or evaluation-criterion line of the convention is in the default plan, matched by
 * its wording (none merged away), and every indicator of the plan comes from such a line (none
 * invented). A line the convention repeats under two actions is measured under both.
 */
import { defaultPlan, indicatorSites } from '../../src/plan';
import { withoutFollowUp } from '../../src/plan/followUpPlan';
import { conventionIndicatorLines } from '../support/conventionIndicators';

// The convention's own indicators: the follow-up the plan derives from the actions is tested apart.
const plan = withoutFollowUp(defaultPlan());
const sites = indicatorSites(plan);
const lines = conventionIndicatorLines();

/** A site's container: « 2.2.a1 » for an action, « 2.2 » for the fiche-level criteria. */
const containerOf = (site: (typeof sites)[number]) => site.action?.code ?? site.fiche.number;

describe('the convention text is read as expected', () => {
  it('finds the indicator lines of every fiche that has some', () => {
    const fiches = [...new Set(lines.map((l) => l.fiche))];
    expect(fiches).toEqual(['1.1', '2.1', '2.2', '3.1', '3.2', '3.3', '4.1', '6.1']);
    // 4 + 4 + 7 + 9 + 9 + 5 + 4 + 4 lines, counted by hand in Annexe 3.
    expect(lines).toHaveLength(46);
  });
});

describe('every convention line is in the plan', () => {
  it.each(lines.map((l) => [`FA ${l.fiche} l.${l.line}: ${l.text}`, l] as const))('%s', (_name, line) => {
    const matches = sites.filter((s) => s.fiche.number === line.fiche && s.indicator.source === line.text);
    expect(matches.length).toBeGreaterThan(0);
    // Where the convention lists the line under a numbered action, the plan puts it under that action
    // (or, for criteria listed after all actions, at fiche level).
    const containers = new Set(matches.map(containerOf));
    const occurrences = lines.filter((l) => l.fiche === line.fiche && l.text === line.text).length;
    expect(containers.size).toBeGreaterThanOrEqual(occurrences);
  });
});

describe('no indicator is invented', () => {
  it.each(sites.map((s) => [s.indicator.code, s] as const))('%s comes from a line of its fiche', (_code, site) => {
    const texts = lines.filter((l) => l.fiche === site.fiche.number).map((l) => l.text);
    expect(texts).toContain(site.indicator.source);
  });
});

describe('bundled lines are split, keeping the convention wording as source', () => {
  it.each([
    ['Le nombre de rencontres, le nombre de participants, la diversité des structures', 3],
    ["Le nombre de projets soutenus et le nombre de places créées par type d'accueil (EAJE, MAM....)", 2],
    ["Le nombre de projets soutenus et le nombre de places créées par type d'accueil", 2],
    ["Le nombre d'enfants et de familles bénéficiaires de ces accueils atypiques", 2],
    ['Nombre de questionnaires de pré diagnostic envoyés, résultats.', 2],
  ] as const)('« %s » → %i indicators', (source, count) => {
    expect(sites.filter((s) => s.indicator.source === source)).toHaveLength(count);
  });

  it('models « VAE (en cours, réussies ou arrêtées) » as a breakdown by status', () => {
    const vae = sites.find((s) => s.indicator.code === '3.1.a3.vae');
    expect(vae?.indicator.breakdown).toEqual(['statut_vae']);
    const statuses = plan.lists.find((l) => l.id === 'statut_vae')?.options.map((o) => o.label);
    expect(statuses).toEqual(['En cours', 'Réussie', 'Arrêtée']);
  });
});

describe('the action plan', () => {
  it('has the fiches of the convention in order, theme 5 announced without indicators', () => {
    expect(plan.fiches.map((f) => [f.number, f.status])).toEqual([
      ['1.1', 'active'], ['2.1', 'active'], ['2.2', 'active'], ['3.1', 'active'], ['3.2', 'active'],
      ['3.3', 'active'], ['4.1', 'active'], ['5', 'announced'], ['6.1', 'active'],
    ]);
    const fiche5 = plan.fiches.find((f) => f.number === '5');
    expect(fiche5?.actions).toEqual([]);
    expect(fiche5?.indicators).toEqual([]);
  });

  it.each([
    ['1.1', 2], ['2.1', 2], ['2.2', 3], ['3.1', 3], ['3.2', 2], ['3.3', 2], ['4.1', 4], ['6.1', 3],
  ] as const)('fiche %s has its %i numbered actions', (number, count) => {
    const fiche = plan.fiches.find((f) => f.number === number);
    expect(fiche?.actions.map((a) => a.number)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
  });

  it.each([
    ['2.2.a3', 'dès 2023', '2023'],
    ['3.2.a2', 'en 2024', '2024'],
    ['6.1.a1', 'dès 2022 et selon les calendriers de mise en œuvre', '2022'],
  ] as const)('action %s starts « %s » (period %s)', (code, start, period) => {
    const action = plan.fiches.flatMap((f) => f.actions).find((a) => a.code === code);
    expect(action?.start).toBe(start);
    expect(action?.startPeriod).toBe(period);
  });

  it('never asks for an indicator before its action starts', () => {
    for (const site of sites) {
      const start = site.action?.startPeriod;
      if (start !== undefined) expect(site.indicator.periods.every((p) => p >= start)).toBe(true);
    }
  });
});
