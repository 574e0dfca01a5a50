/** A plan path as a person reads it in the JSON: `fiches[3].actions[0].indicators[2].code`. */
export function formatPath(path: ReadonlyArray<string | number>): string {
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`))
    .join('');
}
