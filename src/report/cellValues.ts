/**
 * How a typed value is written in the consolidation workbook: numbers as numbers (percentages as
 * fractions), dates as Excel serials, yes/no as « Oui »/« Non », a choice as its label, text as
 * text — always a value, never a formula, whatever its first character.
 */
import type { Source } from '../consolidate/types';
import type { IndicatorType, Plan } from '../plan/schema';
import type { EntryState, TypedValue } from '../returns/submission';
import { isoToSerial } from '../workbook/dates';
import type { CellValue } from '../workbook/grid';
import type { ReportWords } from '../i18n/reportWords';

export type Written = string | number;

export function writtenValue(plan: Plan, indicator: { type: IndicatorType; list?: string | undefined }, value: TypedValue, words: Pick<ReportWords, 'yes' | 'no'>): Written {
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'number') return value;
  if (indicator.type === 'date') return isoToSerial(value) ?? value;
  if (indicator.type === 'choice') return plan.lists.find((l) => l.id === indicator.list)?.options.find((o) => o.code === value)?.label ?? value;
  return value;
}

/** What was typed, as it was read: a number stays a number, anything else is text. */
export function rawValue(raw: CellValue): string | number | null {
  if (raw === null) return null;
  return typeof raw === 'number' ? raw : String(raw);
}

/**
 * A respondent's value as the data and history sheets show it: the typed value written, what was
 * typed for a value that did not pass the checks, nothing for empty or « non concerné ».
 */
export function shownValue(
  plan: Plan,
  indicator: { type: IndicatorType; list?: string | undefined } | undefined,
  cell: { state: string; value: TypedValue | null; raw: CellValue },
  words: Pick<ReportWords, 'yes' | 'no'>,
): Written | null {
  if (cell.state === 'value' && cell.value !== null && indicator !== undefined) return writtenValue(plan, indicator, cell.value, words);
  return cell.state === 'invalid' ? rawValue(cell.raw) : null;
}

/** ISO timestamp → Excel serial (days since 1899-12-30, fraction for the time of day). */
export function timestampSerial(iso: string | null): number | null {
  if (iso === null) return null;
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return null;
  return Math.round(((time - Date.UTC(1899, 11, 30)) / 86_400_000) * 86_400) / 86_400;
}

/** A value's state and where it was read, as « Données » and « Historique » both write them: état, fichier, feuille, cellule, version. */
export function stateAndSource(value: { state: EntryState; source: Source }, words: Pick<ReportWords, 'state'>): Array<string | number | null> {
  return [words.state[value.state], value.source.file, value.source.sheet, value.source.cell, value.source.version];
}
