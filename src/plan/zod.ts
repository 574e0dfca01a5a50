/**
 * The part of zod the code uses, by name, from `zod/mini`: import it as `import * as z from './zod'`.
 *
 * Why mini, and why by name: `import { z } from 'zod'` is zod's whole namespace, so the command
 * line's bundle kept its 40 locales (267 KB of the plan chunk's 536 KB) and its JSON-schema
 * conversion. Named imports of classic zod drop the locales but not the JSON-schema code nor the
 * English locale: classic schemas' constructors reference both. zod/mini's schemas have neither,
 * and their checks are the same core code, so a plan is judged exactly as before. No locale is
 * ever loaded: zod's issues are carried as data (src/plan/schemaIssue.ts) and worded by our
 * catalogue (src/i18n/planSchemaRules.ts).
 */
export {
  array,
  boolean,
  catch,
  discriminatedUnion,
  enum,
  extend,
  int,
  literal,
  null,
  nullable,
  number,
  object,
  optional,
  pipe,
  record,
  string,
  transform,
  union,
  _default,
  // Checks, given to a schema's `.check(…)`.
  gt,
  maxLength,
  maximum,
  minLength,
  minimum,
  refine,
  regex,
  trim,
} from 'zod/mini';
export type { infer, input, output, ZodMiniType } from 'zod/mini';
/** A failed check as zod reports it, before src/plan/schemaIssue.ts reduces it to our data. */
export type { $ZodIssue as Issue } from 'zod/v4/core';
