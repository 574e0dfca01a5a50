/**
 * Parsing every expression of a rule at once, so that an author fixing a rule sees all of its
 * syntax errors together rather than one per attempt.
 */
import { parseCondition, parseExpression } from './parse';
import type { Condition, Expr, ParseError, ParseResult, RuleLike, RuleSide } from './types';

export type ParsedRule = {
  left: ParseResult<Expr>;
  right: ParseResult<Expr>;
  /** undefined when the rule has no condition. */
  when: ParseResult<Condition> | undefined;
};

/**
 * A blank `when` means « no condition », not a syntax error: it is what an empty Excel cell
 * becomes once read.
 */
function hasCondition(when: string | undefined): when is string {
  return when !== undefined && !/^\s*$/.test(when);
}

export function parseRule(rule: RuleLike): ParsedRule {
  return {
    left: parseExpression(rule.left),
    right: parseExpression(rule.right),
    when: hasCondition(rule.when) ? parseCondition(rule.when) : undefined,
  };
}

/** Parse every expression of a rule; returns every parse error found (never stops at the first). */
export function checkRuleSyntax(rule: RuleLike): Array<{ side: RuleSide; error: ParseError }> {
  const { left, right, when } = parseRule(rule);
  const errors: Array<{ side: RuleSide; error: ParseError }> = [];
  if (!left.ok) errors.push({ side: 'left', error: left.error });
  if (!right.ok) errors.push({ side: 'right', error: right.error });
  if (when !== undefined && !when.ok) errors.push({ side: 'when', error: when.error });
  return errors;
}
