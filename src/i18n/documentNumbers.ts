/**
 * Numbers as a printed document (the bilan, the evaluation) shows them. French typography groups
 * digits with a narrow no-break space and puts one before « % »: Word and LibreOffice Writer then
 * never break « 1 234 » or « 12,5 % » across two lines of a narrow table cell. Messages for
 * terminals and e-mails keep ordinary spaces (findingsFormat.ts). A unit word after the number
 * (« 1 597 accompagnements ») stays behind an ordinary space: in a narrow cell it must be free to go
 * to the next line, the number never.
 */
import { formatNumber } from './findingsFormat';
import type { Lang } from './lang';

/** U+202F NARROW NO-BREAK SPACE, the « espace fine insécable ». */
export const narrowNoBreakSpace = '\u202f';

/** 1234.5 → « 1 234,5 » with narrow no-break spaces between the groups (« 1,234.5 » in English). */
export function documentNumber(n: number, lang: Lang = 'fr'): string {
  return formatNumber(n, lang).replace(/ /g, narrowNoBreakSpace);
}

/** 0.125 → « 12,5 % », the sign held to its number. */
export function documentPercent(fraction: number, lang: Lang = 'fr'): string {
  return `${documentNumber(Math.round(fraction * 1e8) / 1e6, lang)}${narrowNoBreakSpace}%`;
}
