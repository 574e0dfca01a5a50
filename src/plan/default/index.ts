/**
 * The embedded default plan: CTG Provence Alpes Agglomération 2022–2025, signed at Digne-les-Bains
 * on 31 October 2022 (see docs/convention/). Parsed once through the schema so that the defaults
 * of every field are filled in exactly as for a plan loaded from a file.
 */
import { withFollowUp } from '../followUpPlan';
import { planSchema, type Plan, type PlanInput } from '../schema';
import { defaultFiches } from './fiches';
import { formationRules } from './formationRules';
import { defaultLists, territoryList } from './lists';
import { defaultSignatoryParties } from './parties';
import { defaultPartners } from './partners';
import { defaultPeriods } from './periods';
import { defaultRules } from './rules';
import { defaultTerritory } from './territory';

export const defaultPlanInput: PlanInput = {
  id: 'ctg-p2a-2022-2025',
  title: 'Convention territoriale globale 2022-2025 — Provence Alpes Agglomération',
  // 2.0.0: how each figure is formed, cost sharing as amounts, 6.1 « ou », 2.1/2.2 asked once —
  // indicators removed or renamed, so returns of 1.0.0 are carried over by code, not read as is.
  // 2.1.0: each action's pilots and milestones, whose follow-up (and the governance) the workbooks
  // now ask — new rows in the templates, so returns of 2.0.0 are read by code, not as the new layout.
  version: '2.1.0',
  signedOn: '2022-10-31',
  periods: defaultPeriods,
  parties: [...defaultSignatoryParties, ...defaultPartners],
  territory: defaultTerritory,
  fiches: defaultFiches,
  lists: [...defaultLists, territoryList(defaultTerritory.territories ?? [])],
  rules: [...defaultRules, ...formationRules],
};

export function defaultPlan(): Plan {
  return withFollowUp(planSchema.parse(structuredClone(defaultPlanInput)));
}
