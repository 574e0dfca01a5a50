/**
 * The key in a fiche sheet's code column: the indicator's code alone, or « code/member » on a
 * member's row (« 3.2.a1.places/eaje »), and « code/total » on the total of its members.
 */

/** The member of the total row of a broken-down indicator. */
export const totalMember = 'total';

/** « code/member » as written in the code column; the code alone without breakdown. */
export function rowKey(code: string, member: string): string {
  return member === '' ? code : `${code}/${member}`;
}

export function splitRowKey(key: string): { code: string; member: string } {
  const slash = key.indexOf('/');
  return slash < 0 ? { code: key, member: '' } : { code: key.slice(0, slash), member: key.slice(slash + 1) };
}

/** Text shaped like a row key (a code, maybe with its member), known to the plan or not. */
export function looksLikeRowKey(text: string): boolean {
  return /^[0-9a-z][a-z0-9_-]*\.[a-z0-9._-]*(\/[a-z0-9+._-]+)?$/.test(text);
}
