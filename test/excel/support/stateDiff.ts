/** The fake's state as plain JSON-able data (Maps and Sets as sorted entries), to diff two states. */
export function plainState(value: unknown): unknown {
  if (value instanceof Map) return [...value.entries()].map(([k, v]) => [k, plainState(v)]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  if (value instanceof Set) return [...value].sort();
  if (Array.isArray(value)) return value.map(plainState);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plainState(v)]));
  return value;
}
