/**
 * The columns of a fiche sheet, said once: the writer lays them out in this order with these
 * headers; the reader of returns finds each by its header, wherever a commune moved it.
 */
import { collectionWords } from '../../i18n/collectionWords';
import type { Period } from '../../plan/schema';
import { normaliseHeader } from '../../workbook/normaliseHeader';

/** A column with one header whatever the plan; the period columns are the plan's. */
export type FixedRole = 'code' | 'label' | 'unit' | 'comment';

export type CollectionColumn =
  | { role: FixedRole; header: string; width: number }
  | { role: 'period'; period: Period; header: string; width: number };

/** The header row, 1-based, as written; the reader finds it by its « Code » title instead. */
export const headerRow = 5;
/** Code and label stay in view when scrolling right. */
export const frozenColumns = 2;

const widths: Record<FixedRole | 'period', number> = { code: 24, label: 58, unit: 12, period: 13, comment: 42 };

export function collectionColumns(periods: readonly Period[]): CollectionColumn[] {
  const fixed = (role: FixedRole): CollectionColumn => ({ role, header: collectionWords.headers[role], width: widths[role] });
  return [
    fixed('code'),
    fixed('label'),
    fixed('unit'),
    ...periods.map((period): CollectionColumn => ({ role: 'period', period, header: period.label, width: widths.period })),
    fixed('comment'),
  ];
}

/** The index of a fixed column among `collectionColumns(periods)`. */
export function columnIndex(columns: readonly CollectionColumn[], role: FixedRole): number {
  return columns.findIndex((c) => c.role === role);
}

/**
 * What a header tells the reader: `anchor` marks the header row (« Code »), `confirms` makes a
 * row with the anchor a header row, `known` is a column of ours that holds nothing to read.
 */
export type HeaderPart = 'anchor' | 'confirms' | 'known';

const headerParts: Record<FixedRole, HeaderPart> = { code: 'anchor', label: 'confirms', unit: 'known', comment: 'confirms' };

const fixedHeaders = new Map<string, FixedRole>();
for (const role of Object.keys(headerParts) as FixedRole[]) {
  const variants: readonly string[] = role === 'comment' ? collectionWords.headerVariants.comment : [];
  for (const text of [collectionWords.headers[role], ...variants]) fixedHeaders.set(normaliseHeader(text), role);
}

/** The fixed column a header names, once normalised (normaliseHeader), if any. */
export function fixedRoleOf(normalisedHeader: string): { role: FixedRole; part: HeaderPart } | undefined {
  const role = fixedHeaders.get(normalisedHeader);
  return role === undefined ? undefined : { role, part: headerParts[role] };
}

/** The texts a period's column may carry, normalised: its label, its id, « Année <id> ». */
export function periodHeaderTexts(period: { id: string; label?: string }): string[] {
  const texts = [period.id, `${collectionWords.periodPrefix} ${period.id}`];
  return (period.label !== undefined ? [period.label, ...texts] : texts).map(normaliseHeader);
}
