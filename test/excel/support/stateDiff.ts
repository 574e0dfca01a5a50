/**
 * The fake's state as a plain copy (Maps and Sets as sorted entries), to diff two states. Tags, not
 * `instanceof`: a Map made in another realm (Jest's sandbox, structuredClone) is a Map all the same.
 */
const tag = (value: unknown) => Object.prototype.toString.call(value);

export function plainState(value: unknown): unknown {
  if (tag(value) === '[object Map]') {
    return [...(value as Map<unknown, unknown>).entries()].map(([k, v]) => [k, plainState(v)]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  }
  if (tag(value) === '[object Set]') return [...(value as Set<unknown>)].sort();
  if (Array.isArray(value)) return value.map(plainState);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plainState(v)]));
  return value;
}
