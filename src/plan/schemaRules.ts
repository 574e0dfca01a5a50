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
