/**
 * « … et son évolution »: the change of a territory figure from the previous period, in units
 * and in percent. Undefined (null) where it would mislead: no previous period, a value missing on
 * either side, or a previous value of zero for the percentage.
 */
import type { TypedValue } from '../returns/submission';
import { tidy } from './aggregate';
import type { Evolution } from './types';

export function evolution(previousPeriod: string | null, previous: TypedValue | null | undefined, current: TypedValue | null | undefined): Evolution {
  const before = typeof previous === 'number' ? previous : null;
  const now = typeof current === 'number' ? current : null;
  if (previousPeriod === null || before === null || now === null) return { previousPeriod, previous: before, absolute: null, percent: null };
  return { previousPeriod, previous: before, absolute: tidy(now - before), percent: before === 0 ? null : tidy((now - before) / before) };
}
