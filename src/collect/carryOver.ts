/**
 * Regeneration after a plan amendment: the values and comments entered in an earlier workbook are
 * carried into the new one by code, period and member — never by position — and whatever cannot
 * be carried is listed with the reason. Nothing is silently dropped.
 */
import type { Plan } from '../plan/schema';
import { isAsked } from '../plan/selection';
import { indicatorSites } from '../plan/walk';
import { parseA1 } from '../workbook/a1';
import { isoToSerial } from '../workbook/dates';
import type { CollectionWorkbook } from './collectionWorkbook';
import type { Respondent } from './respondents';

/** A value (or comment, with an empty period) read from the earlier workbook. */
export type PreviousEntry = {
  code: string;
  period: string;
  member: string;
  kind: 'value' | 'comment';
  value: string | number | boolean;
  /** Where it was, so the adviser can find it in the old file. */
  where?: { sheet: string; cell: string };
};

export type NotCarriedReason = 'indicator_removed' | 'member_removed' | 'period_removed' | 'no_longer_reported';
export type NotCarried = PreviousEntry & { reason: NotCarriedReason };

export type CarryOverResult = { workbook: CollectionWorkbook; carried: number; notCarried: NotCarried[] };

export function carryOver(plan: Plan, respondent: Respondent, target: CollectionWorkbook, previous: PreviousEntry[]): CarryOverResult {
  const spec = structuredClone(target.spec);
  const sheets = new Map(spec.sheets.map((s) => [s.name, s]));
  const slot = new Map(target.inputs.map((c) => [key(c.code, c.type === 'comment' ? '' : c.period, c.member, c.type === 'comment' ? 'comment' : 'value'), c]));
  const indicators = new Map(indicatorSites(plan).map((s) => [s.indicator.code, s.indicator]));
  const notCarried: NotCarried[] = [];
  let carried = 0;
  for (const entry of previous) {
    const input = slot.get(key(entry.code, entry.period, entry.member, entry.kind));
    if (input === undefined) {
      notCarried.push({ ...entry, reason: reasonFor(entry, indicators.get(entry.code), respondent, plan) });
      continue;
    }
    const at = parseA1(input.cell);
    const cell = at ? sheets.get(input.sheet)?.rows[at.row]?.[at.column] : undefined;
    if (cell === undefined || at === undefined) continue;
    cell.value = input.type === 'date' && typeof entry.value === 'string' ? (isoToSerial(entry.value) ?? entry.value) : entry.value;
    carried++;
  }
  return { workbook: { spec, inputs: target.inputs }, carried, notCarried };
}

function key(code: string, period: string, member: string, kind: string): string {
  return `${code}\u0000${period}\u0000${member}\u0000${kind}`;
}

function reasonFor(entry: PreviousEntry, indicator: Plan['fiches'][number]['indicators'][number] | undefined, respondent: Respondent, plan: Plan): NotCarriedReason {
  if (indicator === undefined) return 'indicator_removed';
  if (!isAsked(indicator.reporters, respondent)) return 'no_longer_reported';
  if (entry.kind === 'value' && !indicator.periods.includes(entry.period)) return 'period_removed';
  const members = indicator.breakdown.flatMap((id) => plan.lists.find((l) => l.id === id)?.options.map((o) => o.code) ?? []);
  if (entry.member !== '' && !members.includes(entry.member)) return 'member_removed';
  if (entry.member === '' && members.length > 0) return 'member_removed';
  return 'period_removed';
}
