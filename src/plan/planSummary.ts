/**
 * A plan as its few-line summary tells it (`ctg plan`, the demo's first step), as data: what it is,
 * its fiches with their counts, the totals and the territory. Worded by src/i18n/planSummary.ts,
 * which computes nothing (ARCHITECTURE.md, « i18n/ computes nothing »).
 */
import { ficheRef, type FicheRef } from './ficheRef';
import type { Plan } from './schema';
import { indicatorSites } from './walk';

/** A fiche announced for a later amendment has no actions yet: only its title is told. */
export type PlanSummaryFiche =
  | { kind: 'announced'; fiche: FicheRef; title: string }
  | { kind: 'active'; fiche: FicheRef; title: string; actions: number; indicators: number };

export type PlanSummary = {
  title: string;
  id: string;
  version: string;
  /** ISO date. */
  signedOn: string;
  /** Period ids, in the plan's order. */
  periods: string[];
  parties: string[];
  /** In the plan's order. */
  fiches: PlanSummaryFiche[];
  activeFiches: number;
  announcedFiches: number;
  totals: { actions: number; indicators: number; brokenDown: number; rules: number; lists: number };
  territory: {
    communes: number;
    signatories: number;
    signatoryNames: string[];
    territories: number;
    facilities: number;
    /** Facility types in order of first appearance in Annexe 2, with how many facilities each. */
    facilitiesByType: Array<{ type: string; count: number }>;
    source: string;
  };
};

export function planSummary(plan: Plan): PlanSummary {
  const sites = indicatorSites(plan);
  const fiches = plan.fiches.map((fiche): PlanSummaryFiche => {
    const ref = ficheRef(fiche.number);
    if (fiche.status === 'announced') return { kind: 'announced', fiche: ref, title: fiche.title };
    const indicators = sites.filter((s) => s.fiche === fiche).length;
    return { kind: 'active', fiche: ref, title: fiche.title, actions: fiche.actions.length, indicators };
  });
  const activeFiches = plan.fiches.filter((f) => f.status === 'active').length;
  const { communes, territories, facilities, source } = plan.territory;
  const signatories = communes.filter((c) => c.signatory);
  const byType = new Map<string, number>();
  for (const f of facilities) byType.set(f.type, (byType.get(f.type) ?? 0) + 1);
  return {
    title: plan.title,
    id: plan.id,
    version: plan.version,
    signedOn: plan.signedOn,
    periods: plan.periods.map((p) => p.id),
    parties: plan.parties.map((p) => p.name),
    fiches,
    activeFiches,
    announcedFiches: plan.fiches.length - activeFiches,
    totals: {
      actions: plan.fiches.reduce((n, f) => n + f.actions.length, 0),
      indicators: sites.length,
      brokenDown: sites.filter((s) => s.indicator.breakdown.length > 0).length,
      rules: plan.rules.length,
      lists: plan.lists.length,
    },
    territory: {
      communes: communes.length,
      signatories: signatories.length,
      signatoryNames: signatories.map((c) => c.name),
      territories: territories.length,
      facilities: facilities.length,
      facilitiesByType: [...byType].map(([type, count]) => ({ type, count })),
      source,
    },
  };
}
