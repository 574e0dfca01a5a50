/**
 * Consolidation of the returns of a CTG (pure): totals by indicator, period and member,
 * evolutions, targets, completeness, replaced values kept in a history.
 */
export * from './types';
export { consolidate } from './consolidate';
export { aggregate, computationOf, countStates } from './aggregate';
export { evolution } from './evolution';
export { checkTarget } from './targets';
export { valueKey } from './keys';
export { consolidationFigures } from './figures';
export { marksOf } from './marks';
