/**
 * Requirement sets, detected at run time. The manifest asks for ExcelApi 1.8 (data validation,
 * `Excel.createWorkbook`); later sets are used where the host has them, with a fallback and a
 * French notice (see messages.ts) where it does not.
 *
 * `isSetSupported` is always given the version as a string: as a number, « 1.10 » would be read
 * as 1.1.
 */
import { ExcelAdapterError } from './errors';

/** `Office.context.requirements`, or a stand-in in tests. */
export interface Requirements {
  isSetSupported(name: string, minVersion?: string): boolean;
}

export const requirementSets = {
  /** Minimum (manifest): data validation, custom document properties, styles, createWorkbook. */
  base: '1.8',
  /** Page layout (orientation, paper, fit to width, print titles). */
  pageLayout: '1.9',
  /** Threaded comments: where notes are missing, a cell note becomes a comment. */
  comments: '1.10',
  /** Worksheet custom properties: where the add-in marks the sheets it wrote. */
  sheetProperties: '1.12',
  /** `insertWorksheetsFromBase64`: copy sheets out of an .xlsx file. */
  insertFromFile: '1.13',
  /** Cell notes (what ExcelJS writes as a note). */
  notes: '1.18',
} as const;

export type Feature = keyof typeof requirementSets;
export type Features = Record<Feature, boolean>;

export function detectFeatures(requirements: Requirements): Features {
  const features = {} as Features;
  for (const [feature, version] of Object.entries(requirementSets) as Array<[Feature, string]>) {
    features[feature] = requirements.isSetSupported('ExcelApi', version);
  }
  return features;
}

/** Every feature up to a version (the fake's hosts, and `Features` for a known Excel build). */
export function featuresUpTo(version: string): Features {
  return detectFeatures({ isSetSupported: (_name, min) => compareVersions(min ?? '1.1', version) <= 0 });
}

export function compareVersions(a: string, b: string): number {
  const [aMajor = 0, aMinor = 0] = a.split('.').map(Number);
  const [bMajor = 0, bMinor = 0] = b.split('.').map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}

/** Throws the French « mettez Excel à jour » error when the minimum set is missing. */
export function requireBase(features: Features): void {
  if (!features.base) throw new ExcelAdapterError({ code: 'requirement-missing', set: 'ExcelApi', version: requirementSets.base });
}
