/**
 * Which of two returns is newer: the one generated later (a new collection workbook replaces an
 * older one), then the one whose file is dated later, then the one imported later.
 * A missing date counts as older than any date.
 */
import type { Source } from './types';

export type Recency = Pick<Source, 'generatedAt' | 'fileDate' | 'order'>;

export function compareRecency(a: Recency, b: Recency): number {
  const text = (x: string | null, y: string | null) => ((x ?? '') < (y ?? '') ? -1 : (x ?? '') > (y ?? '') ? 1 : 0);
  return text(a.generatedAt, b.generatedAt) || text(a.fileDate, b.fileDate) || a.order - b.order;
}

/** Newest first; a stable sort, so equal sources keep their order. */
export function newestFirst<T extends { source: Recency }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => compareRecency(b.source, a.source));
}
