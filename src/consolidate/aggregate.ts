/**
 * The territory figure of one (indicator, period, member) from the respondents' values, as the
 * plan declares it is formed (the indicator's `formation`). Only values count: empty, « non
 * concerné » and refused values are counted apart and never taken for zero.
 */
import type { Formation, IndicatorType, RespondentKind } from '../plan/schema';
import type { TypedValue } from '../returns/submission';
import { newestFirst } from './recency';
import type { Computation, Counts, FormedFrom, RespondentValue } from './types';

/**
 * What is computed: additive formations are sums; an authoritative source gives its own figure;
 * text and choices are always listed, whatever the plan says (the plan check refuses it anyway).
 */
export function computationOf(type: IndicatorType, formation: Formation): Computation {
  if (type === 'text' || type === 'choice') return formation.kind === 'authority' ? 'source' : 'listed';
  switch (formation.kind) {
    case 'sum':
    case 'distinctSum':
      return 'sum';
    case 'authority':
      return 'source';
    case 'max':
      return 'max';
    case 'latest':
      return 'latest';
    case 'listed':
    case 'sameAs':
      return 'listed';
  }
}

/** Members add up to a total when the figure is a sum, or the source's count of numbers. */
export function hasMemberTotal(computation: Computation, type: IndicatorType): boolean {
  return computation === 'sum' || (computation === 'source' && (type === 'integer' || type === 'decimal' || type === 'amount'));
}

/**
 * Sums and means rounded to 9 decimals, so 0.1 + 0.2 is 0.3 as a person expects. A number too
 * large to scale (over 1.8e299) has no decimals to tidy: it is kept, never turned into Infinity.
 */
export function tidy(n: number): number {
  const scaled = n * 1e9;
  return Number.isFinite(scaled) ? Math.round(scaled) / 1e9 : n;
}

/** Yes/no answers aggregate as counts of « oui » (sum), « oui » if any (max). */
function asNumber(value: TypedValue): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return undefined;
}

/** The values a figure is made of: the authoritative source's only, or everyone's. */
export function contributing(values: readonly RespondentValue[], source: RespondentKind | null, kindOf: (respondent: string) => RespondentKind | undefined): RespondentValue[] {
  const answered = values.filter((v) => v.state === 'value' && v.value !== null);
  return source === null ? answered : answered.filter((v) => kindOf(v.respondent) === source);
}

/** `values`: the contributing answers (see `contributing`). */
export function aggregate(values: readonly RespondentValue[], computation: Computation): TypedValue | null {
  const answered = values.filter((v) => v.state === 'value' && v.value !== null);
  if (answered.length === 0 || computation === 'listed') return null;
  const typed = answered.map((v) => v.value as TypedValue);
  // One source: its figure (the newest, should it have answered twice through two codes).
  if (computation === 'latest' || computation === 'source') return newestFirst(answered)[0]!.value;
  const numbers = typed.map(asNumber).filter((n): n is number => n !== undefined);
  if (computation === 'sum') return numbers.length > 0 ? tidy(numbers.reduce((a, b) => a + b, 0)) : null;
  if (typed.every((v) => typeof v === 'boolean')) return typed.some((v) => v === true);
  if (numbers.length > 0) return Math.max(...numbers);
  // ISO dates compare as text.
  return typed.map(String).reduce((a, b) => (b > a ? b : a));
}

/** How many respondents, of which kinds, the figure is made of. */
export function formedFrom(values: readonly RespondentValue[], kindOf: (respondent: string) => RespondentKind | undefined): FormedFrom {
  const respondents = new Set(values.map((v) => v.respondent));
  const kinds: FormedFrom['kinds'] = {};
  for (const code of respondents) {
    const kind = kindOf(code);
    if (kind !== undefined) kinds[kind] = (kinds[kind] ?? 0) + 1;
  }
  return { respondents: respondents.size, kinds };
}

/** A member's share of the total: a ratio of sums, null when either is unknown or the total is 0. */
export function shareOf(member: TypedValue | null, total: TypedValue | null): number | null {
  return typeof member === 'number' && typeof total === 'number' && total !== 0 ? tidy(member / total) : null;
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
