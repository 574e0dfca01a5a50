/**
 * Sheet names a person recognises (« FA 3.2 - Accueil 0-3 ans ») and that every spreadsheet
 * accepts: at most 31 characters, none of : \ / ? * [ ], not starting or ending with a quote.
 */
import { collectionWords } from '../i18n/collectionWords';
import { isGovernanceFiche } from '../plan/governance';
import type { Fiche } from '../plan/schema';

export const maxSheetNameLength = 31;

export function safeSheetName(text: string): string {
  const cleaned = text.replace(/[:\\/?*[\]]/g, '-').replace(/^'+|'+$/g, '').trim();
  return cleaned.length <= maxSheetNameLength ? cleaned : `${cleaned.slice(0, maxSheetNameLength - 1).trimEnd()}…`;
}

export function ficheSheetName(fiche: Fiche): string {
  // The governance the plan derives is not a fiche action of the convention: its tab is named alone.
  if (isGovernanceFiche(fiche)) return safeSheetName(fiche.shortTitle ?? fiche.title);
  return safeSheetName(`${collectionWords.sheets.fiche} ${fiche.number} - ${fiche.shortTitle ?? fiche.title}`);
}

export function isValidSheetName(name: string): boolean {
  // Excel reserves « History » (its change-tracking sheet), whatever the case.
  return name.length > 0 && name.length <= maxSheetNameLength && !/[:\\/?*[\]]/.test(name) && !/^'|'$/.test(name) && name.toLowerCase() !== 'history';
}
