/**
 * Test helpers that turn trees back into text: `printTokens` writes the rule language (for
 * round-trip properties), `sexpr` writes a Lisp-like form that makes the tree's shape
 * (precedence, associativity) readable in tables.
 */
import type { Condition, Expr } from '../../src/rules';

type ArithmeticOperator = Extract<Expr, { kind: 'binary' }>['operator'];

const PRECEDENCE: Record<ArithmeticOperator, number> = { '+': 1, '-': 1, '*': 2, '/': 2 };

function formatNumber(value: number): string {
  const text = String(value);
  // The language has no exponent notation; generators keep numbers where String() avoids it.
  if (/e/i.test(text) || value < 0) throw new Error(`printer: cannot write ${text}`);
  return text;
}

/** Tokens of `expr`, with the parentheses that precedence and left associativity require. */
export function printTokens(expr: Expr): string[] {
  switch (expr.kind) {
    case 'number':
      return expr.percent ? [formatNumber(expr.value), '%'] : [formatNumber(expr.value)];
    case 'ref': {
      const ref = `#{${expr.code}${expr.member === null ? '' : `:${expr.member}`}}`;
      return expr.span === 'toDate' ? ['cumul', '(', ref, ')'] : [ref];
    }
    case 'unary': {
      const operand = printTokens(expr.operand);
      return ['-', ...(expr.operand.kind === 'binary' ? ['(', ...operand, ')'] : operand)];
    }
    case 'binary': {
      const level = PRECEDENCE[expr.operator];
      const needs = (side: Expr, strict: boolean): boolean =>
        side.kind === 'binary' && (strict ? PRECEDENCE[side.operator] <= level : PRECEDENCE[side.operator] < level);
      const wrap = (side: Expr, strict: boolean): string[] =>
        needs(side, strict) ? ['(', ...printTokens(side), ')'] : printTokens(side);
      // Same precedence on the right needs parentheses: `a - (b - c)` is not `a - b - c`.
      return [...wrap(expr.left, false), expr.operator, ...wrap(expr.right, true)];
    }
  }
}

export function printConditionTokens(condition: Condition): string[] {
  return [...printTokens(condition.left), condition.operator, ...printTokens(condition.right)];
}

/** `(+ 1 (* 2 3))`, `(neg #a)`, `12.5%`. */
export function sexpr(expr: Expr): string {
  switch (expr.kind) {
    case 'number':
      return `${expr.value}${expr.percent ? '%' : ''}`;
    case 'ref':
      return `${expr.span === 'toDate' ? 'cumul ' : ''}#${expr.code}${expr.member === null ? '' : `:${expr.member}`}`;
    case 'unary':
      return `(neg ${sexpr(expr.operand)})`;
    case 'binary':
      return `(${expr.operator} ${sexpr(expr.left)} ${sexpr(expr.right)})`;
  }
}
