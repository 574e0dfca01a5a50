/**
 * The consolidation's summary as data (src/consolidate/summary.ts, figures.ts): which file outcomes
 * are told, which severities the findings apart name, who is reminded of what and in which order,
 * and the governance named as such — what the terminal and the pane word without deciding.
 */
import { consolidate, type Consolidation, type Outstanding, type ReturnInput } from '../../src/consolidate';
import { consolidationFigures } from '../../src/consolidate/figures';
import { consolidationSummaryData } from '../../src/consolidate/summary';
import { formatConsolidationSummary } from '../../src/i18n';
import { governanceFicheNumber } from '../../src/plan/governance';
import { now, refused, returnOf, smallPlan } from './fixtures';

const plan = smallPlan();
const key = 't.sum|2024|';
const older = (options: Parameters<typeof returnOf>[3] = {}) => returnOf(plan, '04001', { [key]: 1 }, { file: 'v1.xlsx', fileDate: '2026-01-10T00:00:00Z', ...options });
const newer = () => returnOf(plan, '04001', { [key]: 2 }, { file: 'v2.xlsx', fileDate: '2026-01-20T00:00:00Z' });

describe('the file outcomes told (« 3 retenus, 1 refusé »)', () => {
  it.each<[string, () => ReturnInput[], Array<[string, number]>]>([
    ['no file: the files used, even none', () => [], [['used', 0]]],
    ['one return', () => [older()], [['used', 1]]],
    ['a refused file only: none used, one refused', () => [refused('scan.pdf')], [['used', 0], ['refused', 1]]],
    ['a corrected return: the older one superseded, told after the used', () => [older(), newer()], [['used', 1], ['superseded', 1]]],
    ['refused before superseded in the input, superseded still told first', () => [refused('scan.pdf'), older(), newer()], [['used', 1], ['superseded', 1], ['refused', 1]]],
  ])('%s', (_name, inputs, told) => {
    const figures = consolidationFigures(consolidate(plan, inputs(), { now }));
    expect(figures.outcomesTold.map((o) => [o.outcome, o.files])).toEqual(told);
  });
});

describe('the findings apart name only the severities that occur', () => {
  it.each<[string, ReturnInput[], Array<{ outcome: string; files: number; severities: Array<{ severity: string; count: number }> }>]>([
    ['no finding anywhere: nothing apart', [older(), newer()], []],
    ['an error in the superseded return', [older({ findings: [{ code: 'not_a_number', key }] }), newer()], [{ outcome: 'superseded', files: 1, severities: [{ severity: 'error', count: 1 }] }]],
    [
      'a warning and an information in it: errors left out, the warning first',
      [older({ findings: [{ code: 'number_from_text', key }, { code: 'implausible_change', key }] }), newer()],
      [{ outcome: 'superseded', files: 1, severities: [{ severity: 'warning', count: 1 }, { severity: 'info', count: 1 }] }],
    ],
    ['a refused file: its one error, apart', [refused('scan.pdf')], [{ outcome: 'refused', files: 1, severities: [{ severity: 'error', count: 1 }] }]],
    ['the findings of the return used are counted, not apart', [older({ findings: [{ code: 'not_a_number', key }] })], []],
  ])('%s', (_name, inputs, apartTold) => {
    const figures = consolidationFigures(consolidate(plan, inputs, { now }));
    expect(figures.findings.apartTold).toEqual(apartTold);
  });
});

/** The small plan's consolidation with the outstanding list replaced: the reminders are built from it alone. */
const withOutstanding = (items: Array<[string, string, string]>): Consolidation => {
  const c = consolidate(plan, [older()], { now });
  const outstanding: Outstanding[] = items.map(([respondent, fiche, period]) => ({ respondent, fiche, period, status: 'missing', cells: 1, indicators: [] }));
  return { ...c, completeness: { ...c.completeness, outstanding } };
};

describe('who is reminded of what', () => {
  it.each<[string, Array<[string, string, string]>, number, Array<[string, string[], boolean]>, number]>([
    ['nobody outstanding', [], 6, [], 0],
    [
      'grouped by respondent in the order first met, items in their order',
      [['04002', '1.1', '2023'], ['04001', '2.1', '2024'], ['04002', '1.1', '2024']],
      6,
      [['Bévons', ['FA 1.1 2023', 'FA 1.1 2024'], false], ['Aiglun', ['FA 2.1 2024'], false]],
      0,
    ],
    ['four items shown, no more', [1, 2, 3, 4].map((i): [string, string, string] => ['04001', '1.1', `202${i}`]), 6, [['Aiglun', ['FA 1.1 2021', 'FA 1.1 2022', 'FA 1.1 2023', 'FA 1.1 2024'], false]], 0],
    ['a fifth item: four shown and « … »', [1, 2, 3, 4, 5].map((i): [string, string, string] => ['04001', '1.1', `202${i}`]), 6, [['Aiglun', ['FA 1.1 2021', 'FA 1.1 2022', 'FA 1.1 2023', 'FA 1.1 2024'], true]], 0],
    ['beyond the respondents listed: how many more', [['04001', '1.1', '2023'], ['04002', '1.1', '2023'], ['04003', '1.1', '2023']], 2, [['Aiglun', ['FA 1.1 2023'], false], ['Bévons', ['FA 1.1 2023'], false]], 1],
    ['a code the plan does not know: named by its code', [['99999', '1.1', '2023']], 6, [['99999', ['FA 1.1 2023'], false]], 0],
    ['the derived governance: « Gouvernance », never « FA 0 »', [['caf', governanceFicheNumber, '2023']], 6, [['Caf de test', ['Gouvernance 2023'], false]], 0],
  ])('%s', (_name, items, max, reminded, more) => {
    const data = consolidationSummaryData(plan, withOutstanding(items), max);
    // The model's fiche references, worded as the summary line says them.
    const word = (f: (typeof data.reminders)[number]['items'][number]) => `${f.fiche.kind === 'governance' ? 'Gouvernance' : `FA ${f.fiche.number}`} ${f.period}`;
    expect(data.reminders.map((r) => [r.name, r.items.map(word), r.more])).toEqual(reminded);
    expect(data.moreReminders).toBe(more);
  });

  it.each([
    ['fr', '  - Caf de test : Gouvernance 2023, FA 1.1 2023'],
    ['en', '  - Caf de test : Governance 2023, FA 1.1 2023'],
  ] as const)('the terminal says the governance by its name (%s)', (lang, line) => {
    const text = formatConsolidationSummary(consolidationSummaryData(plan, withOutstanding([['caf', governanceFicheNumber, '2023'], ['caf', '1.1', '2023']])), { lang });
    expect(text.split('\n')).toContain(line);
    expect(text).not.toMatch(/FA 0\b/);
  });
});

describe('what else the summary tells', () => {
  it.each<[string, () => ReturnInput[], number | null]>([
    ['one return: no value replaced, nothing to say', () => [older()], null],
    ['a corrected return: the one value it replaced', () => [older(), newer()], 1],
  ])('%s', (_name, inputs, replaced) => {
    expect(consolidationSummaryData(plan, consolidate(plan, inputs(), { now })).replacedValues).toBe(replaced);
  });

  it('gives each key figure its latest period with a figure, by id and label', () => {
    const c = consolidate(plan, [returnOf(plan, '04001', { 't.sum|2023|': 3, 't.sum|2024|': 5 })], { now });
    const sum = consolidationSummaryData(plan, c).keyFigures.find((k) => k.label === 'Libellé t.sum')!;
    expect(sum).toMatchObject({ fiche: { kind: 'fiche', number: '1.1' }, period: '2024', periodLabel: 'Année 2024', total: 5, respondents: 1 });
  });
});
