/**
 * The indicator codes an expression or condition reads: what the missing policies look at,
 * and what plan checks compare against the list of known indicators.
 */
import { foldExpr } from './fold';
import type { Condition, Expr } from './types';

/** Unique codes, in order of first appearance in the text. */
export function referencedCodes(expr: Expr | Condition): string[] {
  const codes = new Set<string>();
  const collect = (root: Expr): void =>
    foldExpr<void>(root, {
      number: () => undefined,
      ref: (node) => {
        codes.add(node.code);
      },
      unary: () => undefined,
      binary: () => undefined,
    });
  // A Condition has no `kind`; every Expr node does.
  if ('kind' in expr) {
    collect(expr);
  } else {
    collect(expr.left);
    collect(expr.right);
  }
  return [...codes];
}
