/**
 * Targets of the plan, period by period: reached when the territory figure is at least the
 * target; not yet when below it or still unknown; not applicable when no target is set for the
 * period or the figure is not a number.
 */
import type { Indicator } from '../plan/schema';
import type { TypedValue } from '../returns/submission';
import type { TargetCheck } from './types';

export function checkTarget(indicator: Pick<Indicator, 'targets'>, period: string, total: TypedValue | null): TargetCheck | null {
  if (indicator.targets === undefined || Object.keys(indicator.targets).length === 0) return null;
  const target = indicator.targets[period];
  if (target === undefined) return { target: null, status: 'not_applicable' };
  if (total === null) return { target, status: 'not_yet' };
  if (typeof total !== 'number') return { target, status: 'not_applicable' };
  return { target, status: total >= target - 1e-9 ? 'achieved' : 'not_yet' };
}
