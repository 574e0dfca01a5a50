/**
 * Who answered what, respondent × fiche × period: answered, partial, missing, excluded, not due;
 * with errors and warnings; and the list of who still has to answer what.
 */
import { consolidate, type CompletenessCell } from '../../src/consolidate';
import { now, returnOf, smallPlan, type Answer } from './fixtures';

const plan = smallPlan();

/** Every cell of fiche 1.1 a commune fills for a period: 8 cells with the members (9 in 2025, with `t.late`). */
function fullPeriod(period: string, extra: Record<string, Answer> = {}): Record<string, Answer> {
  const cells: Record<string, Answer> = {
    [`t.sum|${period}|`]: 1,
    [`t.places|${period}|eaje`]: 1,
    [`t.places|${period}|mam`]: 1,
    [`t.part|${period}|familles`]: 0.4,
    [`t.part|${period}|partenaires`]: 0.6,
    [`t.max|${period}|`]: 1,
    [`t.charte|${period}|`]: true,
    [`t.texte|${period}|`]: 'ok',
  };
  if (period === '2025') cells['t.late|2025|'] = 2;
  return { ...cells, ...extra };
}

const cellOf = (cells: CompletenessCell[], respondent: string, fiche: string, period: string) => cells.find((c) => c.respondent === respondent && c.fiche === fiche && c.period === period);

describe('completeness of one respondent, fiche and period', () => {
  it.each<[string, Record<string, Answer>, Partial<CompletenessCell>]>([
    ['every cell filled: answered', fullPeriod('2024'), { status: 'answered', expected: 8, filled: 8 }],
    ['« NC » is an answer', fullPeriod('2024', { 't.max|2024|': 'NC', 't.sum|2024|': 'NC' }), { status: 'answered', filled: 8 }],
    ['zero is an answer', fullPeriod('2024', { 't.sum|2024|': 0 }), { status: 'answered', filled: 8 }],
    ['a refused value is an answer (its error says what is wrong)', fullPeriod('2024', { 't.sum|2024|': { invalid: 'beaucoup' } }), { status: 'answered', filled: 8 }],
    ['an empty cell makes it partial', fullPeriod('2024', { 't.sum|2024|': null }), { status: 'partial', expected: 8, filled: 7 }],
    ['nothing filled: missing', {}, { status: 'missing', filled: 0 }],
  ])('%s', (_name, answers, expected) => {
    const c = consolidate(plan, [returnOf(plan, '04001', answers)], { now });
    expect(cellOf(c.completeness.cells, '04001', '1.1', '2024')).toMatchObject(expected);
  });

  it('counts the errors and warnings of the fiche and period', () => {
    const input = returnOf(plan, '04001', fullPeriod('2024'), {
      findings: [
        { code: 'negative_count', key: 't.sum|2024|' },
        { code: 'implausible_change', key: 't.max|2024|' },
        { code: 'implausible_change', key: 't.sum|2023|' },
        { code: 'number_from_text', key: 't.sum|2024|' },
      ],
    });
    const c = consolidate(plan, [input], { now });
    expect(cellOf(c.completeness.cells, '04001', '1.1', '2024')).toMatchObject({ errors: 1, warnings: 1 });
    expect(cellOf(c.completeness.cells, '04001', '1.1', '2023')).toMatchObject({ errors: 0, warnings: 1 });
    expect(c.completeness.respondents.find((r) => r.respondent === '04001')?.counts).toEqual({ error: 1, warning: 2, info: 1 });
  });

  it('gives no cell for a fiche the respondent does not report', () => {
    const c = consolidate(plan, [returnOf(plan, '04001', fullPeriod('2024'))], { now });
    expect(c.completeness.cells.filter((x) => x.respondent === '04001' && x.fiche === '2.1')).toEqual([]);
  });

  it('marks a period not due yet, and does not ask for it', () => {
    const c = consolidate(plan, [returnOf(plan, '04001', fullPeriod('2024'))], { now, asOf: '2025-06-30' });
    expect(cellOf(c.completeness.cells, '04001', '1.1', '2025')?.status).toBe('not_due');
    expect(c.completeness.outstanding.some((o) => o.respondent === '04001' && o.period === '2025')).toBe(false);
    expect(c.completeness.outstanding.some((o) => o.respondent === '04001' && o.period === '2023')).toBe(true);
  });
});

describe('who still has to answer what', () => {
  const inputs = [
    returnOf(plan, '04001', { ...fullPeriod('2023'), ...fullPeriod('2024'), ...fullPeriod('2025') }),
    returnOf(plan, '04002', { ...fullPeriod('2023'), ...fullPeriod('2024', { 't.max|2024|': null, 't.places|2024|mam': null }) }),
  ];
  const c = consolidate(plan, inputs, { now });

  it('lists partial periods with the cells and indicators missing', () => {
    expect(c.completeness.outstanding.filter((o) => o.respondent === '04002')).toEqual([
      { respondent: '04002', fiche: '1.1', period: '2024', status: 'partial', cells: 2, indicators: ['t.places', 't.max'] },
      { respondent: '04002', fiche: '1.1', period: '2025', status: 'missing', cells: 9, indicators: ['t.sum', 't.places', 't.part', 't.max', 't.charte', 't.texte', 't.late'] },
    ]);
  });

  it('lists expected respondents who sent nothing, fiche by fiche and period by period', () => {
    expect(c.completeness.outstanding.filter((o) => o.respondent === 'caf').map((o) => `${o.fiche} ${o.period} ${o.status}`)).toEqual([
      '2.1 2023 missing', '2.1 2024 missing', '2.1 2025 missing',
      // The governance (fiche « 0 ») the plan derives is asked of the co-pilots, the Caf among them.
      '0 2023 missing', '0 2024 missing', '0 2025 missing',
    ]);
    expect(c.completeness.respondents.find((r) => r.respondent === 'caf')).toMatchObject({ status: 'missing', filled: 0, files: [] });
  });

  it('does not expect a non-signatory commune that sent nothing, but counts one that answered', () => {
    expect(c.respondents.map((r) => r.code)).toEqual(['caf', 'epci1', '04001', '04002']);
    const withC = consolidate(plan, [...inputs, returnOf(plan, '04003', fullPeriod('2023'))], { now });
    expect(withC.respondents.find((r) => r.code === '04003')).toMatchObject({ expected: true });
  });

  it('follows the list of expected respondents when one is given', () => {
    const only = consolidate(plan, inputs, { now, expected: ['04001', '04003'] });
    expect(only.respondents.map((r) => [r.code, r.expected])).toEqual([
      ['04001', true],
      ['04002', false],
      ['04003', true],
    ]);
    expect(only.completeness.outstanding.some((o) => o.respondent === '04002')).toBe(false);
    expect(only.completeness.outstanding.some((o) => o.respondent === '04003')).toBe(true);
  });

  it('tells a complete respondent from a partial one overall', () => {
    expect(c.completeness.respondents.find((r) => r.respondent === '04001')).toMatchObject({ status: 'answered', expected: 25, filled: 25 });
    expect(c.completeness.respondents.find((r) => r.respondent === '04002')).toMatchObject({ status: 'partial', expected: 25, filled: 14 });
  });
});
