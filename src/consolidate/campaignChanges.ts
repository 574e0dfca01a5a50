/**
 * What a continued consolidation changed, value by value: `new` — a cell no earlier return held;
 * `replaced` — an earlier value a newer return changed (it went to « Historique »); `unchanged` —
 * an earlier value still current, or given again as it was.
 */
import { valueKey } from './keys';
import type { RespondentValue } from './types';

export type CampaignChanges = { new: number; replaced: number; unchanged: number };

const same = (a: RespondentValue, b: RespondentValue) => a.state === b.state && a.value === b.value;

export function campaignChanges(earlier: readonly RespondentValue[], current: readonly RespondentValue[]): CampaignChanges {
  const before = new Map(earlier.map((v) => [valueKey(v.respondent, v.code, v.period, v.member), v]));
  const changes: CampaignChanges = { new: 0, replaced: 0, unchanged: 0 };
  for (const v of current) {
    const old = before.get(valueKey(v.respondent, v.code, v.period, v.member));
    if (old === undefined) changes.new++;
    else if (same(old, v)) changes.unchanged++;
    else changes.replaced++;
  }
  return changes;
}
