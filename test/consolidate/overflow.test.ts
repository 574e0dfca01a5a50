/**
 * Issue 12: « A decimal of 1e308 makes the territory total Infinity, written null in the JSON
 * while answered is 1. » Values that add up past the largest double give no figure and an error
 * of the consolidation; a single huge value is kept as it is.
 */
import { consolidationJson } from '../../src/app/consolidate';
import { consolidate, type Consolidation } from '../../src/consolidate';
import { renderFinding } from '../../src/i18n';
import { now, returnOf, smallPlan } from './fixtures';

const plan = smallPlan();

const totalOf = (c: Consolidation, code: string, period: string, member = '') =>
  consolidationJson(c, null).totals.find((t) => t.indicator === code && t.period === period && t.member === member)!;

describe('a territory figure past 1.8e308', () => {
  it.each<[string, Record<string, number>, Record<string, number>, string, string]>([
    ['two values of 1e308 summed', { 't.sum|2024|': 1e308 }, { 't.sum|2024|': 1e308 }, 't.sum', ''],
    ['members of 1e308 and 9e307 summed into the total', { 't.places|2024|eaje': 1e308, 't.places|2024|mam': 9e307 }, {}, 't.places', 'total'],
  ])('%s: no figure, overflow marked, an error of the consolidation', (_name, first, second, code, member) => {
    const c = consolidate(plan, [returnOf(plan, '04001', first), returnOf(plan, '04002', second)], { now });
    const total = totalOf(c, code, '2024', member);
    expect(total).toMatchObject({ total: null, overflow: true });
    expect(total.answered).toBeGreaterThan(0);
    const errors = c.findings.filter((f) => f.finding.code === 'total_overflow');
    expect(errors.map((f) => [f.finding.severity, f.finding.indicator, f.finding.period, f.finding.member])).toEqual([['error', code, '2024', member || null]]);
    expect(c.counts.error).toBe(1);
    expect(renderFinding(errors[0]!.finding)).toMatch(/dépasse ce qu’un tableur peut calculer.*Vérifiez les valeurs/);
    expect(JSON.stringify(consolidationJson(c, null))).not.toMatch(/Infinity/);
  });

  it('a single value of 1.7e308 is the figure, kept (tidying it does not overflow)', () => {
    const c = consolidate(plan, [returnOf(plan, '04001', { 't.sum|2024|': 1.7e308 })], { now });
    expect(totalOf(c, 't.sum', '2024')).toMatchObject({ total: 1.7e308, answered: 1 });
    expect(totalOf(c, 't.sum', '2024').overflow).toBeUndefined();
    expect(c.findings).toEqual([]);
  });
});
