/**
 * Year-on-year plausibility: a count, decimal or amount that changes from one period to the
 * next by more than a factor (×3 by default), or from 0 to a large value (or back), is worth a
 * second look. A warning with both values, never an error: some jumps are real.
 */
import type { Plan } from '../plan/schema';
import { numberOf, type EntryMap } from './entries';
import { finding, type Finding } from './findings';
import type { PlanIndex } from './planIndex';
import type { ExpectedCell } from './recognise';
import { entryKey } from './submission';

export type PlausibilityOptions = {
  /** Largest ratio between two consecutive values before a warning (default 3). */
  factor?: number;
  /** A change from 0 to at least this value (or back) is a warning (default 10). */
  fromZero?: number;
  /** Factors for some indicators, by code. */
  factors?: Record<string, number>;
};

export const defaultPlausibility = { factor: 3, fromZero: 10 } as const;

const volumeTypes = new Set(['integer', 'decimal', 'amount']);

export function checkPlausibility(plan: Plan, expected: readonly ExpectedCell[], index: PlanIndex, entries: EntryMap, options: PlausibilityOptions = {}): Finding[] {
  const findings: Finding[] = [];
  const fromZero = options.fromZero ?? defaultPlausibility.fromZero;
  const order = plan.periods.map((p) => p.id);
  const series = new Map<string, { code: string; member: string }>();
  for (const c of expected) if (c.role === 'value' && c.known) series.set(`${c.code}|${c.member}`, { code: c.code, member: c.member });

  for (const { code, member } of series.values()) {
    const info = index.indicators.get(code)!;
    if (!volumeTypes.has(info.indicator.type)) continue;
    // The options (command line, task pane) override the plan, which overrides the default.
    const factor = options.factors?.[code] ?? options.factor ?? info.indicator.changeFactor ?? defaultPlausibility.factor;
    for (let i = 1; i < order.length; i++) {
      const previousPeriod = order[i - 1]!;
      const period = order[i]!;
      const before = numberOf(entries.get(entryKey(code, previousPeriod, member)), info.indicator.type);
      const current = entries.get(entryKey(code, period, member));
      const now = numberOf(current, info.indicator.type);
      if (before === undefined || now === undefined || current?.where == null) continue;
      const low = Math.min(before, now);
      const high = Math.max(before, now);
      const jump = low === 0 ? high >= fromZero : high / low > factor;
      if (!jump) continue;
      findings.push(
        finding('implausible_change', {
          sheet: current.where.sheet,
          cell: current.where.cell,
          fiche: info.fiche,
          indicator: code,
          period,
          member: member || null,
          value: current.raw,
          params: { previous: before, current: now, previousPeriod, factor, fromZero, ratio: low === 0 ? null : Math.round((high / low) * 10) / 10 },
        }),
      );
    }
  }
  return findings;
}
