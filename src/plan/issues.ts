/**
 * What is wrong with a plan, as data. Messages are rendered by src/i18n from `code` and `params`;
 * a schema issue carries the name of the schema's own check that failed (`params.rule`, with
 * `params.kinds` for `formation_kind`), or else zod's wording of its built-in check in zod's
 * French locale (`params.message`: zod's catalogue, not ours).
 */
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

export type PlanIssue = {
  code: PlanIssueCode;
  path: PlanPath;
  params: Record<string, string | number>;
};

/** `fiches[3].actions[0].indicators[2].code`: the path a person can follow in the JSON (worded in src/i18n). */
export { formatPath } from '../i18n/planPath';

/** The plan schema's own checks (src/plan/schema.ts), each worded by src/i18n/planSchemaRules. */
export const schemaRules = [
  'code',
  'non_empty',
  'iso_date',
  'insee',
  'postcode',
  'communes_min',
  'reporter',
  'formation_kind',
  'fiche_number',
  'reporters_min',
  'periods_min',
  'change_factor',
  'short_title',
  'options_min',
  'version',
  'parties_min',
  'fiches_min',
] as const;
export type SchemaRule = (typeof schemaRules)[number];

export function isSchemaRule(text: string): text is SchemaRule {
  return (schemaRules as readonly string[]).includes(text);
}
