/** The entries of a return by (code, period, member), and their numbers as rules read them. */
import type { IndicatorType } from '../plan/schema';
import { isoToSerial } from '../workbook/dates';
import { entryKey, type SubmissionEntry } from './submission';

export type EntryMap = Map<string, SubmissionEntry>;

export function entryMap(entries: readonly SubmissionEntry[]): EntryMap {
  return new Map(entries.map((e) => [entryKey(e.code, e.period, e.member), e]));
}

/**
 * The number a rule sees: the value itself; 1 for « oui » and 0 for « non »; a date's Excel
 * serial (dates compare); 1 for a text or a choice (filled, for « paire obligatoire »).
 * Empty, « NC » and invalid are missing.
 */
export function numberOf(entry: SubmissionEntry | undefined, type: IndicatorType): number | undefined {
  if (entry === undefined || entry.state !== 'value' || entry.value === null) return undefined;
  const v = entry.value;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (type === 'date') return isoToSerial(v) ?? 1;
  return 1;
}

export const numericTypes: ReadonlySet<IndicatorType> = new Set(['integer', 'decimal', 'amount', 'percentage']);
