/** « … et son évolution »: absolute and percentage change, undefined where it would mislead. */
import { checkTarget, evolution } from '../../src/consolidate';

describe('evolution', () => {
  it.each<[string, string | null, number | null, number | null, number | null, number | null]>([
    ['a rise', '2023', 100, 125, 25, 0.25],
    ['a fall', '2023', 80, 60, -20, -0.25],
    ['no change', '2023', 7, 7, 0, 0],
    ['from zero: the change, but no percentage', '2023', 0, 12, 12, null],
    ['previous value missing', '2023', null, 12, null, null],
    ['current value missing', '2023', 12, null, null, null],
    ['first period: nothing to compare with', null, null, 12, null, null],
    ['down to zero: -100 %', '2023', 40, 0, -40, -1],
  ])('%s', (_name, previousPeriod, previous, current, absolute, percent) => {
    expect(evolution(previousPeriod, previous, current)).toEqual({ previousPeriod, previous: previousPeriod === null ? null : previous, absolute, percent });
  });

  it('compares numbers only (a text answer has no evolution)', () => {
    expect(evolution('2023', 'texte', 3)).toMatchObject({ absolute: null, percent: null });
  });
});

describe('checkTarget', () => {
  const targets = { targets: { '2024': 10, '2025': 50 } };
  it.each<[string, string, number | null | string, string, number | null]>([
    ['reached exactly', '2024', 10, 'achieved', 10],
    ['passed', '2024', 12, 'achieved', 10],
    ['below', '2025', 49, 'not_yet', 50],
    ['no figure yet', '2025', null, 'not_yet', 50],
    ['no target for the period', '2023', 5, 'not_applicable', null],
    ['a figure that is not a number', '2024', 'texte', 'not_applicable', 10],
  ])('%s', (_name, period, total, status, target) => {
    expect(checkTarget(targets, period, total)).toEqual({ target, status });
  });

  it('says nothing when the plan sets no target', () => {
    expect(checkTarget({}, '2024', 3)).toBeNull();
    expect(checkTarget({ targets: {} }, '2024', 3)).toBeNull();
  });
});
