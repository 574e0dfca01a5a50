/**
 * Excel refuses (or silently truncates) validation texts beyond its limits: 32 characters for
 * titles, 255 for an input message, 225 for an error message, 255 for a formula or inline list.
 * Every input rule of every workbook stays within them.
 */
import { buildCollectionWorkbook, respondentsOf } from '../../src/collect';
import { defaultPlan } from '../../src/plan';
import { inputRuleRanges } from '../../src/workbook/ranges';

const plan = defaultPlan();
const rules = respondentsOf(plan)
  .filter((r, i, all) => all.findIndex((o) => o.kind === r.kind) === i)
  .flatMap((respondent) =>
    buildCollectionWorkbook(plan, respondent, { now: '2026-01-01T00:00:00Z' }).spec.sheets.flatMap((sheet) =>
      inputRuleRanges(sheet).map(({ address, rule }) => ({ where: `${respondent.kind} ${sheet.name}!${address}`, rule })),
    ),
  );

it('has rules to check', () => expect(rules.length).toBeGreaterThan(50));

it.each(rules.map((r) => [r.where, r.rule] as const))('%s stays within Excel’s limits', (_where, rule) => {
  expect(rule.prompt?.title.length ?? 0).toBeLessThanOrEqual(32);
  expect(rule.prompt?.text.length ?? 0).toBeLessThanOrEqual(255);
  expect(rule.error?.title.length ?? 0).toBeLessThanOrEqual(32);
  expect(rule.error?.text.length ?? 0).toBeLessThanOrEqual(225);
  if (rule.kind === 'custom') {
    expect(rule.formula.length).toBeLessThanOrEqual(255);
    expect(rule.formula).not.toContain('{cell}');
  }
  if (rule.kind === 'list') expect(rule.options.join(',').length).toBeLessThanOrEqual(255);
});
