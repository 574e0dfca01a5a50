import { evaluateExpression, parseExpression, type Expr, type Lookup, type MissingPolicy, type SideValue } from '../../src/rules';
import { parseErrorMessage } from '../../src/i18n/ruleErrors';

function parsed(text: string): Expr {
  const result = parseExpression(text);
  if (!result.ok) throw new Error(`expected ${JSON.stringify(text)} to parse: ${parseErrorMessage(result.error)}`);
  return result.value;
}

/** a = 10, d = 5, z = 0; b and every other code are missing; nan holds an Excel error. */
const VALUES: Record<string, number | undefined> = { a: 10, b: undefined, d: 5, z: 0, nan: NaN, inf: Infinity };
const lookup: Lookup = (code) => VALUES[code];

const value = (v: number): SideValue => ({ kind: 'value', value: v });
const MISSING: SideValue = { kind: 'skipped', reason: 'missing' };
const DIV0: SideValue = { kind: 'skipped', reason: 'divisionByZero' };

describe('evaluateExpression: arithmetic', () => {
  it.each([
    ['1 + 2 * 3', 7],
    ['(1 + 2) * 3', 9],
    ['10 - 4 - 3', 3],
    ['16 / 4 / 2', 2],
    ['-#{a} + 1', -9],
    ['--#{a}', 10],
    ['#{a} * #{d}', 50],
    ['12.5 %', 0.125],
    ['50% * #{a}', 5],
    ['100 %', 1],
    ['#{d} / #{a} * 100', 50],
    ['0 / #{a}', 0],
  ])('%j = %d', (text, expected) => {
    expect(evaluateExpression(parsed(text), lookup, 'skipIfAnyMissing')).toEqual(value(expected));
  });
});

describe('evaluateExpression: missing policies', () => {
  it.each<[string, MissingPolicy, SideValue]>([
    // one value missing out of two
    ['#{a} + #{b}', 'skipIfAnyMissing', MISSING],
    ['#{a} + #{b}', 'skipIfAllMissing', value(10)],
    ['#{a} + #{b}', 'missingAsZero', value(10)],
    // every value missing
    ['#{b} + #{e}', 'skipIfAnyMissing', MISSING],
    ['#{b} + #{e}', 'skipIfAllMissing', MISSING],
    ['#{b} + #{e}', 'missingAsZero', value(0)],
    ['#{b} * 2 + 1', 'missingAsZero', value(1)],
    // a repeated missing code is still « all missing »
    ['#{b} - #{b}', 'skipIfAllMissing', MISSING],
    // nothing missing: the policy makes no difference
    ['#{a} + #{d}', 'skipIfAnyMissing', value(15)],
    ['#{a} + #{d}', 'skipIfAllMissing', value(15)],
    ['#{a} + #{d}', 'missingAsZero', value(15)],
    // zero is a value, not a missing one
    ['#{z} + 1', 'skipIfAnyMissing', value(1)],
    ['#{z} + #{b}', 'skipIfAllMissing', value(0)],
    // a constant reads nothing, so it is never missing
    ['42', 'skipIfAnyMissing', value(42)],
    ['42', 'skipIfAllMissing', value(42)],
    ['42', 'missingAsZero', value(42)],
    // NaN and infinities (Excel errors) count as missing
    ['#{nan}', 'skipIfAnyMissing', MISSING],
    ['#{nan} + 1', 'missingAsZero', value(1)],
    ['#{inf} + #{a}', 'skipIfAllMissing', value(10)],
  ])('%j under %s is %j', (text, policy, expected) => {
    expect(evaluateExpression(parsed(text), lookup, policy)).toEqual(expected);
  });
});

describe('evaluateExpression: division by zero', () => {
  it.each<[string, MissingPolicy, SideValue]>([
    ['#{a} / #{z}', 'skipIfAnyMissing', DIV0],
    ['#{a} / 0', 'missingAsZero', DIV0],
    ['#{a} / (#{d} - 5)', 'skipIfAnyMissing', DIV0],
    ['#{a} / -0', 'skipIfAnyMissing', DIV0],
    ['1 + #{a} / #{z} * 0', 'skipIfAnyMissing', DIV0],
    ['-(1 / 0)', 'skipIfAnyMissing', DIV0],
    // a missing denominator counted as 0 divides by zero...
    ['#{a} / #{b}', 'missingAsZero', DIV0],
    ['#{a} / #{b}', 'skipIfAllMissing', DIV0],
    // ...but a side skipped for a missing value is reported as missing
    ['#{a} / #{b}', 'skipIfAnyMissing', MISSING],
    // dividing zero is fine
    ['#{z} / #{a}', 'skipIfAnyMissing', value(0)],
  ])('%j under %s is %j', (text, policy, expected) => {
    expect(evaluateExpression(parsed(text), lookup, policy)).toEqual(expected);
  });
});

describe('evaluateExpression: lookups', () => {
  it('looks each code up once, however often it appears', () => {
    const seen: string[] = [];
    const counting: Lookup = (code) => {
      seen.push(code);
      return 1;
    };
    expect(evaluateExpression(parsed('#{a} + #{a} * #{b} - #{a}'), counting, 'skipIfAnyMissing')).toEqual(value(1));
    expect(seen.sort()).toEqual(['a', 'b']);
  });

  it('evaluates a very long sum without overflowing the stack', () => {
    const text = Array.from({ length: 100_000 }, () => '#{a}').join(' + ');
    expect(evaluateExpression(parsed(text), lookup, 'skipIfAnyMissing')).toEqual(value(1_000_000));
  });

  it('evaluates a long run of minus signs', () => {
    expect(evaluateExpression(parsed(`${'-'.repeat(100_001)}#{a}`), lookup, 'skipIfAnyMissing')).toEqual(value(-10));
  });
});

describe('evaluateExpression: sums to date and named members', () => {
  /** Values by what is read: `a` this period is 2, to date 7; member `m` of `a` is 1; `b` has nothing to date. */
  const reads: Record<string, number | undefined> = { 'a|period|': 2, 'a|toDate|': 7, 'a|period|m': 1, 'a|toDate|m': 3, 'b|period|': 4 };
  const byRead: Lookup = (code, at) => reads[`${code}|${at?.span ?? 'period'}|${at?.member ?? ''}`];

  it.each([
    ['#{a}', value(2)],
    ['cumul(#{a})', value(7)],
    ['#{a:m}', value(1)],
    ['cumul(#{a:m})', value(3)],
    ['cumul(#{a}) - #{a}', value(5)],
    ['#{a} + #{a:m} + cumul(#{a}) + cumul(#{a:m})', value(13)],
  ])('%j = %j', (text, expected) => {
    expect(evaluateExpression(parsed(text), byRead, 'skipIfAnyMissing')).toEqual(expected);
  });

  it.each<[string, MissingPolicy, SideValue]>([
    // b has a value this period but none to date: the sum to date is what is missing
    ['cumul(#{b})', 'skipIfAnyMissing', MISSING],
    ['cumul(#{b}) + #{b}', 'skipIfAllMissing', value(4)],
    ['cumul(#{b})', 'missingAsZero', value(0)],
  ])('%j under %s → %j', (text, policy, expected) => {
    expect(evaluateExpression(parsed(text), byRead, policy)).toEqual(expected);
  });
});
