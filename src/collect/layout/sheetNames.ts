/**
 * The names of the sheets around the fiche sheets, said once for the writer, the reader of returns
 * and the annotator: none of them ever holds a fiche, whatever a commune typed on it.
 */
import { collectionWords } from '../../i18n/collectionWords';
import { facilityWords } from '../../i18n/facilityWords';
import { normaliseHeader } from '../../workbook/normaliseHeader';

export const readmeSheetName = collectionWords.sheets.readme;
/** Very hidden: plan, respondent, periods and the map of the cells to fill (cellMap.ts). */
export const manifestSheetName = '_ctg';
/** Very hidden: the options of the choice lists (listsSheet.ts). */
export const listsSheetName = '_listes';
/** First sheet of an annotated copy (src/xlsx/annotate.ts). */
export const findingsSheetName = collectionWords.sheets.findings;

/** « Contrôles (2) »: the name a copy annotated again gives its new findings sheet. */
function numbered(base: string, n: number): string {
  return `${base} (${n})`;
}

/** « Contrôles », or the first « Contrôles (n) » no sheet takes yet (sheet names ignore case). */
export function findingsSheetNameAmong(taken: readonly string[]): string {
  const used = new Set(taken.map((name) => name.toLowerCase()));
  if (!used.has(findingsSheetName.toLowerCase())) return findingsSheetName;
  for (let n = 2; ; n++) if (!used.has(numbered(findingsSheetName, n).toLowerCase())) return numbered(findingsSheetName, n);
}

const findingsSheetPattern = new RegExp(`^${normaliseHeader(findingsSheetName)}(?: \\(\\d+\\))?$`);
// « Annexe 2 » holds facilities, read by returns/facilities.ts, never indicators.
const fixedNames = new Set([readmeSheetName, manifestSheetName, listsSheetName, facilityWords.sheet].map(normaliseHeader));

/** A findings sheet of an annotated copy, however many times the copy was annotated. */
export function isFindingsSheet(name: string): boolean {
  return findingsSheetPattern.test(normaliseHeader(name));
}

/** The sheets that are never fiche sheets: read-me, manifest, lists, Annexe 2, and every findings sheet. */
export function isIgnoredSheet(name: string): boolean {
  const normalised = normaliseHeader(name);
  return fixedNames.has(normalised) || findingsSheetPattern.test(normalised);
}
