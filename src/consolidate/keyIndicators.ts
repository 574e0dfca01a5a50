/**
 * The indicators a steering committee looks at first, fiche by fiche: those whose evolution the
 * convention asks to follow (« … et son évolution »); for a fiche without one, its first counted
 * figure (a sum of numbers, or the authoritative source's count). Each with the member that stands
 * for the territory.
 */
import type { Plan } from '../plan/schema';
import { hasMemberTotal } from './aggregate';
import { totalMember, type Consolidation, type IndicatorConsolidation } from './types';

export type KeyIndicator = { indicator: IndicatorConsolidation; member: string };

/** The members that stand for the territory: none (''), the sum of the members (`total`), or each member. */
export function headlineMembers(indicator: Pick<IndicatorConsolidation, 'members' | 'applied' | 'type'>): string[] {
  if (indicator.members.length === 0) return [''];
  return hasMemberTotal(indicator.applied, indicator.type) ? [totalMember] : indicator.members.map((m) => m.code);
}

const counted = new Set(['integer', 'decimal', 'amount']);

export function keyIndicators(plan: Plan, consolidation: Consolidation): KeyIndicator[] {
  return plan.fiches
    .filter((f) => f.status === 'active')
    .flatMap((fiche) => {
      const own = consolidation.indicators.filter((i) => i.fiche === fiche.number);
      const tracked = own.filter((i) => i.trackEvolution);
      const chosen = tracked.length > 0 ? tracked : own.filter((i) => (i.applied === 'sum' || i.applied === 'source') && counted.has(i.type)).slice(0, 1);
      return chosen.map((indicator) => ({ indicator, member: headlineMembers(indicator)[0]! }));
    });
}
