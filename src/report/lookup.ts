/** The plan's indicators by code, with their fiche, action and breakdown members, for the report's sheets. */
import { breakdownMembers } from '../plan/breakdown';
import type { Indicator, Plan } from '../plan/schema';
import { indicatorSites } from '../plan/walk';

export type IndicatorSiteInfo = { indicator: Indicator; fiche: string; action: number | null; members: Array<{ code: string; label: string }> };
export type IndicatorLookup = Map<string, IndicatorSiteInfo>;

export function indicatorLookup(plan: Plan): IndicatorLookup {
  return new Map(
    indicatorSites(plan).map(({ fiche, action, indicator }) => [indicator.code, { indicator, fiche: fiche.number, action: action?.number ?? null, members: breakdownMembers(indicator, plan.lists) }]),
  );
}

/** A breakdown member's label (its code when the plan does not know it); null for the total (no member). */
export function memberLabel(site: IndicatorSiteInfo | undefined, member: string): string | null {
  return site?.members.find((m) => m.code === member)?.label ?? (member || null);
}
