/** How values appear in finding messages: French numbers, dates and quotes (English second). */
import type { CellValue } from '../workbook/grid';
import type { Lang } from './lang';

const locale: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };

/** 1234.5 → « 1 234,5 » (ordinary spaces, so terminals and e-mails show them alike). */
export function formatNumber(n: number, lang: Lang = 'fr'): string {
  if (!Number.isFinite(n)) return String(n);
  return n.toLocaleString(locale[lang], { maximumFractionDigits: 6 }).replace(/[\u00a0\u202f]/g, ' ');
}

/** 0.125 → « 12,5 % ». */
export function formatPercent(fraction: number, lang: Lang = 'fr'): string {
  return `${formatNumber(Math.round(fraction * 1e8) / 1e6, lang)} %`;
}

/** `2024-03-15` → « 15/03/2024 ». */
export function formatDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

export function shorten(text: string, max = 60): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}

/** A value as typed, for a message: « text » quoted, numbers in French, booleans as Oui/Non. */
export function formatValue(value: CellValue | undefined, lang: Lang = 'fr'): string {
  if (value === null || value === undefined) return lang === 'fr' ? '(vide)' : '(empty)';
  if (typeof value === 'number') return formatNumber(value, lang);
  if (typeof value === 'boolean') return lang === 'fr' ? (value ? 'VRAI' : 'FAUX') : value ? 'TRUE' : 'FALSE';
  return lang === 'fr' ? `« ${shorten(value)} »` : `"${shorten(value)}"`;
}
