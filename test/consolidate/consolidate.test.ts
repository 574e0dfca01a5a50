/**
 * The consolidation as a whole: territory figures per indicator, period and member with their
 * counts, evolutions and targets; the adviser's choice for returns with errors; files that cannot
 * be used; findings tied to the values they are about; and the same result for the same inputs.
 */
import { consolidate, type ConsolidatedCell, type Consolidation } from '../../src/consolidate';
import { now, refused, returnOf, smallPlan } from './fixtures';

const plan = smallPlan();

const cell = (c: Consolidation, code: string, period: string, member = ''): ConsolidatedCell =>
  c.indicators.find((i) => i.code === code)!.cells.find((x) => x.period === period && x.member === member)!;

const inputs = () => [
  returnOf(plan, '04001', {
    't.sum|2023|': 4, 't.sum|2024|': 6, 't.sum|2025|': 0,
    't.places|2024|eaje': 2, 't.places|2024|mam': 'NC',
    't.part|2024|familles': 300, 't.part|2024|partenaires': 700,
    't.max|2024|': 5, 't.charte|2024|': false, 't.texte|2024|': 'Bilan positif',
  }, { fileDate: '2026-01-05T00:00:00Z' }),
  returnOf(plan, '04002', {
    't.sum|2023|': 1, 't.sum|2024|': null, 't.sum|2025|': 'NC',
    't.places|2024|eaje': 3, 't.places|2024|mam': 4,
    't.part|2024|familles': 100, 't.part|2024|partenaires': 100,
    't.max|2024|': 8, 't.texte|2024|': 'À suivre',
  }, { fileDate: '2026-01-07T00:00:00Z' }),
  returnOf(plan, 'epci1', { 't.sum|2024|': 10, 't.charte|2024|': true }, { fileDate: '2026-01-09T00:00:00Z' }),
];

describe('territory figures', () => {
  const c = consolidate(plan, inputs(), { now });

  it.each<[string, string, string, string, unknown, Record<string, number>]>([
    ['a sum over respondents, the empty one left out', 't.sum', '2024', '', 16, { expected: 3, answered: 2, empty: 1, nc: 0, missing: 0 }],
    ['a zero is a value; « NC » and empty are not', 't.sum', '2025', '', 0, { answered: 1, nc: 1, empty: 1, missing: 0 }],
    ['a member summed, « NC » apart', 't.places', '2024', 'mam', 4, { answered: 1, nc: 1 }],
    ['the sum of the members', 't.places', '2024', 'total', 9, { answered: 2 }],
    ['amounts per funder add up', 't.part', '2024', 'familles', 400, { answered: 2 }],
    ['a maximum', 't.max', '2024', '', 8, { answered: 2 }],
    ['the newest answer for « last »', 't.charte', '2024', '', true, { answered: 2, empty: 1 }],
    ['a list has no figure', 't.texte', '2024', '', null, { answered: 2 }],
    ['nobody answered: no figure, never 0', 't.max', '2025', '', null, { answered: 0, empty: 2 }],
  ])('%s (%s %s %s)', (_name, code, period, member, total, counts) => {
    const x = cell(c, code, period, member);
    expect(x.total).toEqual(total);
    expect(x.counts).toMatchObject(counts);
  });

  it('computes a funder’s share as a ratio of the sums, not as the mean of each respondent’s share', () => {
    const families = cell(c, 't.part', '2024', 'familles');
    const total = cell(c, 't.part', '2024', 'total');
    // 04001 gave 30 % of 1 000 €, 04002 50 % of 200 €: the territory's families paid 400 of 1 200 €.
    const shares = [300 / 1000, 100 / 200];
    expect(families.share).toBeCloseTo((families.total as number) / (total.total as number), 9);
    expect(families.share).not.toBeCloseTo(shares.reduce((a, b) => a + b) / shares.length, 3);
    expect(cell(c, 't.part', '2024', 'total').share).toBeNull();
    expect(cell(c, 't.places', '2024', 'eaje').share).toBeNull();
  });

  it('keeps each respondent’s value, in the plan’s order of respondents', () => {
    expect(cell(c, 't.sum', '2024').values.map((v) => [v.respondent, v.state, v.value])).toEqual([
      ['epci1', 'value', 10],
      ['04001', 'value', 6],
      ['04002', 'empty', null],
    ]);
  });

  it('lists the text answers with who gave them', () => {
    expect(cell(c, 't.texte', '2024').answers).toEqual([
      { respondent: '04001', value: 'Bilan positif' },
      { respondent: '04002', value: 'À suivre' },
    ]);
  });

  it('gives the evolution where the plan tracks it, and only there', () => {
    expect(cell(c, 't.sum', '2024').evolution).toMatchObject({ previousPeriod: '2023', previous: 5, absolute: 11, percent: 2.2 });
    expect(cell(c, 't.sum', '2023').evolution).toMatchObject({ previousPeriod: null, previous: null, absolute: null, percent: null, constant: null });
    expect(cell(c, 't.places', '2025', 'total').evolution).toMatchObject({ previous: 9, absolute: null });
    expect(cell(c, 't.max', '2024').evolution).toBeNull();
  });

  it('checks targets on the territory figure', () => {
    expect(cell(c, 't.sum', '2024').target).toEqual({ target: 10, status: 'achieved' });
    expect(cell(c, 't.sum', '2025').target).toEqual({ target: 50, status: 'not_yet' });
    expect(cell(c, 't.sum', '2023').target).toEqual({ target: null, status: 'not_applicable' });
    expect(cell(c, 't.max', '2024').target).toBeNull();
  });

  it('marks the periods the plan does not collect', () => {
    expect(cell(c, 't.late', '2024')).toMatchObject({ applicable: false, total: null, values: [] });
    expect(cell(c, 't.late', '2025').applicable).toBe(true);
  });
});

describe('returns with errors', () => {
  const withError = () => [
    ...inputs(),
    returnOf(plan, '04003', { 't.sum|2024|': 100, 't.max|2024|': { invalid: -3 } }, { findings: [{ code: 'negative_count', key: 't.max|2024|' }, { code: 'rule_failed', key: 't.sum|2024|' }] }),
  ];

  it('are included by default, their values flagged, and the choice is said', () => {
    const c = consolidate(plan, withError(), { now });
    expect(c.errorPolicy).toEqual({ choice: 'include', isDefault: true });
    expect(cell(c, 't.sum', '2024').total).toBe(116);
    expect(cell(c, 't.sum', '2024').values.find((v) => v.respondent === '04003')).toMatchObject({ value: 100, flag: 'error' });
    expect(cell(c, 't.max', '2024').counts).toMatchObject({ answered: 2, invalid: 1 });
    expect(c.files.find((f) => f.file === '04003.xlsx')).toMatchObject({ status: 'errors', outcome: 'used' });
  });

  it('are left out when the adviser quarantines them, and the choice is said', () => {
    const c = consolidate(plan, withError(), { now, errors: 'quarantine' });
    expect(c.errorPolicy).toEqual({ choice: 'quarantine', isDefault: false });
    expect(cell(c, 't.sum', '2024').total).toBe(16);
    expect(c.values.some((v) => v.respondent === '04003')).toBe(false);
    expect(c.files.find((f) => f.file === '04003.xlsx')).toMatchObject({ outcome: 'quarantined', version: null });
    expect(c.completeness.respondents.find((r) => r.respondent === '04003')).toMatchObject({ status: 'excluded', counts: { error: 2, warning: 0, info: 0 } });
    expect(c.completeness.outstanding.filter((o) => o.respondent === '04003').every((o) => o.status === 'excluded')).toBe(true);
  });

  it('a quarantined return does not hide the respondent’s earlier clean one', () => {
    const clean = returnOf(plan, '04003', { 't.sum|2024|': 20 }, { file: 'old.xlsx', fileDate: '2026-01-01T00:00:00Z' });
    const c = consolidate(plan, [clean, ...withError().slice(3)], { now, errors: 'quarantine' });
    expect(cell(c, 't.sum', '2024').total).toBe(20);
    expect(c.files.map((f) => f.outcome)).toEqual(['used', 'quarantined']);
  });
});

describe('files that cannot be used', () => {
  it.each([
    ['a refused file', refused('cassé.xlsx'), 'refused'],
    ['a return of another plan', returnOf(plan, '04001', { 't.sum|2024|': 99 }, { planId: 'autre-plan', file: 'autre.xlsx' }), 'unattributed'],
  ] as const)('%s is listed, and none of its values used', (_name, input, outcome) => {
    const c = consolidate(plan, [...inputs(), input], { now });
    expect(c.files[3]).toMatchObject({ file: input.result.file, outcome, respondent: null });
    expect(cell(c, 't.sum', '2024').total).toBe(16);
    expect(c.findings.filter((f) => f.finding.file === input.result.file).map((f) => f.respondent)).toEqual(input.result.findings.map(() => null));
  });
});

describe('findings and values', () => {
  it('ties a finding to the value it is about, by file and cell', () => {
    const input = returnOf(plan, '04001', { 't.sum|2024|': 6, 't.sum|2023|': 60 }, { findings: [{ code: 'implausible_change', key: 't.sum|2024|' }, { code: 'template_version' }] });
    const c = consolidate(plan, [input], { now });
    const [about, general] = c.findings;
    expect(c.values[about!.value!]).toMatchObject({ code: 't.sum', period: '2024', respondent: '04001', flag: 'warning' });
    expect(general).toMatchObject({ respondent: '04001', value: null });
    expect(c.counts).toEqual({ error: 0, warning: 2, info: 0 });
  });

  it('does not tie a finding of a replaced return to the newer value', () => {
    const old = returnOf(plan, '04001', { 't.sum|2024|': -1 }, { file: 'v1.xlsx', fileDate: '2026-01-01T00:00:00Z', findings: [{ code: 'negative_count', key: 't.sum|2024|' }] });
    const fixed = returnOf(plan, '04001', { 't.sum|2024|': 1 }, { file: 'v2.xlsx', fileDate: '2026-01-02T00:00:00Z' });
    const c = consolidate(plan, [old, fixed], { now });
    expect(c.findings).toEqual([expect.objectContaining({ value: null, respondent: '04001' })]);
    expect(c.values.find((v) => v.code === 't.sum' && v.period === '2024' && v.respondent === '04001')).toMatchObject({ value: 1, flag: null });
  });

  it('keeps the respondents’ comments, with their source', () => {
    const c = consolidate(plan, [returnOf(plan, '04001', {}, { comments: { 't.sum|': '=HYPERLINK("http://x")' } })], { now });
    expect(c.comments).toEqual([expect.objectContaining({ respondent: '04001', code: 't.sum', member: '', text: '=HYPERLINK("http://x")', source: expect.objectContaining({ file: '04001.xlsx' }) })]);
  });
});

describe('determinism', () => {
  it('gives the same consolidation for the same inputs', () => {
    expect(JSON.stringify(consolidate(plan, inputs(), { now }))).toBe(JSON.stringify(consolidate(plan, inputs(), { now })));
  });

  it('orders values by respondent, indicator, period and member, whatever the order of the files', () => {
    const c = consolidate(plan, [...inputs()].reverse(), { now });
    const ordered = consolidate(plan, inputs(), { now });
    const keyOf = (v: Consolidation['values'][number]) => [v.respondent, v.code, v.period, v.member, String(v.value)].join('|');
    expect(c.values.map(keyOf)).toEqual(ordered.values.map(keyOf));
    expect(c.values.slice(0, 3).map((v) => `${v.respondent} ${v.code} ${v.period}`)).toEqual(['epci1 t.sum 2023', 'epci1 t.sum 2024', 'epci1 t.sum 2025']);
  });
});
