/**
 * The indicator codes an expression or condition reads: what the missing policies look at,
 * and what plan checks compare against the list of known indicators.
 */
import { foldExpr } from './fold';
import type { Condition, Expr, Reference } from './types';

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

/** One key per distinct read: `#{a}`, `#{a:m}` and `cumul(#{a})` read three different values. */
export function readKey(ref: Pick<Reference, 'code' | 'member' | 'span'>): string {
  return `${ref.span}\u0000${ref.code}\u0000${ref.member ?? ''}`;
}

/** Unique reads (code, member, span), in order of first appearance: what a lookup is asked. */
export function referencedReads(expr: Expr): Reference[] {
  const reads = new Map<string, Reference>();
  foldExpr<void>(expr, {
    number: () => undefined,
    ref: (node) => {
      if (!reads.has(readKey(node))) reads.set(readKey(node), node);
    },
    unary: () => undefined,
    binary: () => undefined,
  });
  return [...reads.values()];
}
