/**
 * A schema check that failed, as data: one of the schema's own checks by name (`rule`), or one of
 * zod's built-in checks reduced to what its wording needs — what was expected, what kind of value
 * was found, the bounds, the allowed values, the unknown keys. Never zod's prose: src/i18n
 * (planSchemaRules.ts) words it in French and English; the issue's path says where.
 */
import { isSchemaRule, type SchemaRule } from './schemaRules';
import { formationKinds } from './schema';
import type { Issue } from './zod';

/** What a value found was, as the words need it (never the value itself, which may be a whole object). */
export type ValueKind = 'missing' | 'null' | 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object';

/** A value zod lists among the allowed ones, or the one found (a string, number, boolean or null). */
export type Primitive = string | number | boolean | null;

export type SchemaProblem =
  | { check: 'rule'; rule: Exclude<SchemaRule, 'formation_kind'> }
  /** `kinds`: the formations the plan format knows. */
  | { check: 'rule'; rule: 'formation_kind'; kinds: readonly string[] }
  /** `expected`: zod's type name (`string`, `number`, `int`, `boolean`, `object`, `array`, `record`…). */
  | { check: 'invalid_type'; expected: string; received: ValueKind }
  /** `origin`: what is measured (`string`: characters, `array`: items, `number`: the value). */
  | { check: 'too_small'; origin: string; minimum: number; inclusive: boolean }
  | { check: 'too_big'; origin: string; maximum: number; inclusive: boolean }
  /** `received`: the value found, when it is a short primitive. */
  | { check: 'invalid_value'; values: readonly Primitive[]; received?: Primitive }
  | { check: 'unrecognized_keys'; keys: readonly string[] }
  | { check: 'invalid_format'; format: string }
  | { check: 'not_multiple_of'; divisor: number }
  | { check: 'invalid_union' | 'invalid_key' | 'invalid_element' | 'custom' };

/** A value found longer than this is not quoted back: the path already says where it is. */
const quotedMax = 60;

export function valueKind(value: unknown): ValueKind {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'boolean';
  return 'object';
}

function quotable(value: unknown): Primitive | undefined {
  if (typeof value === 'string') return value.length <= quotedMax ? value : undefined;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return value;
  return undefined;
}

/** zod's issue (parsed with `reportInput`, so that the value found is there) → our data. */
export function schemaProblem(issue: Issue): SchemaProblem {
  // A check of our own names itself as its message (src/plan/schema.ts `rule`).
  const rule = issue.message;
  if (rule === 'formation_kind') return { check: 'rule', rule, kinds: formationKinds };
  if (isSchemaRule(rule)) return { check: 'rule', rule: rule as Exclude<SchemaRule, 'formation_kind'> };
  switch (issue.code) {
    case 'invalid_type':
      return { check: 'invalid_type', expected: issue.expected, received: valueKind(issue.input) };
    case 'too_small':
      return { check: 'too_small', origin: issue.origin, minimum: Number(issue.minimum), inclusive: issue.inclusive !== false };
    case 'too_big':
      return { check: 'too_big', origin: issue.origin, maximum: Number(issue.maximum), inclusive: issue.inclusive !== false };
    case 'invalid_value': {
      const received = quotable(issue.input);
      const values = issue.values.flatMap((v) => (typeof v === 'bigint' || typeof v === 'symbol' || v === undefined ? [] : [v]));
      return received === undefined ? { check: 'invalid_value', values } : { check: 'invalid_value', values, received };
    }
    case 'unrecognized_keys':
      return { check: 'unrecognized_keys', keys: issue.keys };
    case 'invalid_format':
      return { check: 'invalid_format', format: issue.format };
    case 'not_multiple_of':
      return { check: 'not_multiple_of', divisor: Number(issue.divisor) };
    default:
      return { check: issue.code };
  }
}
