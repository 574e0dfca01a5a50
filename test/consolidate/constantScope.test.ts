/**
 * « … et son évolution » (fiche 3.1: « Nombre de jours "arrêts de travail" et son évolution par
 * employeur »): an evolution compares the same respondents (« à périmètre constant »), the raw
 * figures stay beside it with the respondents behind each, and a figure that includes a value
 * flagged by the checks says so.
 */
import { consolidate, marksOf, type ConsolidatedCell, type Consolidation } from '../../src/consolidate';
import { now, returnOf, smallPlan } from './fixtures';

const plan = smallPlan();
const cell = (c: Consolidation, code: string, period: string, member = ''): ConsolidatedCell =>
  c.indicators.find((i) => i.code === code)!.cells.find((x) => x.period === period && x.member === member)!;

// Aiglun and the EPCI answer both years; Bévons answers 2023 only, then falls silent.
const aiglun = { 2023: 10, 2024: 12 };
const epci = { 2023: 20, 2024: 30 };
const bevons2023 = 70;
const c = consolidate(
  plan,
  [
    returnOf(plan, '04001', { 't.sum|2023|': aiglun[2023], 't.sum|2024|': aiglun[2024], 't.places|2023|eaje': 4, 't.places|2024|eaje': 5, 't.places|2024|mam': 1 }, {
      findings: [{ code: 'implausible_change', key: 't.sum|2024|' }],
    }),
    returnOf(plan, '04002', { 't.sum|2023|': bevons2023, 't.places|2023|eaje': 9, 't.places|2023|mam': 3 }),
    returnOf(plan, 'epci1', { 't.sum|2023|': epci[2023], 't.sum|2024|': epci[2024] }),
  ],
  { now },
);

describe('l’évolution à périmètre constant', () => {
  const e = cell(c, 't.sum', '2024').evolution!;

  it('is computed on the respondents who answered both periods, with the raw change beside it', () => {
    const before = aiglun[2023] + epci[2023];
    const after = aiglun[2024] + epci[2024];
    expect(e.constant).toEqual({ previous: before, current: after, absolute: after - before, percent: (after - before) / before });
    const rawBefore = before + bevons2023;
    expect({ previous: e.previous, percent: e.percent }).toEqual({ previous: rawBefore, percent: (after - rawBefore) / rawBefore });
  });

  it('says how many respondents are behind each figure, and that the scope changed', () => {
    expect(e.respondents).toEqual({ previous: 3, current: 2, both: 2 });
    expect(e.scope).toBe('changed');
    expect(cell(c, 't.sum', '2023').basis.respondents).toHaveLength(3);
  });

  it('applies the same formation to the members’ total: respondents present both years, all their members', () => {
    const total = cell(c, 't.places', '2024', 'total').evolution!;
    // Only Aiglun answered both years: 4 (2023) → 5 + 1 (2024).
    expect(total.constant).toMatchObject({ previous: 4, current: 6 });
    expect(total.respondents).toEqual({ previous: 2, current: 1, both: 1 });
  });

  it.each<[string, string, string, string[]]>([
    ['a figure with a flagged value and a changed scope', 't.sum', '2024', ['scope_changed', 'flagged']],
    ['a figure of the same respondents, nothing flagged', 't.sum', '2025', []],
    ['the first period: nothing to compare', 't.sum', '2023', []],
  ])('marks %s', (_name, code, period, kinds) => {
    expect(marksOf(cell(c, code, period)).map((m) => m.kind)).toEqual(kinds);
  });

  it('names the flagged value: whose, and how serious', () => {
    expect(cell(c, 't.sum', '2024').basis.flagged).toEqual([{ respondent: '04001', severity: 'warning' }]);
  });
});
