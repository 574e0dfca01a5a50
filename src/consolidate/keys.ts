/** Keys of the consolidation's maps: one value per respondent, indicator, period and member. */
export function valueKey(respondent: string, code: string, period: string, member: string): string {
  return `${respondent}\u0000${code}\u0000${period}\u0000${member}`;
}

export function cellKey(file: string, sheet: string | null, cell: string | null): string {
  return `${file}\u0000${sheet ?? ''}\u0000${cell ?? ''}`;
}
