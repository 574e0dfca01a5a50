/** fast-check generators shared by the property tests. */
import fc from 'fast-check';
import type { Condition, Expr, Lookup } from '../../src/rules';

/** A small pool, so that generated expressions often read the same code twice. */
export const CODES = ['a', 'b', 'c', '1.2.a1.nombre', 'x_y-z', '0'] as const;

export const codeArb = fc.oneof(fc.constantFrom(...CODES), fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,12}$/));

/** Numbers as an author writes them: digits, optionally a dot and up to 6 decimals. */
export const numberArb: fc.Arbitrary<Expr> = fc
  .record({
    integer: fc.nat({ max: 999_999 }),
    decimals: fc.option(fc.stringMatching(/^[0-9]{1,6}$/), { nil: undefined }),
    percent: fc.boolean(),
  })
  .map(({ integer, decimals, percent }) => ({
    kind: 'number' as const,
    value: Number(decimals === undefined ? `${integer}` : `${integer}.${decimals}`),
    percent,
  }));

/** A reference: mostly `#{code}`, sometimes a named member and/or summed to date (`cumul`). */
function refArb(codes: fc.Arbitrary<string>): fc.Arbitrary<Expr> {
  return fc
    .record({
      code: codes,
      member: fc.option(fc.constantFrom('impayes', 'm1', 'x_y-z'), { nil: null, freq: 3 }),
      span: fc.constantFrom('period' as const, 'period' as const, 'toDate' as const),
    })
    .map(({ code, member, span }): Expr => ({ kind: 'ref', code, member, span }));
}

function exprArb(codes: fc.Arbitrary<string>): fc.Arbitrary<Expr> {
  const { expr } = fc.letrec<{ expr: Expr }>((tie) => ({
    // maxDepth falls back to the first arbitrary (a leaf) once deep enough.
    expr: fc.oneof(
      { maxDepth: 6, depthIdentifier: 'expr' },
      fc.oneof(numberArb, refArb(codes)),
      fc.record({ kind: fc.constant('unary' as const), operator: fc.constant('-' as const), operand: tie('expr') }),
      fc.record({
        kind: fc.constant('binary' as const),
        operator: fc.constantFrom('+' as const, '-' as const, '*' as const, '/' as const),
        left: tie('expr'),
        right: tie('expr'),
      }),
    ),
  }));
  return expr;
}

/** Any expression, over any valid code. */
export const anyExprArb = exprArb(codeArb);

/** Expressions over the small pool of codes, for evaluation against `valuesArb`. */
export const poolExprArb = exprArb(fc.constantFrom(...CODES));

export const conditionArb: fc.Arbitrary<Condition> = fc.record({
  left: anyExprArb,
  operator: fc.constantFrom('==' as const, '!=' as const, '<' as const, '<=' as const, '>' as const, '>=' as const),
  right: anyExprArb,
});

/** Values of the pool: small integers (0 included, for divisions by zero) or missing. */
export const valuesArb: fc.Arbitrary<Record<string, number | undefined>> = fc.record(
  Object.fromEntries(CODES.map((code) => [code, fc.option(fc.integer({ min: -20, max: 20 }), { nil: undefined })])),
);

export function lookupOf(values: Record<string, number | undefined>): Lookup {
  return (code) => values[code];
}

/** Separators between tokens: none at all, or any of the spaces people paste. */
export const separatorsArb = fc.array(fc.constantFrom('', ' ', '  ', '\t', '\n', '\u00a0', '\u202f'), {
  minLength: 1,
  maxLength: 20,
});

export function joinTokens(tokens: string[], separators: string[]): string {
  return tokens.map((token, i) => (i === 0 ? token : `${separators[i % separators.length] ?? ' '}${token}`)).join('');
}
