/** Options of the checks: the plausibility factor (global and per indicator), the « from zero » threshold, due periods. */
import { buildCollectionWorkbook, type InputCell } from '../../src/collect';
import { defaultPlanInput, parsePlan, type Plan } from '../../src/plan';
import { checkReturn, type CheckOptions } from '../../src/returns';
import { parseA1 } from '../../src/workbook/a1';
import type { CellValue, Grid } from '../../src/workbook/grid';
import { specToGrids } from '../oracles/specToGrid';
import { now, plan as withFollowUp, plumbingPlan, respondent, variantPlan } from './support';

/** Returns filled by hand here leave the actions' follow-up empty: checked on the plan without it (test/consolidate/followUp.test.ts checks it). */
const plan = plumbingPlan(withFollowUp);

function returnOf(p: Plan, values: Array<[string, string, CellValue]>): { grids: Grid[]; inputs: InputCell[] } {
  const { spec, inputs } = buildCollectionWorkbook(p, respondent(p, 'epci'), { now });
  const grids = specToGrids(spec);
  for (const [code, period, value] of values) {
    const input = inputs.find((c) => c.code === code && c.period === period && c.type !== 'comment')!;
    const at = parseA1(input.cell)!;
    const row = (grids.find((g) => g.name === input.sheet)!.rows[at.row] ??= []);
    while (row.length <= at.column) row.push(null);
    row[at.column] = value;
  }
  return { grids, inputs };
}

const codesOf = (p: Plan, values: Array<[string, string, CellValue]>, options: CheckOptions = {}) =>
  checkReturn(returnOf(p, values).grids, p, 'CTG-P2A-2022-2025_200067437_x.xlsx', options).findings.map((f) => `${f.code} ${f.indicator} ${f.period}`);

const A = '3.2.a1.reunions_collectives';
const B = '3.3.a1.rencontres_partenaires';

describe('plausibility options', () => {
  const values: Array<[string, string, CellValue]> = [
    [A, '2023', 5],
    [A, '2024', 12],
    [B, '2023', 5],
    [B, '2024', 12],
  ];

  it('×2.4 passes the default factor of 3', () => {
    expect(codesOf(plan, values)).toEqual([]);
  });

  it('a factor of 2 catches both', () => {
    expect(codesOf(plan, values, { plausibility: { factor: 2 } })).toEqual([`implausible_change ${A} 2024`, `implausible_change ${B} 2024`]);
  });

  it('a factor set in the plan for one indicator catches only it; the options still override it', () => {
    const input = structuredClone(defaultPlanInput);
    input.fiches.flatMap((f) => f.actions ?? []).flatMap((a) => a.indicators ?? []).find((i) => i.code === B)!.changeFactor = 2;
    const parsed = parsePlan(input);
    if (!parsed.ok) throw new Error('invalid variant');
    const strict = plumbingPlan(parsed.plan);
    expect(codesOf(strict, values)).toEqual([`implausible_change ${B} 2024`]);
    expect(codesOf(strict, values, { plausibility: { factor: 5 } })).toEqual([]);
  });

  it('a factor for one indicator catches only it', () => {
    expect(codesOf(plan, values, { plausibility: { factors: { [B]: 2 } } })).toEqual([`implausible_change ${B} 2024`]);
  });

  it.each([
    [9, {}, []],
    [10, {}, [`implausible_change ${A} 2024`]],
    [6, { fromZero: 5 }, [`implausible_change ${A} 2024`]],
  ] as const)('from 0 to %d with %j', (to, options, expected) => {
    expect(codesOf(plan, [[A, '2023', 0], [A, '2024', to]], { plausibility: options })).toEqual(expected);
  });

  it('never compares across an empty or « NC » year', () => {
    expect(codesOf(plan, [[A, '2023', 1], [A, '2024', 'NC'], [A, '2025', 50]])).toEqual([]);
  });
});

describe('completeness: a required indicator empty for a period that is due', () => {
  const variant = plumbingPlan(variantPlan());

  it('every collected period is due without a date', () => {
    expect(codesOf(variant, [[A, '2023', 4]]).filter((c) => c.startsWith('required_missing'))).toEqual([`required_missing ${A} 2024`, `required_missing ${A} 2025`]);
  });

  it('a period not yet ended is not due', () => {
    expect(codesOf(variant, [[A, '2023', 4]], { asOf: '2025-06-30' }).filter((c) => c.startsWith('required_missing'))).toEqual([`required_missing ${A} 2024`]);
  });

  it('« NC » is an answer', () => {
    expect(codesOf(variant, [[A, '2023', 'NC'], [A, '2024', 'NC'], [A, '2025', 'NC']]).filter((c) => c.startsWith('required_missing'))).toEqual([]);
  });
});
