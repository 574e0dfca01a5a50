/**
 * Consolidation of the returns of a CTG (pure): totals by indicator, period and member,
 * evolutions, targets, completeness, replaced values kept in a history.
 */
export * from './types';
export { consolidate } from './consolidate';
export { aggregate, computationOf, countStates, shareOf } from './aggregate';
export { evolution } from './evolution';
export { checkTarget } from './targets';
export { compareRecency, newestFirst } from './recency';
export { isDue } from './completeness';
export { valueKey } from './keys';
export { keyIndicators, headlineMembers, type KeyIndicator } from './keyIndicators';
export { consolidationFigures, countedOutcomes, fileOutcomes, outcomeOfFinding, type ConsolidationFigures, type FindingsApart } from './figures';
export { basisOf, scopedEvolution, type FigureOf, type ScopedFigure } from './scope';
export { marksOf, figureMarks, scopeChanges, type FigureMark } from './marks';
