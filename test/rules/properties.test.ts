import fc from 'fast-check';
import { evaluateExpression, parseCondition, parseExpression, referencedCodes, type ParseError } from '../../src/rules';
import { parseErrorMessage } from '../../src/i18n/ruleErrors';
import {
  anyExprArb,
  conditionArb,
  joinTokens,
  lookupOf,
  poolExprArb,
  separatorsArb,
  valuesArb,
} from './arbitraries';
import { printConditionTokens, printTokens } from './print';

const CODES: ReadonlySet<ParseError['code']> = new Set([
  'unexpected_character',
  'unexpected_token',
  'unexpected_end',
  'invalid_reference',
  'empty',
]);

/** Strings made mostly of the language's own characters, which reach deeper into the parser. */
const nearlyValidArb = fc.string({
  unit: fc.constantFrom('1', '2', '0', '.', '%', '#', '{', '}', 'a', '-', '_', 'B', '(', ')', '+', '*', '/', '<', '>', '=', '!', ' ', '\u202f', 'é', '😀'),
  maxLength: 60,
});

const anyTextArb = fc.oneof(
  nearlyValidArb,
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
);

function expectWellFormedError(text: string, error: ParseError): void {
  expect(CODES.has(error.code)).toBe(true);
  expect(Number.isInteger(error.position)).toBe(true);
  expect(error.position).toBeGreaterThanOrEqual(0);
  expect(error.position).toBeLessThanOrEqual(text.length);
  // every message says where, counting from 1
  expect(parseErrorMessage(error)).toContain(`position ${error.position + 1}`);
}

describe('parsing arbitrary text', () => {
  it('never throws, and any error is located within the text', () => {
    fc.assert(
      fc.property(anyTextArb, (text) => {
        for (const result of [parseExpression(text), parseCondition(text)]) {
          if (!result.ok) expectWellFormedError(text, result.error);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on deep or long inputs built from the language', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('(', ')', '-', '1', '+', '#{a}', '%', ' '),
        fc.integer({ min: 1, max: 5000 }),
        (piece, count) => {
          const text = piece.repeat(count);
          const result = parseExpression(text);
          if (!result.ok) expectWellFormedError(text, result.error);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('printing then parsing', () => {
  it('gives back the same expression, whatever the spacing', () => {
    fc.assert(
      fc.property(anyExprArb, separatorsArb, (expr, separators) => {
        const text = joinTokens(printTokens(expr), separators);
        expect(parseExpression(text)).toEqual({ ok: true, value: expr });
      }),
      { numRuns: 1000 },
    );
  });

  it('gives back the same condition', () => {
    fc.assert(
      fc.property(conditionArb, separatorsArb, (condition, separators) => {
        const text = joinTokens(printConditionTokens(condition), separators);
        expect(parseCondition(text)).toEqual({ ok: true, value: condition });
      }),
      { numRuns: 500 },
    );
  });

  it('reports a stray character exactly where it was inserted', () => {
    fc.assert(
      fc.property(anyExprArb, fc.nat(), fc.constantFrom('$', '?', '&', '\u200b', '😀'), (expr, cut, stray) => {
        // Inserted between two tokens, so that everything before it is a valid prefix.
        const tokens = printTokens(expr);
        const at = cut % (tokens.length + 1);
        const before = tokens.slice(0, at).join(' ');
        const text = `${before} ${stray} ${tokens.slice(at).join(' ')}`;
        const result = parseExpression(text);
        expect(result.ok ? null : [result.error.code, result.error.position]).toEqual([
          'unexpected_character',
          before.length + 1,
        ]);
      }),
      { numRuns: 500 },
    );
  });
});

describe('missing policies', () => {
  it('missingAsZero is evaluating with 0 in place of every missing value', () => {
    fc.assert(
      fc.property(poolExprArb, valuesArb, (expr, values) => {
        const lookup = lookupOf(values);
        const zeroed = (code: string): number => lookup(code) ?? 0;
        expect(evaluateExpression(expr, lookup, 'missingAsZero')).toEqual(
          evaluateExpression(expr, zeroed, 'skipIfAnyMissing'),
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('skipIfAnyMissing skips for a missing value iff some referenced value is missing', () => {
    fc.assert(
      fc.property(poolExprArb, valuesArb, (expr, values) => {
        const lookup = lookupOf(values);
        const anyMissing = referencedCodes(expr).some((code) => lookup(code) === undefined);
        const result = evaluateExpression(expr, lookup, 'skipIfAnyMissing');
        expect(result.kind === 'skipped' && result.reason === 'missing').toBe(anyMissing);
        // and otherwise, it is the same computation as the other policies
        if (!anyMissing) expect(result).toEqual(evaluateExpression(expr, lookup, 'missingAsZero'));
      }),
      { numRuns: 1000 },
    );
  });

  it('skipIfAllMissing skips iff the side reads something and all of it is missing', () => {
    fc.assert(
      fc.property(poolExprArb, valuesArb, (expr, values) => {
        const lookup = lookupOf(values);
        const codes = referencedCodes(expr);
        const allMissing = codes.length > 0 && codes.every((code) => lookup(code) === undefined);
        const result = evaluateExpression(expr, lookup, 'skipIfAllMissing');
        if (allMissing) expect(result).toEqual({ kind: 'skipped', reason: 'missing' });
        else expect(result).toEqual(evaluateExpression(expr, lookup, 'missingAsZero'));
      }),
      { numRuns: 1000 },
    );
  });
});
