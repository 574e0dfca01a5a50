/**
 * A field's path inside one sheet's item (a period, an indicator…): how the writer finds the value
 * of a column, how the reader puts a cell back, and how a schema issue's path finds its column.
 */
import type { PlanPath } from '../issues';
import type { Columns, FieldPath } from './columns';

/** The input the reader rebuilds: plain objects, as a plan author would write them in JSON. */
export type InputObject = { [field: string]: unknown };

export const isInputObject = (value: unknown): value is InputObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value at `path` in `item`, or undefined when a step is missing. */
export function valueAt(item: unknown, path: FieldPath): unknown {
  let value: unknown = item;
  for (const step of path) {
    if (!isInputObject(value)) return undefined;
    value = value[step];
  }
  return value;
}

/** Whether `path` begins with `prefix`. */
export function startsWith(path: PlanPath, prefix: FieldPath): boolean {
  return prefix.every((step, i) => path[i] === step);
}

/**
 * Puts `value` at `path`, making the objects on the way. An undefined value leaves the field out,
 * but still makes its objects when `required`: the schema then reports each missing field of a
 * required object (a fiche's theme) at its own column, not the object once.
 */
export function putAt(item: InputObject, path: FieldPath, value: unknown, required = false): void {
  if (path.length === 0 || (value === undefined && !required)) return;
  let target = item;
  for (const step of path.slice(0, -1)) {
    const next = target[step];
    if (isInputObject(next)) target = next;
    else target = target[step] = {};
  }
  if (value !== undefined) target[path[path.length - 1]!] = value;
}

/**
 * The column holding the field an issue points at (its path inside the item): the column whose
 * field shares the longest beginning with the path, the first one on a tie (`bounds` → « Min »);
 * `fallback` (the row's key column) when no column's field shares even its first step. `only`:
 * the columns of one part of a row (a list's own columns, or its option's).
 */
export function columnAt<C extends Columns>(
  columns: C,
  path: PlanPath,
  fallback: keyof C & string,
  only: ReadonlyArray<keyof C & string> = Object.keys(columns),
): keyof C & string {
  let best: { key: keyof C & string; depth: number } = { key: fallback, depth: 0 };
  for (const key of only) {
    const field = columns[key]!.field ?? [];
    let depth = 0;
    while (depth < field.length && depth < path.length && field[depth] === path[depth]) depth++;
    if (depth > best.depth) best = { key, depth };
  }
  return best.key;
}
