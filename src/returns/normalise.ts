/**
 * One cell's content → a typed value, « non concerné », empty, or invalid with the reason; and a
 * note for every liberty taken (each becomes an info finding). One reader per indicator type.
 */
import type { ChoiceList, Indicator, IndicatorType, Period } from '../plan/schema';
import type { CellValue } from '../workbook/grid';
import { maxCellText } from '../workbook/textLimit';
import type { FindingCode, FindingParams } from './findings';
import { serialToIso } from '../workbook/dates';
import { parseFrenchDate, parseFrenchNumber, parseIsoDate } from './frenchNumbers';
import type { TypedValue } from './submission';
import { normaliseHeader } from '../workbook/normaliseHeader';

export type Note = { code: FindingCode; params: FindingParams };

export type Normalised =
  | { kind: 'value'; value: TypedValue; notes: Note[] }
  | { kind: 'empty'; notes: Note[] }
  | { kind: 'nc'; notes: Note[] }
  | { kind: 'invalid'; code: FindingCode; params: FindingParams; notes: Note[]; severity?: 'error' };

export type NormaliseContext = { indicator: Indicator; period: Period | undefined; list: ChoiceList | undefined };

const maxTextLength = 2000;

const value = (v: TypedValue, notes: Note[] = []): Normalised => ({ kind: 'value', value: v, notes });
const invalid = (code: FindingCode, params: FindingParams = {}, notes: Note[] = []): Normalised => ({ kind: 'invalid', code, params, notes });
const note = (code: FindingCode, params: FindingParams): Note => ({ code, params });

/** « NC », « nc », « n.c. », « N/C », « non concerné(e)(s) ». */
export function isNotConcerned(text: string): boolean {
  const t = normaliseHeader(text);
  return t.replace(/[.\s/]/g, '') === 'nc' || /^non concerne(e)?s?$/.test(t);
}

export function normalise(raw: CellValue, ctx: NormaliseContext): Normalised {
  if (raw === null) return { kind: 'empty', notes: [] };
  if (typeof raw === 'string') {
    const trimmed = raw.trim();
    if (trimmed === '') return { kind: 'empty', notes: [note('spaces_trimmed', { text: raw })] };
    if (isNotConcerned(trimmed)) return { kind: 'nc', notes: trimmed === 'NC' ? [] : [note('nc_from_text', { text: raw })] };
  }
  return readers[ctx.indicator.type](raw, ctx);
}

type Reader = (raw: Exclude<CellValue, null>, ctx: NormaliseContext) => Normalised;

/** Bounds as the collection workbook's own validation has them: at least 0, percentages at most 100 %. */
export function checkBounds(v: number, indicator: Indicator): Normalised | undefined {
  const min = indicator.bounds?.min ?? 0;
  const max = indicator.bounds?.max ?? (indicator.type === 'percentage' ? 1 : undefined);
  if (indicator.type === 'integer' && v < 0 && min >= 0) return invalid('negative_count', { value: v });
  if (indicator.type === 'percentage' && v > 1 && (max === undefined || max <= 1)) return invalid('percentage_above_100', { value: v });
  if (v < min) return invalid('below_minimum', { value: v, min });
  if (max !== undefined && v > max) return invalid('above_maximum', { value: v, max });
  return undefined;
}

function numeric(type: IndicatorType): Reader {
  return (raw, { indicator }) => {
    const notes: Note[] = [];
    let v: number;
    if (typeof raw === 'number') v = raw;
    else if (typeof raw === 'boolean') return invalid('not_a_number', { text: String(raw), type });
    else {
      const parsed = parseFrenchNumber(raw);
      if (parsed === undefined || (parsed.unit === '%' && type !== 'percentage') || (parsed.unit === '€' && type !== 'amount')) {
        return invalid('not_a_number', { text: raw, type });
      }
      v = parsed.unit === '%' ? parsed.value / 100 : parsed.value;
      const code: FindingCode = parsed.unit === '%' ? 'percentage_from_text' : parsed.unit === '€' ? 'amount_from_text' : 'number_from_text';
      notes.push(note(code, { text: raw, read: v }));
    }
    if (type === 'integer' && !Number.isInteger(v)) return invalid('not_whole_number', { value: v }, notes);
    const outOfBounds = checkBounds(v, indicator);
    if (outOfBounds !== undefined) return { ...outOfBounds, notes };
    return value(v, notes);
  };
}

const yes = new Set(['oui', 'o', 'x', 'yes', 'y', 'vrai', 'true', '1']);
const no = new Set(['non', 'n', 'no', 'faux', 'false', '0']);

const yesNo: Reader = (raw) => {
  if (typeof raw === 'boolean') return value(raw);
  const text = typeof raw === 'number' ? String(raw) : raw;
  const key = normaliseHeader(text);
  if (yes.has(key) || no.has(key)) {
    const answer = yes.has(key);
    const exact = text === (answer ? 'Oui' : 'Non');
    return value(answer, exact ? [] : [note('yes_no_from_text', { text, read: answer })]);
  }
  return invalid('not_in_list', { text, options: 'Oui, Non, NC' });
};

const date: Reader = (raw, { period }) => {
  let iso: string | undefined;
  const notes: Note[] = [];
  if (typeof raw === 'number') {
    iso = serialToIso(raw);
    if (iso !== undefined) notes.push(note('date_from_serial', { serial: raw, read: iso }));
  } else if (typeof raw === 'string') {
    iso = parseIsoDate(raw);
    if (iso === undefined) {
      iso = parseFrenchDate(raw);
      if (iso !== undefined) notes.push(note('date_from_text', { text: raw, read: iso }));
    }
  }
  if (iso === undefined) return invalid('not_a_date', { text: String(raw) });
  if (period !== undefined && (iso < period.start || iso > period.end)) {
    return invalid('date_out_of_period', { date: iso, start: period.start, end: period.end }, notes);
  }
  return value(iso, notes);
};

const text: Reader = (raw) => {
  const t = typeof raw === 'string' ? raw.trim() : String(raw);
  const notes: Note[] = [];
  if (typeof raw === 'string' && t !== raw) notes.push(note('spaces_trimmed', { text: raw }));
  // More than a cell can hold: no spreadsheet could have shown it, and no output may write it.
  if (t.length > maxCellText) return { ...invalid('text_too_long', { length: t.length, max: maxCellText }, notes), severity: 'error' };
  if (t.length > maxTextLength) notes.push(note('text_too_long', { length: t.length, max: maxTextLength }));
  return value(t, notes);
};

const choice: Reader = (raw, { list }) => {
  const t = String(raw).trim();
  const options = list?.options ?? [];
  const exact = options.find((o) => o.label === t);
  if (exact !== undefined) return value(exact.code);
  const key = normaliseHeader(t);
  const loose = options.find((o) => normaliseHeader(o.label) === key || o.code === key);
  if (loose !== undefined) return value(loose.code, [note('choice_from_text', { text: String(raw), read: loose.label })]);
  return invalid('not_in_list', { text: t, options: options.map((o) => o.label).join(', ') });
};

const readers: Record<IndicatorType, Reader> = {
  integer: numeric('integer'),
  decimal: numeric('decimal'),
  amount: numeric('amount'),
  percentage: numeric('percentage'),
  yesNo,
  deliverable: yesNo,
  date,
  text,
  choice,
};
