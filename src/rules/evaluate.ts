/**
 * Evaluation of an expression against the values of a period, under a missing-value policy.
 *
 * The policy is applied once, up front, from the set of distinct reads: whether a side is
 * skipped depends on which values are missing, not on where they sit in the formula.
 */
import { foldExpr } from './fold';
import { readKey, referencedReads } from './referencedCodes';
import type { Expr, Lookup, MissingPolicy, Reference, SideValue, SkipReason } from './types';

/**
 * The value a reference reads, or undefined when there is none. NaN and infinities count as
 * missing: an Excel error (#DIV/0!, #VALEUR!) in a cell must not make a rule pass or fail.
 */
export function readValue(lookup: Lookup, ref: Pick<Reference, 'code' | 'member' | 'span'>): number | undefined {
  const value = lookup(ref.code, { member: ref.member, span: ref.span });
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function isSkipped(policy: MissingPolicy, missing: number, referenced: number): boolean {
  // A constant side reads nothing, so it is never missing whatever the policy.
  if (referenced === 0) return false;
  switch (policy) {
    case 'skipIfAnyMissing':
      return missing > 0;
    case 'skipIfAllMissing':
      return missing === referenced;
    case 'missingAsZero':
      return false;
  }
}

const skipped = (reason: SkipReason): SideValue => ({ kind: 'skipped', reason });
const value = (v: number): SideValue => ({ kind: 'value', value: v });

export function evaluateExpression(expr: Expr, lookup: Lookup, policy: MissingPolicy): SideValue {
  // Each read (code, member, span) is looked up once, however often the formula repeats it.
  const values = new Map<string, number | undefined>();
  for (const ref of referencedReads(expr)) values.set(readKey(ref), readValue(lookup, ref));
  let missing = 0;
  for (const v of values.values()) if (v === undefined) missing++;
  if (isSkipped(policy, missing, values.size)) return skipped('missing');

  // Past the policy check, any value still missing is one the policy says to count as 0.
  return foldExpr<SideValue>(expr, {
    number: (node) => value(node.percent ? node.value / 100 : node.value),
    ref: (node) => value(values.get(readKey(node)) ?? 0),
    unary: (_node, operand) => (operand.kind === 'value' ? value(-operand.value) : operand),
    binary: (node, left, right) => {
      if (left.kind === 'skipped') return left;
      if (right.kind === 'skipped') return right;
      switch (node.operator) {
        case '+':
          return value(left.value + right.value);
        case '-':
          return value(left.value - right.value);
        case '*':
          return value(left.value * right.value);
        case '/':
          // A ratio over an empty denominator (no children, no budget) has no meaning to check.
          return right.value === 0 ? skipped('divisionByZero') : value(left.value / right.value);
      }
    },
  });
}
