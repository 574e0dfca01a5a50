/**
 * How the consolidation names a fiche to its reader. The derived governance fiche keeps a number no
 * fiche has (« 0 », plan/governance.ts) so that it keys and sorts like the others; shown, it is the
 * governance by its name — « Gouvernance », the name of its own tab — never « 0 » or « FA 0 ».
 */
import { governanceFicheNumber } from '../plan/governance';

/** In a table's « fiche » column: « 3.1 », or the governance's name. */
export function ficheCell(number: string, governance: string): string {
  return number === governanceFicheNumber ? governance : number;
}

/** As a column heading or before an indicator's label: « FA 3.1 », or the governance's name. */
export function ficheHeading(number: string, governance: string): string {
  return number === governanceFicheNumber ? governance : `FA ${number}`;
}

/**
 * A « fiche » column wide enough for the governance's name: the column fitting widens for codes
 * (« 3.1 ») and headers, not for a word in a table's rows.
 */
export function ficheColumnWidth(width: number, governance: string): number {
  return Math.max(width, governance.length + 2);
}
