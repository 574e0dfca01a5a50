/**
 * Simulated returns for the demo: collection workbooks filled with plausible, seeded values,
 * some late or partial, a few with planted anomalies. Pure and deterministic.
 */
import { buildCollectionWorkbook, carryOver, type PreviousEntry, type Respondent } from '../collect';
import type { Plan } from '../plan/schema';
import { indicatorSites } from '../plan/walk';
import { parseExpression } from '../rules';
import type { WorkbookSpec } from '../workbook/spec';
import { plant, type AnomalyKind, type PlantedAnomaly } from './anomalies';
import { simulateFollowUp } from './followUp';
import { fillFacilities } from './facilities';
import { hash, seeded } from './random';
import { simulateShares, simulateValue } from './values';

export type { AnomalyKind, PlantedAnomaly } from './anomalies';

export type Completeness = 'full' | 'partial';

export type SimulatedReturn = { respondent: Respondent; spec: WorkbookSpec; planted: PlantedAnomaly[]; completeness: Completeness };

export type SimulationOptions = { seed: number; now: string; completeness: Completeness; anomalies: AnomalyKind[] };

/** Relative size: the city, the agglomeration and the Caf report bigger figures than a village. */
function sizeOf(respondent: Respondent): number {
  if (respondent.kind === 'caf') return 8;
  if (respondent.kind === 'epci') return 5;
  if (respondent.code === '04070') return 4; // Digne-les-Bains
  return respondent.signatory ? 2 : 1;
}

export function simulateReturn(plan: Plan, respondent: Respondent, options: SimulationOptions): SimulatedReturn {
  const random = seeded(options.seed ^ hash(respondent.code));
  const target = buildCollectionWorkbook(plan, respondent, { now: options.now });
  const indicators = new Map(indicatorSites(plan).map((s) => [s.indicator.code, s.indicator]));
  const periods = new Map(plan.periods.map((p) => [p.id, p]));
  // A partial return stops after its first two periods: the commune has not caught up yet.
  const filledPeriods = new Set(plan.periods.slice(0, options.completeness === 'full' ? undefined : 2).map((p) => p.id));
  const values = target.inputs.filter((c) => c.type !== 'comment' && filledPeriods.has(c.period));
  const entries: PreviousEntry[] = [];
  const shares = new Map<string, typeof values>();
  for (const input of values) {
    const indicator = indicators.get(input.code);
    const period = periods.get(input.period);
    if (indicator === undefined || period === undefined) continue;
    if (indicator.type === 'percentage') {
      const key = `${input.code}@${input.period}`;
      shares.set(key, [...(shares.get(key) ?? []), input]);
      continue;
    }
    const followUp = simulateFollowUp(input.code, input.member, input.period, indicator.periods.indexOf(input.period));
    if (followUp !== undefined) {
      entries.push({ code: input.code, period: input.period, member: input.member, kind: 'value', value: followUp });
      continue;
    }
    const value = simulateValue(indicator, input, period, sizeOf(respondent), random);
    if (value !== undefined) entries.push({ code: input.code, period: input.period, member: input.member, kind: 'value', value });
  }
  for (const group of shares.values()) entries.push(...simulateShares(group, random));
  keepRulesTrue(plan, entries);
  const filled = carryOver(plan, respondent, target, entries).workbook;
  fillFacilities(plan, respondent, filled.spec, filledPeriods);
  const altered = { ...filled, used: new Set<string>() };
  const planted = options.anomalies.map((kind) => plant(altered, kind)).filter((a): a is PlantedAnomaly => a !== undefined);
  return { respondent, spec: filled.spec, planted, completeness: options.completeness };
}

/** A side of a rule that reads one indicator: `#{code}`, `#{code:member}` or `cumul(#{code})`. */
type Single = { code: string; member: string | null };

function singleRead(side: string): Single | undefined {
  const parsed = parseExpression(side);
  return parsed.ok && parsed.value.kind === 'ref' ? { code: parsed.value.code, member: parsed.value.member } : undefined;
}

/**
 * « Projects supported ≤ projects counted », « children ≥ families », « accompaniments ≤
 * allocataires in impayés »: simulated figures obey the plan's simple comparison rules, per member
 * or on the totals as each rule says. A rule on sums to date (`cumul`) holds once it holds every
 * year, so it is kept year by year too.
 */
function keepRulesTrue(plan: Plan, entries: PreviousEntry[]): void {
  const sum = (items: PreviousEntry[]) => items.reduce((n, e) => n + (typeof e.value === 'number' ? e.value : 0), 0);
  const reads = (side: Single, entry: PreviousEntry) => entry.code === side.code && (side.member === null || entry.member === side.member);
  for (const rule of plan.rules) {
    const left = singleRead(rule.left);
    const right = singleRead(rule.right);
    if (left === undefined || right === undefined || (rule.operator !== '<=' && rule.operator !== '>=')) continue;
    const [small, large] = rule.operator === '<=' ? [left, right] : [right, left];
    const groups = new Map<string, { small: PreviousEntry[]; large: PreviousEntry[] }>();
    for (const entry of entries) {
      const isSmall = reads(small, entry);
      if (!isSmall && !reads(large, entry)) continue;
      const key = rule.scope === 'member' ? `${entry.period}/${entry.member}` : entry.period;
      const group = groups.get(key) ?? { small: [], large: [] };
      (isSmall ? group.small : group.large).push(entry);
      groups.set(key, group);
    }
    for (const group of groups.values()) {
      const excess = sum(group.small) - sum(group.large);
      const last = group.large[group.large.length - 1];
      if (excess > 0 && last !== undefined && typeof last.value === 'number') last.value += excess;
    }
  }
}
