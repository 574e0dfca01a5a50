/**
 * The default plan's rules on real returns, one case per passage of the convention they enforce,
 * worded as the convention words it. Each case alters a correctly filled return so that only the
 * rule under test can speak; anything else reported fails the case (see corpus.ts).
 */
import { buildCollectionWorkbook } from '../../src/collect';
import { renderFinding } from '../../src/i18n';
import { renderSpec } from '../../src/xlsx/renderSpec';
import type { Case } from './corpus';
import { expectFindings, runCase } from './corpus';
import { inputOf, load, now, plan, respondent, rowOf, save, validate, validValue, type Generated } from './support';

type At = (code: string, period: string, member?: string) => { value: unknown };

const types = ['eaje', 'mam', 'autre'] as const;

/** Sets every member of a broken-down indicator, per period: `{ 2024: { eaje: 1 } }`, others 0. */
function setMembers(at: At, code: string, byPeriod: Record<string, Partial<Record<(typeof types)[number], number>>>): void {
  for (const [period, values] of Object.entries(byPeriod)) {
    for (const member of types) at(code, period, member).value = values[member] ?? 0;
  }
}

/** The total row under a broken-down indicator's members, in `period`'s column. */
function totalCell(g: Generated, code: string, period: string): string {
  const last = inputOf(g, code, period, types[types.length - 1]).cell;
  return `${/^[A-Z]+/.exec(last)![0]}${rowOf(last) + 1}`;
}

const FA32 = 'FA 3.2 - Accueil 0-3 ans';

const cases: Case[] = [
  {
    name: 'FA 3.2 action 2 « En 2024, lancement d’un appel à projets »: 3 réponses en 2024, 0 en 2025, 2 projets soutenus en 2025 — no finding',
    alter: (_w, at) => {
      at('3.2.a2.reponses_aap', '2024').value = 3;
      at('3.2.a2.reponses_aap', '2025').value = 0;
      setMembers(at, '3.2.a2.projets_soutenus', { 2024: {}, 2025: { eaje: 2 } });
      setMembers(at, '3.2.a2.places_creees', { 2024: {}, 2025: { eaje: 4 } });
    },
    expect: [],
    status: 'ok',
  },
  {
    name: 'FA 3.2 action 2: more projects supported to date (1 + 1) than responses to date (1 + 0) — an error on 2025, with the sums to date',
    alter: (_w, at) => {
      at('3.2.a2.reponses_aap', '2024').value = 1;
      at('3.2.a2.reponses_aap', '2025').value = 0;
      setMembers(at, '3.2.a2.projets_soutenus', { 2024: { eaje: 1 }, 2025: { eaje: 1 } });
      setMembers(at, '3.2.a2.places_creees', { 2024: { eaje: 2 }, 2025: { eaje: 2 } });
    },
    expect: (g) => [{ code: 'rule_failed', severity: 'error', sheet: FA32, cell: totalCell(g, '3.2.a2.projets_soutenus', '2025') }],
    then: (r) => {
      expect(r.findings[0]!.params).toMatchObject({ rule: 'fa32.projets-soutenus-inf-reponses-aap', left: 2, right: 1 });
      // The message cites the passage the rule enforces.
      expect(renderFinding(r.findings[0]!)).toContain("(Convention, fiche 3.2, action 2 : « En 2024, lancement d'un appel à projets");
    },
  },
  {
    name: 'FA 3.2 action 1 « le nombre de places créées par type d’accueil (EAJE, MAM....) »: 3 places de MAM en 2024, aucun projet de MAM soutenu — a warning on MAM',
    alter: (_w, at) => {
      setMembers(at, '3.2.a1.projets_soutenus', { 2023: { eaje: 2, autre: 2 }, 2024: { eaje: 2, autre: 2 }, 2025: { eaje: 2, autre: 2 } });
      for (const [period, places] of [['2023', 0], ['2024', 3], ['2025', 0]] as const) at('3.2.a1.places_creees', period, 'mam').value = places;
    },
    expect: [{ code: 'rule_failed', severity: 'warning', at: ['3.2.a1.projets_soutenus', '2024', 'mam'] }],
    then: (r) => expect(r.findings[0]!.params).toMatchObject({ rule: 'fa32.places-sans-projet-soutenu.3.2.a1' }),
    status: 'warnings',
  },
  {
    name: 'FA 3.2 action 1: places de MAM créées en 2025 par un projet soutenu en 2024 — no finding',
    alter: (_w, at) => {
      setMembers(at, '3.2.a1.projets_soutenus', { 2023: { eaje: 2, autre: 2 }, 2024: { eaje: 2, mam: 1, autre: 2 }, 2025: { eaje: 2, autre: 2 } });
      for (const [period, places] of [['2023', 0], ['2024', 0], ['2025', 3]] as const) at('3.2.a1.places_creees', period, 'mam').value = places;
    },
    expect: [],
    status: 'ok',
  },
  {
    name: 'FA 3.1 action 2 « Printemps 2024 : Identifier des « Ambassadeurs » »: 2 ambassadeurs identifiés en 2024, aucun nouveau en 2025, 3 interventions en 2025 — no finding',
    alter: (_w, at) => {
      at('3.1.a2.ambassadeurs', '2024').value = 2;
      at('3.1.a2.ambassadeurs', '2025').value = 0;
      at('3.1.a2.interventions_ambassadeurs', '2025').value = 3;
    },
    expect: [],
    status: 'ok',
  },
  {
    name: 'FA 6.1 « Nombre d’accompagnement social pour les impayés locatifs » (6) above « allocataires en situation d’impayés » (4) — a warning, though impayés + mal logement (9) is more',
    who: 'caf',
    alter: (_w, at) => {
      at('6.1.accompagnements_impayes', '2024').value = 6;
      at('6.1.allocataires_impayes', '2024').value = 4;
    },
    expect: [{ code: 'rule_failed', severity: 'warning', at: ['6.1.accompagnements_impayes', '2024'] }],
    then: (r) => expect(r.findings[0]!.params).toMatchObject({ rule: 'fa61.accompagnements-inf-allocataires-impayes', left: 6, right: 4 }),
    status: 'warnings',
  },
  {
    name: 'FA 6.1 « Nombre de questionnaires de pré diagnostic envoyés, résultats. »: résultats en 2023 sans questionnaire envoyé — an error; résultats en 2025 de questionnaires envoyés en 2024 — none',
    who: 'caf',
    alter: (_w, at) => {
      at('6.1.questionnaires_resultats', '2022').value = null;
      for (const [period, sent] of [['2022', 0], ['2023', 0], ['2024', 3], ['2025', 0]] as const) at('6.1.questionnaires_envoyes', period).value = sent;
    },
    expect: [{ code: 'rule_failed', severity: 'error', at: ['6.1.questionnaires_envoyes', '2023'] }],
    then: (r) => expect(r.findings[0]!.params).toMatchObject({ rule: 'fa61.resultats-sans-questionnaire', left: 0, right: 1 }),
    status: 'errors',
  },
];

describe('the convention’s rules on real returns', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const { result, generated } = await runCase(c);
    expectFindings(result, c, generated);
    await c.then?.(result, generated);
  });
});

describe('sums to date need every earlier period', () => {
  it('a workbook generated for 2025 alone: 2 projects supported, 0 responses in 2025 — the 2024 call is unknown here, so no finding', async () => {
    const epci = respondent(plan, 'epci');
    const { spec, inputs } = buildCollectionWorkbook(plan, epci, { now, periods: ['2025'] });
    const workbook = await load(await renderSpec(spec));
    const cellOf = (code: string, member = '') => {
      const input = inputs.find((c) => c.code === code && c.member === member && c.type !== 'comment')!;
      return workbook.getWorksheet(input.sheet)!.getCell(input.cell);
    };
    for (const input of inputs) if (input.type !== 'comment') workbook.getWorksheet(input.sheet)!.getCell(input.cell).value = validValue(plan, input);
    cellOf('3.2.a2.reponses_aap').value = 0;
    for (const member of types) cellOf('3.2.a2.projets_soutenus', member).value = member === 'eaje' ? 2 : 0;
    const result = await validate(plan, 'retour-2025.xlsx', await save(workbook));
    expect(result.findings.filter((f) => f.code === 'rule_failed').map((f) => f.params.rule)).toEqual([]);
    expect(result.submission?.entries.some((e) => e.code === '3.2.a2.projets_soutenus' && e.period === '2025' && e.value === 2)).toBe(true);
  });
});
