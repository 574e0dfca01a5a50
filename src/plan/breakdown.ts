/**
 * The members of a broken-down indicator, said once for the writer of the collection sheet, its
 * reader and the consolidation: one dimension gives its list's options; several are crossed
 * member by member, codes joined with « + » and labels with « — ».
 */
import type { ChoiceList, Indicator } from './schema';

export type BreakdownMember = { code: string; label: string };

/** In sheet order; empty when the indicator has no breakdown. */
export function breakdownMembers(indicator: Pick<Indicator, 'breakdown'>, lists: readonly ChoiceList[]): BreakdownMember[] {
  return indicator.breakdown.reduce<BreakdownMember[]>((acc, listId) => {
    const options = lists.find((l) => l.id === listId)?.options ?? [];
    if (acc.length === 0) return options.map((o) => ({ code: o.code, label: o.label }));
    return acc.flatMap((a) => options.map((o) => ({ code: `${a.code}+${o.code}`, label: `${a.label} — ${o.label}` })));
  }, []);
}
