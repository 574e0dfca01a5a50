/**
 * Evaluation of a whole rule: its `when` condition, then its two sides and their comparison.
 */
import { compare } from './compare';
import { evaluateExpression, readValue } from './evaluate';
import { referencedReads } from './referencedCodes';
import { parseRule } from './ruleSyntax';
import type { Condition, Expr, Lookup, RuleLike, RuleOutcome } from './types';

/**
 * Whether the condition holds. Its sides are always read with `skipIfAnyMissing`: a condition
 * on data nobody entered is unknown, and an unknown condition must not trigger the rule.
 */
function holds(condition: Condition, lookup: Lookup): boolean {
  const left = evaluateExpression(condition.left, lookup, 'skipIfAnyMissing');
  const right = evaluateExpression(condition.right, lookup, 'skipIfAnyMissing');
  return left.kind === 'value' && right.kind === 'value' && compare(left.value, condition.operator, right.value);
}

/**
 * For « paire obligatoire »: a side is filled when at least one indicator it reads has a
 * value. A constant side is filled, so `#{x} pair 1` means « x must be filled ».
 */
function isFilled(expr: Expr, lookup: Lookup): boolean {
  const reads = referencedReads(expr);
  return reads.length === 0 || reads.some((ref) => readValue(lookup, ref) !== undefined);
}

export function evaluateRule(rule: RuleLike, lookup: Lookup): RuleOutcome {
  // Syntax comes first, whatever the data: a broken rule is reported even where it would not
  // apply. Same order as `checkRuleSyntax`, whose first error this is.
  const { left: leftParsed, right: rightParsed, when } = parseRule(rule);
  if (!leftParsed.ok) return { outcome: 'invalid', side: 'left', error: leftParsed.error };
  if (!rightParsed.ok) return { outcome: 'invalid', side: 'right', error: rightParsed.error };
  if (when !== undefined && !when.ok) return { outcome: 'invalid', side: 'when', error: when.error };

  if (when !== undefined && !holds(when.value, lookup)) return { outcome: 'notApplicable' };

  const leftExpr = leftParsed.value;
  const rightExpr = rightParsed.value;
  if (rule.operator === 'pair') {
    // Missing policies do not apply: being missing is precisely what a pair rule checks.
    return { outcome: isFilled(leftExpr, lookup) === isFilled(rightExpr, lookup) ? 'pass' : 'fail' };
  }

  const left = evaluateExpression(leftExpr, lookup, rule.missing.left);
  if (left.kind === 'skipped') return { outcome: 'skipped', reason: left.reason };
  const right = evaluateExpression(rightExpr, lookup, rule.missing.right);
  if (right.kind === 'skipped') return { outcome: 'skipped', reason: right.reason };
  return {
    outcome: compare(left.value, rule.operator, right.value) ? 'pass' : 'fail',
    left: left.value,
    right: right.value,
  };
}
