/**
 * The territory figure of one (indicator, period, member) from the respondents' values, by the
 * indicator's aggregation. Only values count: empty, « non concerné » and refused values are
 * counted apart and never taken for zero.
 */
import type { Aggregation, IndicatorType } from '../plan/schema';
import type { TypedValue } from '../returns/submission';
import { newestFirst } from './recency';
import type { Counts, RespondentValue } from './types';

/** Text and choices are listed, never summed; every other type follows the plan. */
export function appliedAggregation(type: IndicatorType, aggregation: Aggregation): Aggregation {
  return type === 'text' || type === 'choice' ? 'none' : aggregation;
}

/**
 * Sums and means rounded to 9 decimals, so 0.1 + 0.2 is 0.3 as a person expects. A number too
 * large to scale (over 1.8e299) has no decimals to tidy: it is kept, never turned into Infinity.
 */
export function tidy(n: number): number {
  const scaled = n * 1e9;
  return Number.isFinite(scaled) ? Math.round(scaled) / 1e9 : n;
}

/** Yes/no answers aggregate as counts of « oui » (sum), shares of « oui » (mean), « oui » if any (max). */
function asNumber(value: TypedValue): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return undefined;
}

export function aggregate(values: readonly RespondentValue[], aggregation: Aggregation): TypedValue | null {
  const answered = values.filter((v) => v.state === 'value' && v.value !== null);
  if (answered.length === 0 || aggregation === 'none') return null;
  const typed = answered.map((v) => v.value as TypedValue);
  if (aggregation === 'last') return newestFirst(answered)[0]!.value;
  const numbers = typed.map(asNumber).filter((n): n is number => n !== undefined);
  const booleans = typed.every((v) => typeof v === 'boolean');
  switch (aggregation) {
    case 'sum':
      return numbers.length > 0 ? tidy(numbers.reduce((a, b) => a + b, 0)) : null;
    case 'mean':
      return numbers.length > 0 ? tidy(numbers.reduce((a, b) => a + b, 0) / numbers.length) : null;
    case 'max': {
      if (booleans) return typed.some((v) => v === true);
      if (numbers.length > 0) return Math.max(...numbers);
      // ISO dates compare as text.
      return typed.map(String).reduce((a, b) => (b > a ? b : a));
    }
  }
}

/** `expected` respondents; those without a value in any return are `missing`. */
export function countStates(values: readonly RespondentValue[], expected: number): Counts {
  const counts: Counts = { expected, answered: 0, empty: 0, nc: 0, invalid: 0, missing: 0 };
  for (const v of values) {
    if (v.state === 'value') counts.answered++;
    else if (v.state === 'empty') counts.empty++;
    else if (v.state === 'nc') counts.nc++;
    else counts.invalid++;
  }
  counts.missing = Math.max(0, expected - values.length);
  return counts;
}
