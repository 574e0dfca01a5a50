/** The demo's simulated returns: deterministic, plausible, obeying the plan's rules unless an anomaly is planted. */
import { simulateReturn, type AnomalyKind } from '../../src/demo';
import { buildCollectionWorkbook, respondentsOf } from '../../src/collect';
import { defaultPlan } from '../../src/plan';
import { evaluateRule, type Lookup } from '../../src/rules';
import { parseA1 } from '../../src/workbook/a1';
import type { WorkbookSpec } from '../../src/workbook/spec';

const plan = defaultPlan();
const now = '2026-11-29T10:00:00.000Z';
const epci = respondentsOf(plan).find((r) => r.kind === 'epci')!;
// No « percentage_over_100 »: since plan 2.0.0 the cost sharing is asked in amounts, and the plan asks no percentage.
const allKinds: AnomalyKind[] = ['text_in_number', 'negative_count', 'decimal_in_whole', 'rule_violation', 'implausible_jump', 'value_in_locked_cell', 'french_typing'];

function valueAt(spec: WorkbookSpec, sheet: string, cell: string) {
  const at = parseA1(cell)!;
  return spec.sheets.find((s) => s.name === sheet)?.rows[at.row]?.[at.column]?.value;
}

it('gives the same return for the same seed, and another for another seed', () => {
  const options = { seed: 7, now, completeness: 'full' as const, anomalies: allKinds };
  expect(simulateReturn(plan, epci, options)).toEqual(simulateReturn(plan, epci, options));
  expect(simulateReturn(plan, epci, { ...options, seed: 8 }).spec).not.toEqual(simulateReturn(plan, epci, options).spec);
});

it('plants each anomaly in its own cell, with the value it says', () => {
  const { spec, planted } = simulateReturn(plan, epci, { seed: 7, now, completeness: 'full', anomalies: allKinds });
  expect(planted.map((a) => a.kind)).toEqual(allKinds);
  expect(new Set(planted.map((a) => `${a.sheet}!${a.cell}`)).size).toBe(planted.length);
  for (const anomaly of planted) expect(valueAt(spec, anomaly.sheet, anomaly.cell)).toBe(anomaly.value);
});

it.each(respondentsOf(plan).slice(0, 6).map((r) => [r.name, r] as const))('fills %s so that every rule of the plan holds', (_name, respondent) => {
  const { spec } = simulateReturn(plan, respondent, { seed: 3, now, completeness: 'full', anomalies: [] });
  const { inputs } = buildCollectionWorkbook(plan, respondent, { now });
  const values = inputs.filter((c) => c.type !== 'comment').map((c) => ({ ...c, value: valueAt(spec, c.sheet, c.cell) }));
  expect(values.every((v) => v.value !== undefined)).toBe(true);
  for (const rule of plan.rules) {
    for (const period of plan.periods) {
      const members = rule.scope === 'member' ? [...new Set(values.filter((v) => v.member !== '').map((v) => v.member))] : [''];
      for (const member of members) {
        // As the validation reads them: a named member, the rule's member or all; this period or all up to it.
        const lookup: Lookup = (code, at) => {
          const wanted = at?.member ?? (rule.scope === 'total' ? null : member);
          const inSpan = (p: string) => (at?.span === 'toDate' ? p <= period.id : p === period.id);
          const cells = values.filter((v) => v.code === code && inSpan(v.period) && (wanted === null || v.member === wanted || v.member === ''));
          const numbers = cells.map((v) => (v.value === 'Oui' ? 1 : v.value === 'Non' ? 0 : v.value)).filter((v): v is number => typeof v === 'number');
          return numbers.length === 0 ? undefined : numbers.reduce((a, b) => a + b, 0);
        };
        expect({ rule: rule.id, period: period.id, member, outcome: evaluateRule(rule, lookup).outcome }).not.toMatchObject({ outcome: 'fail' });
      }
    }
  }
});

it('leaves the later periods of a partial return empty', () => {
  const digne = respondentsOf(plan).find((r) => r.code === '04070')!;
  const { spec } = simulateReturn(plan, digne, { seed: 3, now, completeness: 'partial', anomalies: [] });
  const { inputs } = buildCollectionWorkbook(plan, digne, { now });
  const filledPeriods = new Set(inputs.filter((c) => c.type !== 'comment' && valueAt(spec, c.sheet, c.cell) !== undefined).map((c) => c.period));
  expect([...filledPeriods].sort()).toEqual(['2022', '2023']);
});

/** What an adviser would believe, per year and respondent (issue 15: « 35,90 ETP », « 157 participants »). */
const believable: Array<{ code: string; what: string; min: number; max: number }> = [
  { code: '1.1.etp_charge_cooperation', what: 'ETP of the « chargé de coopération CTG », all themes', min: 0.1, max: 2 },
  { code: '1.1.etp_coordination', what: 'ETP of coordination, all territories', min: 0.1, max: 2 },
  { code: '1.1.participants_groupe_travail', what: 'people in the working group', min: 5, max: 30 },
  { code: '1.1.reunions_groupe_travail', what: 'meetings of the working group', min: 1, max: 12 },
  { code: '4.1.referents_proximite', what: 'local contacts over the 3 territories', min: 3, max: 12 },
];

it.each(believable)('draws $what within $min–$max every year, whatever the seed', ({ code, min, max }) => {
  const outside: string[] = [];
  for (const seed of [1, 2, 3, 2025]) {
    for (const respondent of respondentsOf(plan).filter((r) => r.kind !== 'commune')) {
      const { spec } = simulateReturn(plan, respondent, { seed, now, completeness: 'full', anomalies: [] });
      const cells = buildCollectionWorkbook(plan, respondent, { now }).inputs.filter((c) => c.code === code && c.type !== 'comment');
      for (const period of new Set(cells.map((c) => c.period))) {
        const total = cells.filter((c) => c.period === period).reduce((n, c) => n + Number(valueAt(spec, c.sheet, c.cell)), 0);
        if (!(total >= min && total <= max + 1e-9)) outside.push(`${respondent.kind} seed ${seed} ${period}: ${total}`);
      }
    }
  }
  expect(outside).toEqual([]);
});
