/**
 * What a return's file name says: `CTG-P2A-2022-2025_04070_Digne-les-Bains.xlsx` names the plan
 * (as a slug) and the respondent's code. Mail clients and people add folders, copies and
 * suffixes (« … (1).xlsx », « …_corrigé.xlsx »): only the first two parts count.
 */
export type FileNameParts = { plan: string; respondent: string };

/** The last segment of a path, whichever separator it uses. */
export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

export function parseReturnFileName(fileName: string): FileNameParts | undefined {
  const stem = baseName(fileName).replace(/\.[A-Za-z0-9]{1,5}$/, '');
  const match = /^([A-Za-z0-9-]+)_([A-Za-z0-9-]+)(?:[_ .(]|$)/.exec(stem);
  if (!match) return undefined;
  return { plan: match[1]!, respondent: match[2]! };
}

/** The plan part of a file name, as collectionFileName writes it (src/app/fileNames.ts). */
export function planSlug(planId: string): string {
  return planId
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toUpperCase();
}
