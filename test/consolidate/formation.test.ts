/**
 * Each territory figure is formed as the plan declares, and says from whom: one authoritative
 * source is never added to the others' figures (they stay as detail); distinct contributions add
 * up; a figure asked once is shown identical wherever the plan shows it.
 */
import { consolidate, type ConsolidatedCell, type Consolidation } from '../../src/consolidate';
import { describeFigure } from '../../src/i18n/formation';
import { parsePlan, type PlanInput } from '../../src/plan';
import { now, returnOf, smallPlanInput } from './fixtures';

/** The small plan, with a count the EPCI and the Caf both report (the Caf's counts) and its figure shown in another fiche. */
function planWithSources() {
  const input = structuredClone<PlanInput>(smallPlanInput);
  const base = { label: 'Réunions', source: 'Nombre de réunions', type: 'integer' as const, periods: ['2023', '2024', '2025'] };
  input.fiches[1]!.indicators = [
    ...(input.fiches[1]!.indicators ?? []),
    { ...base, code: 't.reunions', reporters: ['epci', 'caf'], formation: { kind: 'authority', source: 'caf' }, trackEvolution: true },
  ];
  input.fiches[0]!.indicators = [{ ...base, code: 't.reunions_vues', reporters: ['caf'], periods: ['2024', '2025'], formation: { kind: 'sameAs', indicator: 't.reunions' } }];
  const result = parsePlan(input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.plan;
}

const plan = planWithSources();
const c: Consolidation = consolidate(
  plan,
  [
    returnOf(plan, 'caf', { 't.reunions|2023|': 4, 't.reunions|2024|': 6 }),
    returnOf(plan, 'epci1', { 't.reunions|2023|': 5, 't.reunions|2024|': 7, 't.reunions|2025|': 3, 't.sum|2024|': 10 }),
    returnOf(plan, '04001', { 't.sum|2024|': 6 }),
    returnOf(plan, '04002', { 't.sum|2024|': 2 }),
  ],
  { now },
);
const cell = (code: string, period: string, member = ''): ConsolidatedCell => c.indicators.find((i) => i.code === code)!.cells.find((x) => x.period === period && x.member === member)!;
const words = (code: string, period: string) => {
  const indicator = c.indicators.find((i) => i.code === code)!;
  return describeFigure({ formation: indicator.formation, applied: indicator.applied, formedFrom: cell(code, period).formedFrom });
};

describe('an authoritative source', () => {
  it.each<[string, string, number | null, number, string]>([
    ['the Caf’s count, the EPCI’s not added', '2024', 6, 1, 'chiffre de la Caf (source qui fait foi)'],
    ['no figure while the Caf has not answered, whatever the EPCI says', '2025', null, 0, 'chiffre de la Caf attendu : pas encore de réponse'],
  ])('%s (%s)', (_name, period, total, respondents, said) => {
    expect(cell('t.reunions', period).total).toBe(total);
    expect(cell('t.reunions', period).formedFrom.respondents).toBe(respondents);
    expect(words('t.reunions', period)).toBe(said);
  });

  it('keeps the others’ figures as detail', () => {
    expect(cell('t.reunions', '2024').values.map((v) => [v.respondent, v.value])).toEqual([
      ['caf', 6],
      ['epci1', 7],
    ]);
  });

  it('follows the evolution of the source alone', () => {
    expect(cell('t.reunions', '2024').evolution).toMatchObject({ previous: 4, absolute: 2 });
  });
});

describe('distinct contributions', () => {
  it('add up, and say who they come from', () => {
    expect(cell('t.sum', '2024').total).toBe(18);
    expect(cell('t.sum', '2024').formedFrom).toEqual({ respondents: 3, kinds: { epci: 1, commune: 2 } });
    expect(words('t.sum', '2024')).toBe('somme des contributions distinctes de l’EPCI et de 2 communes');
  });
});

describe('a figure asked once and shown twice', () => {
  it.each(['2024', '2025'])('is in %s the figure of the indicator asked', (period) => {
    expect(cell('t.reunions_vues', period)).toMatchObject({ applicable: true, total: cell('t.reunions', period).total, formedFrom: cell('t.reunions', period).formedFrom });
  });

  it('only for its own periods, and says where it comes from', () => {
    expect(cell('t.reunions_vues', '2023')).toMatchObject({ applicable: false });
    expect(words('t.reunions_vues', '2024')).toBe('chiffre de la Caf (source qui fait foi), repris de t.reunions (demandé une seule fois)');
  });

  it('is not asked: nobody misses it in the completeness', () => {
    expect(c.completeness.outstanding.flatMap((o) => o.indicators)).not.toContain('t.reunions_vues');
  });
});
