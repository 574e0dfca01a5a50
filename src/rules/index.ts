/**
 * Validation rules across indicators (in the spirit of DHIS2 validation rules): a small
 * expression language over `#{code}` references, parsed to a tree and evaluated here, never
 * through `eval`, so that a rule typed in a workbook can do nothing but compute.
 */
export type {
  MissingPolicy,
  RuleOperator,
  Expr,
  Condition,
  ParseError,
  Lookup,
  ReadAt,
  Reference,
  SideValue,
  RuleLike,
  RuleOutcome,
} from './types';
export { parseExpression, parseCondition } from './parse';
export { referencedCodes, referencedReads } from './referencedCodes';
export { evaluateExpression } from './evaluate';
export { evaluateRule } from './evaluateRule';
export { checkRuleSyntax } from './ruleSyntax';
