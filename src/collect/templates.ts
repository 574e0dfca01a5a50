/**
 * A respondent's template — the collection workbook laid out for it — depends only on what selects
 * its cells: its kind, its attributes, its code where an indicator names it (plan/selection.ts), and
 * the periods. Laid out once per plan and key, then shared: reading 48 returns of a run lays out a
 * handful of templates (a commune with the early-childhood competence, one without…), not 48, and
 * the reach of the plan (returns/reach.ts) reuses the same ones.
 */
import type { Plan } from '../plan/schema';
import { facilitiesHeldBy } from '../plan/facilityHolder';
import { indicatorSites } from '../plan/walk';
import { buildCollectionWorkbook, type CollectionWorkbook } from './collectionWorkbook';
import type { Respondent } from './respondents';

type PlanTemplates = { named: ReadonlySet<string>; byKey: Map<string, CollectionWorkbook> };

/** A memo, not state: for one plan object the same key always lays out the same workbook. */
const templatesOfPlan = new WeakMap<Plan, PlanTemplates>();

function templatesOf(plan: Plan): PlanTemplates {
  let templates = templatesOfPlan.get(plan);
  if (templates === undefined) {
    templates = { named: new Set(indicatorSites(plan).flatMap((s) => s.indicator.reporters)), byKey: new Map() };
    templatesOfPlan.set(plan, templates);
  }
  return templates;
}

/** What the template of `respondent` for `periods` depends on, as one string. */
export function templateKey(plan: Plan, respondent: Respondent, periods: readonly string[]): string {
  const named = templatesOf(plan).named.has(respondent.code);
  // A holder of facilities of Annexe 2 has its own « Annexe 2 » tab: its facilities are part of the key.
  const held = facilitiesHeldBy(plan, respondent.code).map((h) => h.index).join(',');
  return [respondent.kind, [...respondent.attributes].sort().join('+'), named ? respondent.code : '', periods.join(','), held].join('|');
}

/** The collection workbook of `respondent` for `periods`, with no generation time: its layout and its cell map. */
export function templateOf(plan: Plan, respondent: Respondent, periods: readonly string[]): CollectionWorkbook {
  const { byKey } = templatesOf(plan);
  const key = templateKey(plan, respondent, periods);
  let template = byKey.get(key);
  if (template === undefined) {
    template = buildCollectionWorkbook(plan, respondent, { now: '', periods: [...periods] });
    byKey.set(key, template);
  }
  return template;
}
