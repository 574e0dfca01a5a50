/**
 * What is wrong with a plan, as data. Messages are rendered by src/i18n from `code` and `params`;
 * a schema issue's params say which check failed (src/plan/schemaIssue.ts): the schema's own
 * check by name, or zod's built-in one with what it expected and found.
 */
import type { SchemaProblem } from './schemaIssue';

/** What a `duplicate` issue is about (its `params.what`). */
export type DuplicateKind = 'period' | 'party' | 'commune' | 'territory' | 'fiche' | 'action' | 'indicator' | 'list' | 'rule';

export type PlanIssueCode =
  | 'schema'
  | 'duplicate'
  | 'unknown_period'
  | 'unknown_list'
  | 'list_required'
  | 'list_unexpected'
  | 'bounds_inverted'
  | 'target_period'
  | 'unknown_territory'
  | 'unknown_commune'
  | 'unknown_respondent'
  | 'attribute_unheld'
  | 'rule_syntax'
  | 'rule_unknown_indicator'
  | 'rule_unknown_member'
  | 'rule_breakdown_mismatch'
  | 'formation_several_kinds'
  | 'formation_type'
  | 'formation_source_not_reporter'
  | 'formation_source_not_single'
  | 'formation_shares'
  | 'formation_unknown_indicator'
  | 'formation_same_as_chain'
  | 'formation_same_as_mismatch'
  | 'formation_same_as_periods'
  | 'rule_not_collected'
  | 'announced_with_content'
  | 'active_without_action';

export type PlanPath = ReadonlyArray<string | number>;

/** The cross-checks' codes (src/plan/checkPlan.ts), whose params are plain words and numbers. */
export type CrossCheckCode = Exclude<PlanIssueCode, 'schema'>;
export type CrossCheckParams = Record<string, string | number>;

export type PlanIssue =
  | { code: CrossCheckCode; path: PlanPath; params: CrossCheckParams }
  | { code: 'schema'; path: PlanPath; params: SchemaProblem };

/** `fiches[3].actions[0].indicators[2].code`: the path a person can follow in the JSON (worded in src/i18n). */
export { formatPath } from '../i18n/planPath';

export { isSchemaRule, schemaRules, type SchemaRule } from './schemaRules';
