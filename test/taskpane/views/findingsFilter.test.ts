/** The filters of the « Contrôles » view (pure), on returns checked by the real validation. */
import { checkedReturn, earlierPlan, plan, refusedReturn } from '../fixtures/views/returns';
import { finding, type Finding } from '../../../src/returns/findings';
import { statusOf } from '../../../src/returns/result';
import type { ImportedReturn } from '../../../src/taskpane/effects/types';
import {
  filterChoices,
  filterFindings,
  findingEntries,
  noFilter,
  unidentifiedKey,
  withinChoices,
  type FindingsFilter,
} from '../../../src/taskpane/views/findingsFilter';

const returns: ImportedReturn[] = [
  checkedReturn('caf04'),
  checkedReturn('200067437', { anomalies: ['negative_count', 'text_in_number'] }),
  checkedReturn('04070', { generatedWith: earlierPlan('0.9.0') }),
  checkedReturn('04070', { anomalies: ['french_typing'], fileName: 'Digne corrigé.xlsx' }),
  checkedReturn('04070', { alter: (grids) => grids.filter((g) => g.name !== '_ctg'), fileName: 'retour mairie.xlsx' }),
  // Les Mées: a commune asked the cost shares of fiche 3.2 (it kept the early-childhood competence).
  checkedReturn('04116', { anomalies: ['percentage_over_100', 'decimal_in_whole'], completeness: 'partial' }),
  refusedReturn('notes.pdf'),
];

/** Every finding with the return it belongs to: what the expected counts are computed from. */
const all = returns.flatMap((r) => r.result.findings.map((f) => ({ f, r })));
type Row = (typeof all)[number];

describe('filterFindings', () => {
  const entries = findingEntries(returns);

  it.each<[string, Partial<FindingsFilter>, (row: Row) => boolean]>([
    ['no filter: every finding', {}, () => true],
    ['errors', { severity: 'error' }, ({ f }) => f.severity === 'error'],
    ['warnings', { severity: 'warning' }, ({ f }) => f.severity === 'warning'],
    ['information', { severity: 'info' }, ({ f }) => f.severity === 'info'],
    ['one respondent (both its returns)', { respondent: '04070' }, ({ r }) => r.result.respondent?.code === '04070'],
    ['the unidentified respondents (refused file included)', { respondent: unidentifiedKey }, ({ r }) => r.result.respondent === null],
    ['one fiche', { fiche: '3.1' }, ({ f }) => f.fiche === '3.1'],
    ['one period', { period: '2023' }, ({ f }) => f.period === '2023'],
    ['errors of one fiche', { severity: 'error', fiche: '1.1' }, ({ f }) => f.severity === 'error' && f.fiche === '1.1'],
    ['a respondent and a period', { respondent: '200067437', period: '2024' }, ({ f, r }) => r.result.respondent?.code === '200067437' && f.period === '2024'],
    ['nothing matches', { respondent: 'caf04', severity: 'error' }, () => false],
  ])('%s', (_name, filter, keep) => {
    const expected = all.filter(keep).map((row) => row.f);
    const shown = filterFindings(entries, { ...noFilter, ...filter });
    expect(shown.map((e) => e.finding)).toEqual(expected);
    expect(shown.every((e) => returns[e.returnIndex]!.result.findings[e.findingIndex] === e.finding)).toBe(true);
  });

  it('the data exercise every filter (no row above passes by emptiness)', () => {
    const count = (keep: (row: Row) => boolean) => all.filter(keep).length;
    for (const severity of ['error', 'warning', 'info'] as const) expect(count(({ f }) => f.severity === severity)).toBeGreaterThan(0);
    const digne = returns.filter((r) => r.result.respondent?.code === '04070' && r.result.findings.length > 0);
    expect(digne).toHaveLength(2);
    expect(count(({ f }) => f.fiche === '3.1')).toBeGreaterThan(0);
    expect(count(({ f }) => f.period === '2023')).toBeGreaterThan(0);
    expect(count(({ f }) => f.severity === 'error' && f.fiche === '1.1')).toBeGreaterThan(0);
  });
});

describe('filterChoices', () => {
  it('offers the values the findings hold', () => {
    const choices = filterChoices(returns, plan);
    expect(choices.severities).toEqual(['error', 'warning', 'info']);
    const fiches = [...new Set(all.map(({ f }) => f.fiche).filter((x): x is string => x !== null))];
    expect([...choices.fiches].sort()).toEqual(fiches.sort());
    const periods = [...new Set(all.map(({ f }) => f.period).filter((x): x is string => x !== null))];
    expect([...choices.periods].sort()).toEqual(periods.sort());
    // Respondents by name, the unidentified last (once, for every file without one).
    expect(choices.respondents.map((r) => r.key)).toEqual(['caf04', '04070', '04116', '200067437', unidentifiedKey]);
    expect(choices.respondents[choices.respondents.length - 1]).toEqual({ key: unidentifiedKey, name: null });
  });

  const returnWith = (fileName: string, findings: Finding[], respondent: ImportedReturn['result']['respondent'] = null): ImportedReturn => ({
    fileName,
    fileDate: null,
    bytes: null,
    result: { file: fileName, respondent, status: statusOf(findings), findings, submission: null },
  });

  it('orders fiches by number and periods as the plan does, not as text', () => {
    const findings = [
      finding('not_a_number', { fiche: '10.1', period: '2025' }),
      finding('not_a_number', { fiche: '3.2', period: 'S1-2024' }),
      finding('text_too_long', { fiche: '3.10', period: '2022' }),
      finding('spaces_trimmed', { fiche: '3.2', period: '2024' }),
    ];
    const choices = filterChoices([returnWith('a.xlsx', findings)], plan);
    expect(choices.fiches).toEqual(['3.2', '3.10', '10.1']);
    expect(choices.periods).toEqual(['2022', '2024', '2025', 'S1-2024']);
    expect(choices.severities).toEqual(['error', 'warning', 'info']);
  });

  it('leaves out the respondents of returns without findings', () => {
    const choices = filterChoices([returnWith('a.xlsx', [], { code: 'x', name: 'X' }), returnWith('b.xlsx', [finding('layout_shifted')], { code: 'y', name: 'Y' })], plan);
    expect(choices.respondents).toEqual([{ key: 'y', name: 'Y' }]);
  });
});

describe('withinChoices', () => {
  it.each<[string, Partial<FindingsFilter>, Partial<FindingsFilter>]>([
    ['keeps what is still offered', { severity: 'error', respondent: 'caf04', fiche: '2.1', period: '2024' }, { severity: 'error', respondent: 'caf04', fiche: '2.1', period: '2024' }],
    ['lets go of a respondent no longer imported', { respondent: 'gone' }, {}],
    ['lets go of a fiche and a period no finding holds', { fiche: '9.9', period: '1999' }, {}],
  ])('%s', (_name, filter, expected) => {
    expect(withinChoices({ ...noFilter, ...filter }, filterChoices(returns, plan))).toEqual({ ...noFilter, ...expected });
  });
});
