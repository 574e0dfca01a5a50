/**
 * Comparison with a small relative tolerance. Indicator values are decimals computed in binary
 * floating point, so 0.1 + 0.2 is not exactly 0.3 and 70 % + 30 % need not be exactly 100 %;
 * a rule author comparing them means equality up to rounding, not bit for bit.
 */
import type { ComparisonOperator } from './types';

const RELATIVE_TOLERANCE = 1e-9;

export function nearlyEqual(a: number, b: number): boolean {
  // The exact test first: it is the only one that holds for two equal infinities.
  return a === b || Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
}

export function compare(a: number, operator: ComparisonOperator, b: number): boolean {
  switch (operator) {
    case '==':
      return nearlyEqual(a, b);
    case '!=':
      return !nearlyEqual(a, b);
    case '<':
      return a < b && !nearlyEqual(a, b);
    case '<=':
      return a < b || nearlyEqual(a, b);
    case '>':
      return a > b && !nearlyEqual(a, b);
    case '>=':
      return a > b || nearlyEqual(a, b);
  }
}
