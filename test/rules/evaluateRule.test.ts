import { checkRuleSyntax, evaluateRule, type Lookup, type MissingPolicy, type RuleLike, type RuleOperator, type RuleOutcome } from '../../src/rules';

/** a = 10, d = 5, z = 0, yes = 1, no = 0; b, e and every other code are missing. */
const VALUES: Record<string, number | undefined> = { a: 10, d: 5, z: 0, yes: 1, no: 0 };
const lookup: Lookup = (code) => VALUES[code];

function rule(
  left: string,
  operator: RuleOperator,
  right: string,
  options: { when?: string; left?: MissingPolicy; right?: MissingPolicy } = {},
): RuleLike {
  return {
    left,
    operator,
    right,
    ...(options.when === undefined ? {} : { when: options.when }),
    missing: { left: options.left ?? 'skipIfAnyMissing', right: options.right ?? 'skipIfAnyMissing' },
  };
}

describe('evaluateRule: comparison operators', () => {
  it.each<[string, RuleOperator, string, RuleOutcome['outcome']]>([
    ['#{a}', '==', '10', 'pass'],
    ['#{a}', '==', '9', 'fail'],
    ['#{a}', '!=', '9', 'pass'],
    ['#{a}', '!=', '10', 'fail'],
    ['#{d}', '<', '#{a}', 'pass'],
    ['#{a}', '<', '#{a}', 'fail'],
    ['#{a}', '<', '#{d}', 'fail'],
    ['#{a}', '<=', '#{a}', 'pass'],
    ['#{d}', '<=', '#{a}', 'pass'],
    ['#{a}', '<=', '#{d}', 'fail'],
    ['#{a}', '>', '#{d}', 'pass'],
    ['#{a}', '>', '#{a}', 'fail'],
    ['#{d}', '>', '#{a}', 'fail'],
    ['#{a}', '>=', '#{a}', 'pass'],
    ['#{a}', '>=', '#{d}', 'pass'],
    ['#{d}', '>=', '#{a}', 'fail'],
    ['#{d} / #{a}', '==', '50 %', 'pass'],
    ['-#{a}', '<', '#{z}', 'pass'],
  ])('%s %s %s → %s', (left, operator, right, outcome) => {
    expect(evaluateRule(rule(left, operator, right), lookup).outcome).toBe(outcome);
  });

  it('reports the values it compared', () => {
    expect(evaluateRule(rule('#{a} + #{d}', '>', '#{a}'), lookup)).toEqual({ outcome: 'pass', left: 15, right: 10 });
    expect(evaluateRule(rule('#{d}', '>=', '#{a} * 50%'), lookup)).toEqual({ outcome: 'pass', left: 5, right: 5 });
  });
});

describe('evaluateRule: tolerance', () => {
  it.each<[string, RuleOperator, string, RuleOutcome['outcome']]>([
    ['0.1 + 0.2', '==', '0.3', 'pass'],
    ['70% + 30%', '==', '100%', 'pass'],
    ['0.1 + 0.2', '!=', '0.3', 'fail'],
    ['0.3', '<', '0.1 + 0.2', 'fail'],
    ['0.3', '<=', '0.1 + 0.2', 'pass'],
    ['0.1 + 0.2', '>', '0.3', 'fail'],
    ['0.1 + 0.2', '<=', '0.3', 'pass'],
    ['0.3', '>=', '0.1 + 0.2', 'pass'],
    // the tolerance is relative to the magnitude...
    ['1000000000000', '==', '1000000000000.0001', 'pass'],
    ['1000000000000', '<', '1000000000000.0001', 'fail'],
    // ...and small: real differences still count
    ['1', '==', '1.000001', 'fail'],
    ['1', '<', '1.000001', 'pass'],
    ['0', '==', '0.00000001', 'fail'],
    ['0', '!=', '0.00000001', 'pass'],
  ])('%s %s %s → %s', (left, operator, right, outcome) => {
    expect(evaluateRule(rule(left, operator, right), lookup).outcome).toBe(outcome);
  });
});

describe('evaluateRule: skipped sides', () => {
  it.each<[RuleLike, RuleOutcome]>([
    [rule('#{b}', '==', '1'), { outcome: 'skipped', reason: 'missing' }],
    [rule('1', '==', '#{b}'), { outcome: 'skipped', reason: 'missing' }],
    [rule('#{a} / #{z}', '==', '1'), { outcome: 'skipped', reason: 'divisionByZero' }],
    [rule('1', '==', '#{a} / #{z}'), { outcome: 'skipped', reason: 'divisionByZero' }],
    // the left side is looked at first
    [rule('#{b}', '==', '1 / 0'), { outcome: 'skipped', reason: 'missing' }],
    [rule('1 / 0', '==', '#{b}'), { outcome: 'skipped', reason: 'divisionByZero' }],
    // each side has its own policy
    [rule('#{a} + #{b}', '==', '10', { left: 'skipIfAllMissing' }), { outcome: 'pass', left: 10, right: 10 }],
    [rule('#{a} + #{b}', '==', '10', { right: 'missingAsZero' }), { outcome: 'skipped', reason: 'missing' }],
    [rule('#{b} + #{e}', '<=', '#{a}', { left: 'missingAsZero' }), { outcome: 'pass', left: 0, right: 10 }],
    [rule('#{a}', '>', '#{b}', { left: 'missingAsZero', right: 'missingAsZero' }), { outcome: 'pass', left: 10, right: 0 }],
    [rule('#{a}', '>', '#{b}', { left: 'missingAsZero', right: 'skipIfAllMissing' }), { outcome: 'skipped', reason: 'missing' }],
  ])('%j → %j', (r, expected) => {
    expect(evaluateRule(r, lookup)).toEqual(expected);
  });
});

describe('evaluateRule: pair (paire obligatoire)', () => {
  it.each<[string, string, RuleOutcome['outcome']]>([
    ['#{a}', '#{d}', 'pass'], // both filled
    ['#{b}', '#{e}', 'pass'], // both empty
    ['#{a}', '#{b}', 'fail'], // only the left
    ['#{b}', '#{a}', 'fail'], // only the right
    ['#{z}', '#{b}', 'fail'], // 0 is a value: filled
    ['#{b} + #{a}', '#{d}', 'pass'], // one reference filled is enough
    ['#{b} + #{e}', '#{d}', 'fail'],
    ['1', '#{a}', 'pass'], // a constant counts as filled
    ['1', '#{b}', 'fail'],
    ['#{a} / #{z}', '#{d}', 'pass'], // values are not computed, so no division by zero
  ])('%s pair %s → %s', (left, right, outcome) => {
    expect(evaluateRule(rule(left, 'pair', right), lookup)).toEqual({ outcome });
  });

  it('ignores the missing policies', () => {
    for (const policy of ['skipIfAnyMissing', 'skipIfAllMissing', 'missingAsZero'] as const) {
      expect(evaluateRule(rule('#{a}', 'pair', '#{b}', { left: policy, right: policy }), lookup)).toEqual({ outcome: 'fail' });
      expect(evaluateRule(rule('#{b}', 'pair', '#{e}', { left: policy, right: policy }), lookup)).toEqual({ outcome: 'pass' });
    }
  });
});

describe('evaluateRule: when', () => {
  it.each<[string | undefined, RuleLike['operator'], string, RuleOutcome]>([
    // the condition holds: the rule is evaluated, and may fail
    ['#{yes} == 1', '>', '0', { outcome: 'pass', left: 10, right: 0 }],
    ['#{yes} == 1', '<', '0', { outcome: 'fail', left: 10, right: 0 }],
    ['#{a} >= 2 * #{d}', '==', '10', { outcome: 'pass', left: 10, right: 10 }],
    ['0.1 + 0.2 == 0.3', '==', '10', { outcome: 'pass', left: 10, right: 10 }],
    // the condition does not hold
    ['#{no} == 1', '<', '0', { outcome: 'notApplicable' }],
    ['#{a} < #{d}', '<', '0', { outcome: 'notApplicable' }],
    // the condition cannot be evaluated: missing value, even where 0 would make it hold
    ['#{b} == 0', '<', '0', { outcome: 'notApplicable' }],
    ['#{b} + #{a} == 10', '<', '0', { outcome: 'notApplicable' }],
    ['#{a} / #{z} > 0', '<', '0', { outcome: 'notApplicable' }],
    // applies to pair rules too
    ['#{no} == 1', 'pair', '#{b}', { outcome: 'notApplicable' }],
    ['#{yes} == 1', 'pair', '#{b}', { outcome: 'fail' }],
    // a blank condition is no condition
    ['', '<', '0', { outcome: 'fail', left: 10, right: 0 }],
    ['  ', '<', '0', { outcome: 'fail', left: 10, right: 0 }],
    [undefined, '<', '0', { outcome: 'fail', left: 10, right: 0 }],
  ])('when %j, #{a} %s %s → %j', (when, operator, right, expected) => {
    expect(evaluateRule(rule('#{a}', operator, right, when === undefined ? {} : { when }), lookup)).toEqual(expected);
  });

  it('is read with skipIfAnyMissing whatever the sides’ policies', () => {
    const r = rule('#{a}', '>', '#{b}', { when: '#{b} == 0', left: 'missingAsZero', right: 'missingAsZero' });
    expect(evaluateRule(r, lookup)).toEqual({ outcome: 'notApplicable' });
  });
});

describe('evaluateRule: invalid rules', () => {
  it.each<[RuleLike, 'left' | 'right' | 'when', string, number]>([
    [rule('#{Bad}', '==', '1'), 'left', 'invalid_reference', 2],
    [rule('1', '==', '(1 + 2'), 'right', 'unexpected_end', 6],
    [rule('1', '==', '1', { when: '#{a} = 1' }), 'when', 'unexpected_character', 5],
    [rule('1', '==', '1', { when: '#{a}' }), 'when', 'unexpected_end', 4],
    [rule('', 'pair', '1'), 'left', 'empty', 0],
    // the first side in the order left, right, when
    [rule('1 +', '==', '$', { when: '?' }), 'left', 'unexpected_end', 3],
    [rule('1', '==', '$', { when: '?' }), 'right', 'unexpected_character', 0],
    // syntax is reported whatever the data: here the condition would not hold
    [rule('1 +', '==', '1', { when: '#{no} == 1' }), 'left', 'unexpected_end', 3],
  ])('%j is invalid on its %s side (%s at %i)', (r, side, code, position) => {
    const outcome = evaluateRule(r, lookup);
    expect(outcome.outcome === 'invalid' ? [outcome.side, outcome.error.code, outcome.error.position] : outcome).toEqual([
      side,
      code,
      position,
    ]);
  });
});

describe('checkRuleSyntax', () => {
  it('returns nothing for a valid rule', () => {
    expect(checkRuleSyntax(rule('#{a} / #{d}', '<=', '100 %', { when: '#{yes} == 1' }))).toEqual([]);
    expect(checkRuleSyntax(rule('#{a}', 'pair', '#{b}', { when: '   ' }))).toEqual([]);
  });

  it('returns every error, side by side', () => {
    const errors = checkRuleSyntax(rule('1 +', '==', '#{X}', { when: '#{a} + 1' }));
    expect(errors.map(({ side, error }) => [side, error.code, error.position])).toEqual([
      ['left', 'unexpected_end', 3],
      ['right', 'invalid_reference', 2],
      ['when', 'unexpected_end', 8],
    ]);
  });

  it('returns only the sides in error', () => {
    expect(checkRuleSyntax(rule('1', '==', '2 2', { when: '1 == 1' })).map((e) => e.side)).toEqual(['right']);
    expect(checkRuleSyntax(rule('1', '==', '2', { when: '1 == ' })).map((e) => e.side)).toEqual(['when']);
  });

  it('agrees with evaluateRule on the first error', () => {
    const r = rule('1', '==', '2 2', { when: '1 =' });
    const [first] = checkRuleSyntax(r);
    expect(evaluateRule(r, lookup)).toEqual({ outcome: 'invalid', ...first });
  });
});
