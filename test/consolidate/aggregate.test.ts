/**
 * The territory figure of one cell, aggregation by aggregation: only values count — empty, « NC »
 * and refused values are counted apart, never as zero; zero is a value.
 */
import { aggregate, computationOf, countStates, type Computation, type RespondentValue } from '../../src/consolidate';

type Given = number | boolean | string | 'empty' | 'NC' | 'invalid';

function values(given: Given[], sources: Array<Partial<RespondentValue['source']>> = []): RespondentValue[] {
  return given.map((g, i) => ({
    respondent: `r${i}`,
    code: 'x',
    period: '2024',
    member: '',
    state: g === 'empty' ? 'empty' : g === 'NC' ? 'nc' : g === 'invalid' ? 'invalid' : 'value',
    value: g === 'empty' || g === 'NC' || g === 'invalid' ? null : g,
    raw: g === 'empty' ? null : g === 'invalid' ? 'beaucoup' : g,
    source: { file: `r${i}.xlsx`, sheet: 'FA', cell: 'E7', version: 1, generatedAt: null, fileDate: null, importedAt: '2026-01-01T00:00:00Z', order: i, ...sources[i] },
    flag: null,
  }));
}

describe('aggregate', () => {
  it.each<[string, Computation, Given[], number | boolean | string | null]>([
    ['a sum of values', 'sum', [3, 4, 5], 12],
    ['a sum leaves empty cells out, never as zero', 'sum', [3, 'empty', 5], 8],
    ['a sum of nothing but empty cells is no figure, not 0', 'sum', ['empty', 'empty'], null],
    ['a sum of « NC » only is no figure', 'sum', ['NC', 'NC'], null],
    ['zero is a value: a sum of zeros is 0', 'sum', [0, 'empty', 0], 0],
    ['a refused value is left out', 'sum', [2, 'invalid'], 2],
    ['decimals add up as a person expects', 'sum', [0.1, 0.2], 0.3],
    ['a maximum', 'max', [3, 9, 'empty', 4], 9],
    ['a maximum of zeros is 0', 'max', [0, 0], 0],
    ['the maximum of yes/no is « oui » if any', 'max', [false, true], true],
    ['the maximum of dates is the latest', 'max', ['2024-03-01', '2024-11-30', '2024-06-15'], '2024-11-30'],
    ['a sum of yes/no counts the « oui »', 'sum', [true, false, true, 'empty'], 2],
    ['a list has no figure', 'listed', ['texte', 'autre'], null],
    ['a source gives its own figure, never a sum', 'source', ['empty', 7], 7],
  ])('%s', (_name, computation, given, expected) => {
    expect(aggregate(values(given), computation)).toEqual(expected);
  });

  it.each<[string, Array<Partial<RespondentValue['source']>>, number]>([
    ['the later generated workbook', [{ generatedAt: '2025-12-01' }, { generatedAt: '2025-06-01' }], 1],
    ['with the same template, the later file date', [{ fileDate: '2026-01-10' }, { fileDate: '2026-01-20' }], 2],
    ['with the same dates, the later import', [{}, {}], 2],
    ['a template date beats a file date', [{ generatedAt: '2025-12-01', fileDate: '2026-01-01' }, { generatedAt: '2025-01-01', fileDate: '2026-03-01' }], 1],
  ])('the last value is that of %s', (_name, sources, expected) => {
    expect(aggregate(values([1, 2], sources), 'latest')).toBe(expected);
  });

  it('the last value skips a newer return that left the cell empty', () => {
    expect(aggregate(values([1, 'empty'], [{ fileDate: '2026-01-01' }, { fileDate: '2026-02-01' }]), 'latest')).toBe(1);
  });
});

describe('countStates', () => {
  it.each<[string, Given[], number, Record<string, number>]>([
    ['counts each state apart', [5, 0, 'empty', 'NC', 'invalid'], 6, { answered: 2, empty: 1, nc: 1, invalid: 1, missing: 1 }],
    ['zero is answered, not empty', [0, 0], 2, { answered: 2, empty: 0, missing: 0 }],
    ['respondents without a return are missing', [], 3, { answered: 0, missing: 3 }],
  ])('%s', (_name, given, expected, counts) => {
    expect(countStates(values(given), expected)).toMatchObject({ expected, ...counts });
  });
});

describe('computationOf', () => {
  it.each([
    ['text', { kind: 'sum', shares: false }, 'listed'],
    ['choice', { kind: 'max' }, 'listed'],
    ['integer', { kind: 'distinctSum', split: 'x', shares: false }, 'sum'],
    ['integer', { kind: 'authority', source: 'caf', shares: false }, 'source'],
    ['text', { kind: 'authority', source: 'caf', shares: false }, 'source'],
    ['deliverable', { kind: 'latest' }, 'latest'],
  ] as const)('a %s indicator formed by %o is computed as %s', (type, formation, computed) => {
    expect(computationOf(type, formation)).toBe(computed);
  });
});
