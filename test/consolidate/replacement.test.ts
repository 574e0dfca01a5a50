/**
 * Several returns from one respondent: the newest (template generation date, then file date, then
 * import order) wins each cell it holds; every replaced value is kept in the history with its
 * source and what replaced it.
 */
import { consolidate, valueKey, type Consolidation, type ReturnInput } from '../../src/consolidate';
import { now, returnOf, smallPlan, type ReturnOptions } from './fixtures';

const plan = smallPlan();
const key = 't.sum|2024|';
const current = (c: Consolidation, respondent: string, k: string) => {
  const [code, period, member] = k.split('|') as [string, string, string];
  return c.values.find((v) => v.respondent === respondent && v.code === code && v.period === period && v.member === member);
};

describe('the newest return wins', () => {
  it.each<[string, ReturnOptions, ReturnOptions, 'first' | 'second']>([
    ['a later template beats a later file', { generatedAt: '2025-12-01T00:00:00Z', fileDate: '2026-01-01T00:00:00Z' }, { generatedAt: '2025-06-01T00:00:00Z', fileDate: '2026-03-01T00:00:00Z' }, 'first'],
    ['same template: the later file', { fileDate: '2026-01-20T00:00:00Z' }, { fileDate: '2026-01-10T00:00:00Z' }, 'first'],
    ['same template and date: the later import', { fileDate: '2026-01-10T00:00:00Z' }, { fileDate: '2026-01-10T00:00:00Z' }, 'second'],
    ['a template without date is older than one with', { generatedAt: null }, { generatedAt: '2025-01-01T00:00:00Z' }, 'second'],
    ['a file without date is older than one with', { fileDate: '2026-01-01T00:00:00Z' }, { fileDate: null }, 'first'],
  ])('%s', (_name, first, second, winner) => {
    const inputs = [returnOf(plan, '04001', { [key]: 1 }, { ...first, file: 'a.xlsx' }), returnOf(plan, '04001', { [key]: 2 }, { ...second, file: 'b.xlsx' })];
    const c = consolidate(plan, inputs, { now });
    expect(current(c, '04001', key)?.value).toBe(winner === 'first' ? 1 : 2);
    expect(current(c, '04001', key)?.source.file).toBe(winner === 'first' ? 'a.xlsx' : 'b.xlsx');
    expect(c.history).toEqual([expect.objectContaining({ code: 't.sum', period: '2024', value: winner === 'first' ? 2 : 1, replacedBy: expect.objectContaining({ value: winner === 'first' ? 1 : 2 }) })]);
  });
});

describe('replacement, cell by cell', () => {
  const older = returnOf(plan, '04001', { [key]: 4, 't.sum|2023|': 3, 't.max|2024|': 9 }, { file: 'v1.xlsx', fileDate: '2026-01-10T00:00:00Z' });
  const newerFor2025 = returnOf(plan, '04001', { 't.sum|2025|': 6 }, { file: 'v2.xlsx', fileDate: '2026-01-20T00:00:00Z', periods: ['2025'] });

  it('a newer workbook that did not collect a period leaves the older values of that period in place', () => {
    const c = consolidate(plan, [older, newerFor2025], { now });
    expect(current(c, '04001', 't.sum|2023|')).toMatchObject({ value: 3, source: { file: 'v1.xlsx', version: 1 } });
    expect(current(c, '04001', 't.sum|2025|')).toMatchObject({ value: 6, source: { file: 'v2.xlsx', version: 2 } });
    expect(c.files.map((f) => [f.file, f.outcome, f.version])).toEqual([
      ['v1.xlsx', 'used', 1],
      ['v2.xlsx', 'used', 2],
    ]);
  });

  it('an empty cell in the newer return replaces the older value, which goes to the history', () => {
    const newer = returnOf(plan, '04001', {}, { file: 'v2.xlsx', fileDate: '2026-01-20T00:00:00Z' });
    const c = consolidate(plan, [older, newer], { now });
    expect(current(c, '04001', key)).toMatchObject({ state: 'empty', source: { file: 'v2.xlsx' } });
    const replaced = c.history.map((h) => `${h.code}|${h.period}|${h.member}=${String(h.value)}→${h.replacedBy.state}`).sort();
    expect(replaced).toEqual(['t.max|2024|=9→empty', 't.sum|2023|=3→empty', 't.sum|2024|=4→empty']);
  });

  it('keeps the source of a replaced value: file, sheet, cell, version, import date', () => {
    const newer = returnOf(plan, '04001', { [key]: 5 }, { file: 'v2.xlsx', fileDate: '2026-01-20T00:00:00Z' });
    const c = consolidate(plan, [older, newer], { now });
    const entry = c.history.find((h) => h.code === 't.sum' && h.period === '2024')!;
    expect(entry).toMatchObject({
      respondent: '04001',
      state: 'value',
      value: 4,
      source: { file: 'v1.xlsx', sheet: 'FA 1.1', cell: 'E7', version: 1, importedAt: '2026-02-01T10:00:00.000Z' },
      replacedBy: { file: 'v2.xlsx', version: 2, state: 'value', value: 5 },
    });
  });

  it('does not record empty cells as replaced values', () => {
    const newer = returnOf(plan, '04001', { [key]: 5, 't.sum|2023|': 3, 't.max|2024|': 9 }, { file: 'v2.xlsx', fileDate: '2026-01-20T00:00:00Z' });
    const c = consolidate(plan, [older, newer], { now });
    expect(c.history.every((h) => h.state !== 'empty')).toBe(true);
    expect(c.history).toHaveLength(3);
  });

  it('says a return is superseded when none of its values is current any more', () => {
    const newer = returnOf(plan, '04001', { [key]: 5 }, { file: 'v2.xlsx', fileDate: '2026-01-20T00:00:00Z' });
    const c = consolidate(plan, [older, newer], { now });
    expect(c.files.find((f) => f.file === 'v1.xlsx')).toMatchObject({ outcome: 'superseded', valuesUsed: 0, version: 1 });
    expect(c.files.find((f) => f.file === 'v2.xlsx')).toMatchObject({ outcome: 'used', version: 2 });
  });

  it('never mixes respondents: each one’s returns compete only with each other', () => {
    const other = returnOf(plan, '04002', { [key]: 100 }, { fileDate: '2027-01-01T00:00:00Z' });
    const c = consolidate(plan, [older, other], { now });
    expect(current(c, '04001', key)?.value).toBe(4);
    expect(current(c, '04002', key)?.value).toBe(100);
    expect(c.history).toEqual([]);
  });
});

describe('an earlier consolidation', () => {
  const first = consolidate(plan, [returnOf(plan, '04001', { [key]: 4, 't.sum|2023|': 3 }, { file: 'v1.xlsx', fileDate: '2026-01-10T00:00:00Z' })], { now });
  const earlier = { values: first.values, history: first.history };

  it('carries its values: a later consolidation with no new return keeps them', () => {
    const c = consolidate(plan, [], { now, earlier });
    expect(current(c, '04001', key)).toMatchObject({ value: 4, source: { file: 'v1.xlsx', version: 1 } });
  });

  it('yields to a new return, whose values replace its own in the history, with the next version', () => {
    const c = consolidate(plan, [returnOf(plan, '04001', { [key]: 7 }, { file: 'v2.xlsx', fileDate: '2026-01-30T00:00:00Z' })], { now, earlier });
    expect(current(c, '04001', key)).toMatchObject({ value: 7, source: { file: 'v2.xlsx', version: 2 } });
    expect(c.history).toEqual(expect.arrayContaining([expect.objectContaining({ value: 4, source: expect.objectContaining({ file: 'v1.xlsx' }), replacedBy: expect.objectContaining({ value: 7 }) })]));
  });

  it('recognises the same return read again: same version, no history', () => {
    const again = returnOf(plan, '04001', { [key]: 4, 't.sum|2023|': 3 }, { file: 'v1.xlsx', fileDate: '2026-01-10T00:00:00Z' });
    const c = consolidate(plan, [again], { now, earlier });
    expect(current(c, '04001', key)).toMatchObject({ value: 4, source: { version: 1 } });
    expect(c.history).toEqual([]);
  });

  it('hands its own history on', () => {
    const replaced: ReturnInput[] = [
      returnOf(plan, '04001', { [key]: 1 }, { file: 'a.xlsx', fileDate: '2026-01-01T00:00:00Z' }),
      returnOf(plan, '04001', { [key]: 2 }, { file: 'b.xlsx', fileDate: '2026-01-02T00:00:00Z' }),
    ];
    const before = consolidate(plan, replaced, { now });
    const c = consolidate(plan, [], { now, earlier: { values: before.values, history: before.history } });
    expect(c.history).toEqual(before.history);
    expect(c.values.find((v) => valueKey(v.respondent, v.code, v.period, v.member) === valueKey('04001', 't.sum', '2024', ''))?.value).toBe(2);
  });
});
