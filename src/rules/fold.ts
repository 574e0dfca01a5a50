/**
 * Bottom-up traversal of a syntax tree, with an explicit stack instead of recursion.
 *
 * Parentheses are capped at parse time, but a left-associative chain is not: a rule summing
 * thousands of cells yields a tree thousands of levels deep on its left spine. Every walk over
 * a tree goes through here so that none of them can overflow the call stack.
 */
import type { BinaryExpr, Expr, Negation, NumberLiteral, Reference } from './types';

/** What to compute at each kind of node, given the results already computed for its children. */
export type ExprFolder<T> = {
  number(node: NumberLiteral): T;
  ref(node: Reference): T;
  unary(node: Negation, operand: T): T;
  binary(node: BinaryExpr, left: T, right: T): T;
};

type Frame = { node: Expr; childrenDone: boolean };

/** Children are folded left before right, so leaves are visited in reading order. */
export function foldExpr<T>(root: Expr, folder: ExprFolder<T>): T {
  const frames: Frame[] = [{ node: root, childrenDone: false }];
  const results: T[] = [];
  const pop = (): T => {
    if (results.length === 0) throw new Error('foldExpr: empty result stack (internal error)');
    return results.pop() as T;
  };

  for (let frame = frames.pop(); frame !== undefined; frame = frames.pop()) {
    const { node, childrenDone } = frame;
    switch (node.kind) {
      case 'number':
        results.push(folder.number(node));
        break;
      case 'ref':
        results.push(folder.ref(node));
        break;
      case 'unary':
        if (childrenDone) results.push(folder.unary(node, pop()));
        else frames.push({ node, childrenDone: true }, { node: node.operand, childrenDone: false });
        break;
      case 'binary':
        if (childrenDone) {
          const right = pop();
          const left = pop();
          results.push(folder.binary(node, left, right));
        } else {
          // Pushed right before left so that the left operand is popped, hence folded, first.
          frames.push(
            { node, childrenDone: true },
            { node: node.right, childrenDone: false },
            { node: node.left, childrenDone: false },
          );
        }
        break;
    }
  }
  return pop();
}
