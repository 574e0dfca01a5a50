/**
 * Numbers and dates as people type them in France: « 1 234,5 » (with ordinary, non-breaking or
 * thin spaces), « 12,5 % », « 1 200 € », « 15/03/2024 », and Excel date serials.
 */

export type ParsedNumber = { value: number; unit: '' | '%' | '€' };

const plain = /^\d+(?:[.,]\d+)?$/;
const spaced = /^\d{1,3}(?: \d{3})+(?:[.,]\d+)?$/;
const dotThousands = /^\d{1,3}(?:\.\d{3})+,\d+$/;
const commaThousands = /^\d{1,3}(?:,\d{3})+\.\d+$/;
const leadingDecimal = /^[.,]\d+$/;

/** « 1 234,5 » → 1234.5; « 12,5 % » → { 12.5, '%' }; undefined when it is not a number. */
export function parseFrenchNumber(text: string): ParsedNumber | undefined {
  // NFKC turns non-breaking (U+00A0), narrow non-breaking (U+202F) and thin (U+2009) spaces into spaces.
  let t = text.normalize('NFKC').replace(/[\u2212\u2013]/g, '-').replace(/\s+/g, ' ').trim();
  let unit: ParsedNumber['unit'] = '';
  const suffix = /\s*(%|€|euros?|eur)$/i.exec(t);
  if (suffix) {
    unit = suffix[1] === '%' ? '%' : '€';
    t = t.slice(0, suffix.index).trim();
  } else if (t.startsWith('€')) {
    unit = '€';
    t = t.slice(1).trim();
  }
  let sign = 1;
  if (t.startsWith('-') || t.startsWith('+')) {
    sign = t.startsWith('-') ? -1 : 1;
    t = t.slice(1).trim();
  }
  let digits: string;
  if (plain.test(t) || leadingDecimal.test(t)) digits = t.replace(',', '.');
  else if (spaced.test(t)) digits = t.replace(/ /g, '').replace(',', '.');
  else if (dotThousands.test(t)) digits = t.replace(/\./g, '').replace(',', '.');
  else if (commaThousands.test(t)) digits = t.replace(/,/g, '');
  else return undefined;
  const value = sign * Number(digits.startsWith('.') ? `0${digits}` : digits);
  return Number.isFinite(value) ? { value: value === 0 ? 0 : value, unit } : undefined;
}

function isoOf(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/** « 15/03/2024 », « 15-03-2024 », « 15.03.24 » → `2024-03-15`; undefined when it is not a real day. */
export function parseFrenchDate(text: string): string | undefined {
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const year = match[3]!.length === 2 ? 2000 + Number(match[3]) : Number(match[3]);
  return isoOf(year, Number(match[2]), Number(match[1]));
}

/** `2024-03-15` or `2024-03-15T10:00:00` (as readers give dates) → `2024-03-15`. */
export function parseIsoDate(text: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/.exec(text.trim());
  return match ? isoOf(Number(match[1]), Number(match[2]), Number(match[3])) : undefined;
}
