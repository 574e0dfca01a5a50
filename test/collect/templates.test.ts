/**
 * The template cache (src/collect/templates.ts) gives each respondent exactly the cells its own
 * workbook has: a key that forgot the attributes, a named respondent or the periods would hand a
 * commune another's template, and its return would be read against the wrong cells.
 */
import { buildCollectionWorkbook, respondentsOf } from '../../src/collect';
import { templateKey, templateOf } from '../../src/collect/templates';
import { defaultPlan } from '../../src/plan';

const plan = defaultPlan();
const respondents = respondentsOf(plan);
const allPeriods = plan.periods.map((p) => p.id);

describe('templates laid out once per key', () => {
  it.each([
    ['every period', allPeriods],
    ['the first two periods', allPeriods.slice(0, 2)],
    ['the last period', allPeriods.slice(-1)],
  ])('%s: every respondent gets the cell map of its own workbook', (_case, periods) => {
    for (const respondent of respondents) {
      const own = buildCollectionWorkbook(plan, respondent, { now: '', periods: [...periods] }).inputs;
      expect({ respondent: respondent.code, inputs: templateOf(plan, respondent, periods).inputs }).toEqual({ respondent: respondent.code, inputs: own });
    }
  });

  it('one key, one cell map; fewer layouts than respondents', () => {
    const keys = new Map<string, string>();
    for (const respondent of respondents) {
      const cells = JSON.stringify(buildCollectionWorkbook(plan, respondent, { now: '' }).inputs);
      const key = templateKey(plan, respondent, allPeriods);
      expect(keys.get(key) ?? cells).toBe(cells);
      keys.set(key, cells);
    }
    expect(keys.size).toBeGreaterThan(1);
    expect(keys.size).toBeLessThan(respondents.length / 2);
  });

  it('the same workbook object for the same key (laid out once)', () => {
    const [a, b] = respondents.filter((r) => r.kind === 'commune' && templateKey(plan, r, allPeriods) === templateKey(plan, respondents.find((x) => x.kind === 'commune')!, allPeriods));
    expect(b).toBeDefined();
    expect(templateOf(plan, a!, allPeriods)).toBe(templateOf(plan, b!, allPeriods));
  });
});
