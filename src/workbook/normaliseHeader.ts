/** Text comparisons that forgive what people change without meaning to: case, accents, spaces. */

/** « Année  2024 » → « annee 2024 »; « Contrôles » → « controles ». */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\s\u00a0\u202f\u2009]+/g, ' ')
    .trim()
    .toLowerCase();
}

