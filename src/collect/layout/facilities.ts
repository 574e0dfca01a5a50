/**
 * The « Annexe 2 » tab of a collection workbook, said once: its name, its columns and their
 * headers, its row keys. The writer (collect/facilitySheet.ts) lays it out from this; the reader of
 * returns (returns/facilities.ts) finds its header row by the « Code » title, its columns by their
 * headers and its rows by their keys, wherever a respondent moved them.
 *
 * One row per facility and period, keyed « a2-07/2024 » (the 7th facility of Annexe 2, in the
 * order of the text); a few rows at the foot, keyed « a2-nouveau-1 »…, for the facilities the
 * respondent adds.
 */
import { facilityWords } from '../../i18n/facilityWords';
import { normaliseHeader } from '../../workbook/normaliseHeader';

export const facilitySheetName = facilityWords.sheet;

/** Identity columns (locked on a listed facility's row) then the answers. */
export type FacilityColumnRole = 'code' | 'name' | 'address' | 'commune' | 'period' | 'status' | 'supported' | 'supportedBy' | 'change';

export type FacilityColumn = { role: FacilityColumnRole; header: string; width: number };

const widths: Record<FacilityColumnRole, number> = { code: 13, name: 34, address: 26, commune: 18, period: 12, status: 11, supported: 9, supportedBy: 22, change: 40 };
const roles: readonly FacilityColumnRole[] = ['code', 'name', 'address', 'commune', 'period', 'status', 'supported', 'supportedBy', 'change'];

export const facilityColumns: readonly FacilityColumn[] = roles.map((role) => ({ role, header: facilityWords.headers[role], width: widths[role] }));

/** The columns a respondent answers in on every row. */
export const answerRoles: readonly FacilityColumnRole[] = ['status', 'supported', 'supportedBy', 'change'];
/** The columns a respondent fills on a new facility's row, besides the answers. */
export const newRowIdentityRoles: readonly FacilityColumnRole[] = ['name', 'address', 'commune', 'period'];

/** Title and intro above it; the header row, 1-based, as written (the reader finds it by « Code »). */
export const facilityHeaderRow = 4;
/** Code and name stay in view when scrolling right. */
export const facilityFrozenColumns = 2;
/** Rows at the foot for facilities the respondent adds. */
export const newFacilityRows = 5;

/** Length bounds of the free texts, as Excel's validation and the reader both apply them. */
export const facilityTextMax: Partial<Record<FacilityColumnRole, number>> = { name: 200, address: 200, commune: 100, supportedBy: 200, change: 1000 };

/** The key of a listed facility's row for a period: « a2-07/2024 » (index 6 in Annexe 2's order). */
export function facilityRowKey(index: number, period: string): string {
  return `a2-${String(index + 1).padStart(2, '0')}/${period}`;
}

/** The key of the n-th row (1-based) for a new facility. */
export function newFacilityRowKey(n: number): string {
  return `a2-nouveau-${n}`;
}

export type FacilityRowKey = { kind: 'listed'; index: number; period: string } | { kind: 'new'; n: number };

/** What a code cell says, if it is one of ours (« a2-07/2024 », « a2-nouveau-1 »). */
export function parseFacilityRowKey(text: string): FacilityRowKey | undefined {
  const key = text.trim().toLowerCase();
  const listed = /^a2-(\d{1,4})\/([a-z0-9][a-z0-9._-]*)$/.exec(key);
  if (listed !== null) return { kind: 'listed', index: Number(listed[1]) - 1, period: listed[2]! };
  const added = /^a2-nouveau-(\d{1,3})$/.exec(key);
  return added !== null ? { kind: 'new', n: Number(added[1]) } : undefined;
}

const headerRoles = new Map<string, FacilityColumnRole>();
for (const role of roles) {
  const variants: readonly string[] = (facilityWords.headerVariants as Partial<Record<FacilityColumnRole, readonly string[]>>)[role] ?? [];
  for (const text of [facilityWords.headers[role], ...variants]) headerRoles.set(normaliseHeader(text), role);
}

/** The column a header names, once normalised (normaliseHeader), if any. */
export function facilityRoleOf(normalisedHeader: string): FacilityColumnRole | undefined {
  return headerRoles.get(normalisedHeader);
}

/** The codes of the status list, as `FacilityStatus` of consolidate/followUp.ts has them (consolidate/facilities.ts checks they agree). */
export const facilityStatuses = ['ouvert', 'modifie', 'ferme'] as const;
export type FacilityStatus = (typeof facilityStatuses)[number];

/** The status list as written, in its order, and read back forgiving case and accents. */
export const facilityStatusLabels: Readonly<Record<FacilityStatus, string>> = facilityWords.statuses;
const statusByLabel = new Map((Object.entries(facilityStatusLabels) as Array<[FacilityStatus, string]>).map(([code, label]) => [normaliseHeader(label), code]));

export function facilityStatusOf(text: string): FacilityStatus | undefined {
  const key = normaliseHeader(text);
  return statusByLabel.get(key) ?? facilityStatuses.find((code) => code === key);
}

/** The « Annexe 2 » tab, whatever case or accents a respondent gave its name. */
export function isFacilitySheet(name: string): boolean {
  return normaliseHeader(name) === normaliseHeader(facilitySheetName);
}
